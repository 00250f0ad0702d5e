#pragma once

#include "core/base/Result.h"
#include "core/model/QuestionnaireResponse.h"
#include "core/questionnaire/QuestionnaireLibrary.h"
#include "core/questionnaire/Response.h"
#include "core/questionnaire/Scorer.h"

#include <string>
#include <vector>

namespace carehouse::record {
class RecordStore;
}

namespace carehouse::questionnaire {

// Saves a person's completed questionnaire through RecordStore::commit (journal, audit,
// history): checked against the current version of its questionnaire, scored, and stored with
// who completed it and when. Healthcare assistants, nurses, GPs and clinical leads may.
class ResponseRecorder
{
public:
    explicit ResponseRecorder(record::RecordStore& store)
        : m_store(store)
    {
    }

    // A response checked and scored, not yet saved.
    struct Prepared
    {
        std::string patientId;
        QuestionnaireLibrary::Found questionnaire;
        Response response;
        Score score;
        std::vector<base::Error> problems; // every one, in questionnaire order; empty when it may be saved
    };

    // Reads nothing from files: `response` comes from ResponseReader or a form. The
    // questionnaire is its current version; a response naming another version is refused
    // (StaleVersion, detail response-version-changed). An empty `authored` is today; a later
    // date is refused. CompletedBy::Staff without a username is the signed-in user.
    base::Result<Prepared> prepare(const std::string& patientId, const std::string& questionnaireName,
                                   Response response);
    // Saves a prepared response (refused with its first problem if it has any). A shipped
    // questionnaire not yet in the record is stored in the same commit.
    base::Result<model::QuestionnaireResponse> record(const Prepared& prepared);

    // Marks a saved response entered in error (typed against the wrong person, the wrong form,
    // the wrong date): it stays in the record and its history, and leaves scores, charts, alerts
    // and the care planning agenda. A reason is required. A response that raised a safety alert
    // is withdrawn only by a clinician who may acknowledge alerts.
    base::Result<model::QuestionnaireResponse> markEnteredInError(const std::string& responseId,
                                                                  const std::string& reason);

    // The stored form of a prepared response.
    model::QuestionnaireResponse describe(const Prepared& prepared) const;

private:
    record::RecordStore& m_store;
};

} // namespace carehouse::questionnaire
