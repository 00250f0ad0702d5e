#include "core/record/RecordHistory.h"

#include "core/clinical/CareProcessCatalogue.h"
#include "core/db/StatementCache.h"
#include "core/journal/HybridLogicalClock.h"
#include "core/record/RecordCodec.h"
#include "core/record/RecordStore.h"

#include <algorithm>
#include <fmt/format.h>
#include <map>
#include <nlohmann/json.hpp>

namespace carehouse::record {

namespace {

std::string asText(const nlohmann::json& v)
{
    if (v.is_string())
        return v.get<std::string>();
    if (v.is_boolean())
        return v.get<bool>() ? "yes" : "no";
    if (v.is_null())
        return {};
    return v.dump();
}

std::vector<FieldChange> diff(const nlohmann::json& before, const nlohmann::json& after)
{
    std::vector<FieldChange> out;
    for (auto it = after.begin(); it != after.end(); ++it) {
        auto old = before.find(it.key());
        if (old == before.end() || *old != it.value())
            out.push_back({it.key(), old == before.end() ? std::string() : asText(*old), asText(it.value())});
    }
    for (auto it = before.begin(); it != before.end(); ++it)
        if (!after.contains(it.key()))
            out.push_back({it.key(), asText(it.value()), {}});
    return out;
}

std::string itemName(const clinical::CareProcessCatalogue* catalogue, const std::string& code)
{
    const auto* item = catalogue ? catalogue->itemByCode(code) : nullptr;
    return item ? item->name : code;
}

void describe(HistoryEntry& e, const nlohmann::json& payload, const clinical::CareProcessCatalogue* catalogue)
{
    switch (e.type) {
    case RecordType::LabRequest: {
        auto r = FieldRecord<model::LabRequest>::fromPayload(e.recordId, payload);
        e.subject = itemName(catalogue, r.code);
        e.valueText = std::string(model::labRequestStatusCode(r.status));
        return;
    }
    case RecordType::ResultReview: {
        auto r = FieldRecord<model::ResultReview>::fromPayload(e.recordId, payload);
        e.subject = r.comment;
        e.valueText = std::string(model::reviewOutcomeCode(r.outcome));
        return;
    }
    case RecordType::Invitation: {
        auto r = FieldRecord<model::Invitation>::fromPayload(e.recordId, payload);
        e.subject = r.sentOn.display();
        e.valueText = std::string(model::invitationMethodCode(r.method));
        return;
    }
    case RecordType::Appointment: {
        auto r = FieldRecord<model::Appointment>::fromPayload(e.recordId, payload);
        e.subject = fmt::format("{} {}", r.date.display(), r.timeText());
        e.valueText = std::string(model::appointmentStatusCode(r.status));
        return;
    }
    case RecordType::CareException: {
        auto r = FieldRecord<model::CareException>::fromPayload(e.recordId, payload);
        e.subject = r.reason;
        e.valueText = fmt::format("{} until {}", model::exceptionKindCode(r.kind), r.expiresOn.display());
        return;
    }
    case RecordType::SentLetter: {
        auto r = FieldRecord<model::SentLetter>::fromPayload(e.recordId, payload);
        e.subject = r.sentOn.display();
        e.valueText = std::string(model::sentLetterKindCode(r.kind));
        return;
    }
    case RecordType::CarePlan: {
        auto r = FieldRecord<model::CarePlan>::fromPayload(e.recordId, payload);
        e.subject = "Care plan " + r.consultedOn.display();
        e.valueText = fmt::format("{} goal{}, next review {}", r.goals.size(), r.goals.size() == 1 ? "" : "s",
                                  r.nextReview.display());
        return;
    }
    case RecordType::Referral: {
        auto r = FieldRecord<model::Referral>::fromPayload(e.recordId, payload);
        e.subject = "Referral: " + r.serviceName;
        e.valueText = std::string(model::referralStatusCode(r.status));
        return;
    }
    case RecordType::QuestionnaireResponse: {
        auto r = FieldRecord<model::QuestionnaireResponse>::fromPayload(e.recordId, payload);
        e.subject = r.questionnaireTitle;
        if (r.totalScore)
            e.valueText = r.bandLabel.empty() ? fmt::format("{:g}", *r.totalScore)
                                              : fmt::format("{:g} ({})", *r.totalScore, r.bandLabel);
        if (r.safetyAlert)
            e.valueText += e.valueText.empty() ? "safety alert" : ", safety alert";
        return;
    }
    case RecordType::SafetyAlertAcknowledgement: {
        auto r = FieldRecord<model::SafetyAlertAcknowledgement>::fromPayload(e.recordId, payload);
        e.subject = r.acknowledgedOn.display();
        e.valueText = r.note;
        return;
    }
    default: break;
    }

    if (e.type == RecordType::Condition) {
        e.subject = conditionFromPayload(e.recordId, payload).term;
    } else if (e.type == RecordType::Observation) {
        auto o = observationFromPayload(e.recordId, payload);
        const auto* item = catalogue ? catalogue->itemByCode(o.code) : nullptr;
        e.subject = item ? item->name : o.code;
        if (item)
            e.valueText = item->formatValue(o.value, o.value2, o.valueCode);
        else if (o.value)
            e.valueText = fmt::format("{} {}", *o.value, o.unit);
        else
            e.valueText = o.valueCode;
    }
}

} // namespace

base::Result<std::vector<HistoryEntry>> RecordHistory::forPatient(const std::string& patientId)
{
    auto st = m_store.statements().get(
        "SELECT j.seq, o.uuid, j.counter, j.record_type, j.record_id, j.hlc, j.author, "
        "COALESCE(u.display_name, ''), COALESCE(d.name, 'Not known'), j.payload FROM journal j "
        "JOIN origin o ON o.id = j.origin LEFT JOIN site_directory d ON d.id = j.author_site "
        // A username is this site's staff only for versions made here: another site's "gp" is not ours.
        "LEFT JOIN user_account u ON u.username = j.author "
        "AND d.site_uuid = (SELECT site_uuid FROM site WHERE id = 1) "
        "WHERE j.patient_id = ? ORDER BY j.seq");
    if (!st)
        return st.error();
    auto& s = **st;
    s.bind(1, patientId);
    std::vector<HistoryEntry> out;
    std::map<std::string, nlohmann::json> lastPayload;
    auto loaded = clinical::CareProcessCatalogue::standard();
    const clinical::CareProcessCatalogue* catalogue = loaded ? loaded->get() : nullptr;
    while (true) {
        auto row = s.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        HistoryEntry e;
        e.seq = s.columnInt64(0);
        e.version = s.columnText(1) + ":" + std::to_string(s.columnInt64(2));
        e.type = recordTypeFromCode(s.columnText(3)).value_or(RecordType::Patient);
        e.recordId = s.columnText(4);
        e.atMillis = journal::HybridLogicalClock::millisOf(s.columnInt64(5));
        e.author = s.columnText(6);
        e.authorName = s.columnText(7);
        e.siteName = s.columnText(8);
        auto payload = nlohmann::json::parse(s.columnText(9), nullptr, false);
        auto prev = lastPayload.find(e.recordId);
        e.created = prev == lastPayload.end();
        e.changes = diff(e.created ? nlohmann::json::object() : prev->second, payload);
        describe(e, payload, catalogue);
        lastPayload[e.recordId] = std::move(payload);
        out.push_back(std::move(e));
    }
    s.reset();
    std::reverse(out.begin(), out.end());
    return out;
}

} // namespace carehouse::record
