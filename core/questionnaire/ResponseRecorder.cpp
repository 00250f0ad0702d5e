#include "core/questionnaire/ResponseRecorder.h"

#include "core/base/CivilDate.h"
#include "core/base/Uuid.h"
#include "core/questionnaire/AnswerJson.h"
#include "core/questionnaire/ResponseValidator.h"
#include "core/record/FieldRecordReader.h"
#include "core/record/RecordStore.h"

#include <fmt/format.h>

namespace carehouse::questionnaire {

using base::Error;
using base::ErrorCode;

base::Result<ResponseRecorder::Prepared>
ResponseRecorder::prepare(const std::string& patientId, const std::string& questionnaireName, Response response)
{
    if (auto st = m_store.require(security::Permission::RecordQuestionnaireResponse); !st)
        return st.error();
    auto exists = m_store.statements().get("SELECT 1 FROM patient WHERE id = ?");
    if (!exists)
        return exists.error();
    (*exists)->bind(1, patientId);
    auto row = (*exists)->step();
    (*exists)->reset();
    if (!row)
        return row.error();
    if (!*row)
        return Error::make(ErrorCode::NotFound, "patient", patientId);

    QuestionnaireLibrary library(m_store);
    auto found = library.find(questionnaireName);
    if (!found)
        return found.error();
    // A response that names its questionnaire must name this one, in its current version.
    if (!response.questionnaireUrl.empty() && response.questionnaireUrl != found->stored.url)
        return Error::make(ErrorCode::InvalidArgument, "questionnaire", response.questionnaireUrl)
            .withDetail("response-other-questionnaire")
            .withHint(found->stored.url);
    const auto& q = found->definition.questionnaire;
    if (!response.questionnaireVersion.empty() && response.questionnaireVersion != q.version)
        return Error::make(ErrorCode::StaleVersion, "questionnaire", response.questionnaireVersion)
            .withDetail("response-version-changed")
            .withHint(q.version);

    const auto today = m_store.clock().today();
    if (response.authored.empty())
        response.authored = today.iso();
    auto authored = base::CivilDate::parseIso(response.authored);
    if (!authored)
        return Error::make(ErrorCode::DateFormat, "date completed", response.authored);
    if (*authored > today)
        return Error::make(ErrorCode::DateInFuture, "date completed", authored->display());
    // Going through a questionnaire with the person is a clinical assessment; typing in the one
    // they filled in themselves is not.
    if (response.completedBy == Response::CompletedBy::Staff)
        if (auto st = m_store.require(security::Permission::RecordObservation); !st)
            return st.error();
    if (response.completedBy == Response::CompletedBy::Staff && response.completedByUser.empty()
        && m_store.currentUser())
        response.completedByUser = m_store.currentUser()->username;
    if (response.completedBy == Response::CompletedBy::Person)
        response.completedByUser.clear();
    response.questionnaireUrl = q.url;
    response.questionnaireVersion = q.version;

    Prepared p;
    p.patientId = patientId;
    p.problems = ResponseValidator::validate(q, response);
    p.score = Scorer::score(q, response.answers);
    p.response = std::move(response);
    p.questionnaire = std::move(found).value();
    return p;
}

model::QuestionnaireResponse ResponseRecorder::describe(const Prepared& p) const
{
    model::QuestionnaireResponse r;
    r.patientId = p.patientId;
    r.questionnaireId = p.questionnaire.stored.id;
    r.questionnaireUrl = p.questionnaire.stored.url;
    r.questionnaireVersion = p.questionnaire.stored.version;
    r.questionnaireTitle = p.questionnaire.stored.title;
    r.authored = base::CivilDate::parseIso(p.response.authored).value_or(m_store.clock().today());
    r.completedBy = p.response.completedBy == Response::CompletedBy::Staff
        ? model::QuestionnaireResponse::CompletedBy::Staff
        : model::QuestionnaireResponse::CompletedBy::Person;
    r.completedByUser = p.response.completedByUser;
    r.enteredBy = m_store.currentUser() ? m_store.currentUser()->username : std::string();
    r.totalScore = p.score.total;
    if (p.score.band) {
        r.band = p.score.band->code;
        r.bandLabel = p.score.band->label;
    }
    r.flags = p.score.flagCodes();
    r.safetyAlert = p.score.safetyAlert();
    r.answers = answersToJson(p.response.answers).dump();
    return r;
}

base::Result<model::QuestionnaireResponse> ResponseRecorder::record(const Prepared& p)
{
    if (!p.problems.empty())
        return p.problems.front();
    auto r = describe(p);
    r.id = base::newUuid();
    record::ChangeSet cs("record-questionnaire-response", p.patientId);
    if (!p.questionnaire.isStored) {
        auto definition = p.questionnaire.stored;
        definition.source = model::StoredQuestionnaire::Source::Shipped;
        cs.addRecord(definition);
    }
    cs.addRecord(r);
    if (auto committed = m_store.commit(cs); !committed)
        return committed.error();
    return r;
}

base::Result<model::QuestionnaireResponse> ResponseRecorder::markEnteredInError(const std::string& responseId,
                                                                                const std::string& reason)
{
    if (auto st = m_store.require(security::Permission::RecordQuestionnaireResponse); !st)
        return st.error();
    const auto trimmed = reason.find_first_not_of(" \t\r\n");
    if (trimmed == std::string::npos)
        return Error::make(ErrorCode::RequiredField, "reason");
    auto found = record::FieldRecordReader(m_store).byId<model::QuestionnaireResponse>(responseId);
    if (!found)
        return found.error();
    auto r = found->value;
    if (r.status == model::QuestionnaireResponse::Status::EnteredInError)
        return Error::make(ErrorCode::InvalidState, "questionnaire response", responseId)
            .withDetail("already-entered-in-error");
    // Withdrawing the answers behind a safety alert withdraws the alert: a clinician decides that.
    if (r.safetyAlert)
        if (auto st = m_store.require(security::Permission::AcknowledgeSafetyAlert); !st)
            return st.error();
    r.status = model::QuestionnaireResponse::Status::EnteredInError;
    r.statusReason = reason.substr(trimmed);
    r.statusChangedBy = m_store.currentUser() ? m_store.currentUser()->username : std::string();
    record::ChangeSet cs("mark-response-entered-in-error", r.patientId);
    cs.addRecord(r, found->headSeq);
    if (auto committed = m_store.commit(cs); !committed)
        return committed.error();
    return r;
}

} // namespace carehouse::questionnaire
