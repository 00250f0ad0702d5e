#include "core/questionnaire/SafetyAlertBook.h"

#include "core/base/Uuid.h"
#include "core/questionnaire/ResponseHistory.h"
#include "core/record/FieldRecordReader.h"
#include "core/record/RecordStore.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace carehouse::questionnaire {

using base::Error;
using base::ErrorCode;
using model::SafetyAlertAcknowledgement;

namespace {

bool blank(const std::string& s)
{
    return std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isspace(c) != 0; });
}

} // namespace

base::Result<std::vector<SafetyAlertAcknowledgement>> SafetyAlertBook::acknowledgements(const std::string& patientId)
{
    if (auto st = m_store.require(security::Permission::ViewRecord); !st)
        return st.error();
    auto rows = record::FieldRecordReader(m_store).all<SafetyAlertAcknowledgement>(
        "patient_id = ? ORDER BY acknowledged_at, head_seq", {patientId});
    if (!rows)
        return rows.error();
    std::vector<SafetyAlertAcknowledgement> out;
    out.reserve(rows->size());
    for (auto& r : *rows)
        out.push_back(std::move(r.value));
    return out;
}

base::Result<std::vector<model::QuestionnaireResponse>> SafetyAlertBook::outstanding(const std::string& patientId)
{
    auto alerts = ResponseHistory(m_store).safetyAlerts(patientId);
    if (!alerts)
        return alerts.error();
    auto acks = acknowledgements(patientId);
    if (!acks)
        return acks.error();
    std::set<std::string> acknowledged;
    for (const auto& a : *acks)
        acknowledged.insert(a.responseId);
    std::vector<model::QuestionnaireResponse> out;
    for (auto& r : *alerts)
        if (r.patientId == patientId && !acknowledged.count(r.id))
            out.push_back(std::move(r));
    return out;
}

base::Result<std::vector<SafetyAlertAcknowledgement>>
SafetyAlertBook::acknowledge(const std::string& patientId, const std::vector<std::string>& responseIds,
                             const std::string& note)
{
    if (auto st = m_store.require(security::Permission::AcknowledgeSafetyAlert); !st)
        return st.error();
    if (blank(note))
        return Error::make(ErrorCode::RequiredField, "note");
    if (responseIds.empty())
        return Error::make(ErrorCode::NotFound, "safety alert");
    auto open = outstanding(patientId);
    if (!open)
        return open.error();
    std::set<std::string> openIds;
    for (const auto& r : *open)
        openIds.insert(r.id);
    const auto& user = m_store.currentUser();
    std::vector<SafetyAlertAcknowledgement> out;
    record::ChangeSet cs("acknowledge-safety-alert", patientId);
    for (const auto& id : responseIds) {
        if (!openIds.count(id))
            return Error::make(ErrorCode::NotFound, "safety alert", id);
        SafetyAlertAcknowledgement a;
        a.id = base::newUuid();
        a.patientId = patientId;
        a.responseId = id;
        a.acknowledgedBy = user ? user->username : std::string();
        a.acknowledgedOn = m_store.clock().today();
        a.acknowledgedAtMillis = m_store.clock().nowMillis();
        a.note = note;
        cs.addRecord(a);
        out.push_back(std::move(a));
    }
    if (auto committed = m_store.commit(cs); !committed)
        return committed.error();
    return out;
}

} // namespace carehouse::questionnaire
