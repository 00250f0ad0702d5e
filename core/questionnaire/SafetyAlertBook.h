#pragma once

#include "core/base/Result.h"
#include "core/model/QuestionnaireResponse.h"
#include "core/model/SafetyAlertAcknowledgement.h"

#include <string>
#include <vector>

namespace carehouse::record {
class RecordStore;
}

namespace carehouse::questionnaire {

// A person's questionnaire safety alerts (PHQ-9 item 9 above 0) and their acknowledgements.
// An alert stands from the response that raised it until a clinician (nurse, GP, clinical
// lead) acknowledges it with a note of what was done; the acknowledgement is a versioned
// record through RecordStore::commit (journal, audit, history). Everyone who may see the
// record sees the alert; only clinicians may acknowledge it.
class SafetyAlertBook
{
public:
    explicit SafetyAlertBook(record::RecordStore& store)
        : m_store(store)
    {
    }

    // The person's safety-flagged responses not yet acknowledged, newest first. Only this
    // person's: the query is by patient id, and each response is checked to be theirs.
    base::Result<std::vector<model::QuestionnaireResponse>> outstanding(const std::string& patientId);
    // Every acknowledgement of the person's alerts, oldest first.
    base::Result<std::vector<model::SafetyAlertAcknowledgement>> acknowledgements(const std::string& patientId);
    // Acknowledges the alerts the clinician was shown (by response id), all in one commit.
    // PermissionDenied for anyone but a nurse, GP or clinical lead; RequiredField "note"
    // without a note; NotFound "safety alert" for a response that is not one of this person's
    // outstanding alerts (already acknowledged, someone else's, not an alert), so an alert
    // raised after the clinician looked is never acknowledged unseen.
    base::Result<std::vector<model::SafetyAlertAcknowledgement>>
    acknowledge(const std::string& patientId, const std::vector<std::string>& responseIds, const std::string& note);

private:
    record::RecordStore& m_store;
};

} // namespace carehouse::questionnaire
