#include "core/questionnaire/ResponseHistory.h"

#include "core/questionnaire/AnswerJson.h"
#include "core/questionnaire/QuestionnaireLibrary.h"
#include "core/questionnaire/QuestionnaireWriter.h"
#include "core/questionnaire/Scorer.h"
#include "core/record/FieldRecordReader.h"
#include "core/record/RecordStore.h"

#include <algorithm>

namespace carehouse::questionnaire {

using base::Error;
using base::ErrorCode;
using model::QuestionnaireResponse;

base::Result<std::vector<QuestionnaireResponse>> ResponseHistory::forPatient(const std::string& patientId)
{
    if (auto st = m_store.require(security::Permission::ViewRecord); !st)
        return st.error();
    auto rows = record::FieldRecordReader(m_store).all<QuestionnaireResponse>(
        "patient_id = ? AND status = 'completed' ORDER BY authored, head_seq", {patientId});
    if (!rows)
        return rows.error();
    std::vector<QuestionnaireResponse> out;
    out.reserve(rows->size());
    for (auto& r : *rows)
        out.push_back(std::move(r.value));
    return out;
}

base::Result<std::vector<ResponseHistory::ScorePoint>> ResponseHistory::scores(const std::string& patientId,
                                                                               const std::string& url)
{
    auto all = forPatient(patientId);
    if (!all)
        return all.error();
    std::vector<ScorePoint> out;
    for (const auto& r : *all)
        if (r.questionnaireUrl == url && r.totalScore)
            out.push_back(
                {r.authored, *r.totalScore, r.band, r.bandLabel, r.safetyAlert, r.questionnaireVersion, r.id});
    return out;
}

base::Result<std::vector<QuestionnaireResponse>> ResponseHistory::safetyAlerts(const std::string& patientId)
{
    auto all = forPatient(patientId);
    if (!all)
        return all.error();
    std::vector<QuestionnaireResponse> out;
    for (auto it = all->rbegin(); it != all->rend(); ++it)
        if (it->safetyAlert)
            out.push_back(*it);
    return out;
}

base::Result<nlohmann::json> ResponseHistory::exportFhir(const std::string& responseId)
{
    if (auto st = m_store.require(security::Permission::ViewRecord); !st)
        return st.error();
    auto found = record::FieldRecordReader(m_store).byId<QuestionnaireResponse>(responseId);
    if (!found)
        return found.error();
    const auto& stored = found->value;
    auto definition = QuestionnaireLibrary(m_store).byRecordId(stored.questionnaireId);
    if (!definition)
        return definition.error();
    const auto& q = definition->definition.questionnaire;
    Response r;
    r.questionnaireUrl = stored.questionnaireUrl;
    r.questionnaireVersion = stored.questionnaireVersion;
    r.authored = stored.authored.iso();
    r.completedBy = stored.completedBy == QuestionnaireResponse::CompletedBy::Staff ? Response::CompletedBy::Staff
                                                                                    : Response::CompletedBy::Person;
    r.completedByUser = stored.completedByUser;
    r.answers = answersFromJson(nlohmann::json::parse(stored.answers, nullptr, false));
    std::string nhs;
    auto patient = m_store.statements().get("SELECT COALESCE(nhs_number, '') FROM patient WHERE id = ?");
    if (!patient)
        return patient.error();
    (*patient)->bind(1, stored.patientId);
    if (auto row = (*patient)->step(); row && *row)
        nhs = (*patient)->columnText(0);
    (*patient)->reset();
    QuestionnaireWriter::Subject subject{"Patient/" + stored.patientId, nhs, stored.enteredBy};
    auto json = QuestionnaireWriter::response(q, r, subject, Scorer::score(q, r.answers));
    json["id"] = stored.id;
    if (auto st = m_store.recordAccess(stored.patientId, "export-questionnaire-response"); !st)
        return st.error();
    return json;
}

} // namespace carehouse::questionnaire
