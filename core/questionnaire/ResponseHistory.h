#pragma once

#include "core/base/CivilDate.h"
#include "core/base/Result.h"
#include "core/model/QuestionnaireResponse.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace carehouse::record {
class RecordStore;
}

namespace carehouse::questionnaire {

// A person's completed questionnaires over time, for the patient page, the score chart and
// the safety alert. Responses marked entered-in-error are left out.
class ResponseHistory
{
public:
    explicit ResponseHistory(record::RecordStore& store)
        : m_store(store)
    {
    }

    // One point of a score chart.
    struct ScorePoint
    {
        base::CivilDate authored;
        double total = 0;
        std::string band;
        std::string bandLabel;
        bool safetyAlert = false;
        std::string questionnaireVersion;
        std::string responseId;
    };

    // Oldest first (by the day completed, then the order saved).
    base::Result<std::vector<model::QuestionnaireResponse>> forPatient(const std::string& patientId);
    // The scored responses to one questionnaire (every version of its url), oldest first.
    base::Result<std::vector<ScorePoint>> scores(const std::string& patientId, const std::string& questionnaireUrl);
    // Responses that raised a safety flag (PHQ-9 item 9 above 0), newest first.
    base::Result<std::vector<model::QuestionnaireResponse>> safetyAlerts(const std::string& patientId);
    // One stored response as a FHIR R4 QuestionnaireResponse, read against the version it was
    // completed on; audited as an export of the person's record.
    base::Result<nlohmann::json> exportFhir(const std::string& responseId);

private:
    record::RecordStore& m_store;
};

} // namespace carehouse::questionnaire
