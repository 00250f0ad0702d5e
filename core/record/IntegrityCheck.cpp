#include "core/record/IntegrityCheck.h"

#include "core/journal/ProvisionalWinner.h"
#include "core/record/RecordCodec.h"
#include "core/record/RecordStore.h"
#include "core/security/AuditEntry.h"

#include <fmt/format.h>
#include <map>
#include <set>

namespace carehouse::record {

namespace {

constexpr std::size_t kMaxListedProblems = 20;

void problem(IntegrityReport& r, std::string text)
{
    if (r.problems.size() < kMaxListedProblems)
        r.problems.push_back(std::move(text));
}

// Each current table, read back in the same shape the projection writes, compared with the
// head payload decoded through the same codec.
struct TableCheck
{
    RecordType type;
    int columns; // the last two are the head payload and the newest journal seq
    std::string sql;
};

// Field-stored records select their columns in field order after id and head_seq.
template <FieldStored T>
bool sameFields(const db::Statement& s, const std::string& id, const nlohmann::json& payload)
{
    const auto fields = FieldRecord<T>::fields(FieldRecord<T>::fromPayload(id, payload));
    int column = 2;
    for (const auto& f : fields)
        if (columnField(s, column++) != f.value)
            return false;
    return true;
}

template <FieldStored T>
TableCheck fieldTableCheck()
{
    std::string sql = "SELECT t.id, t.head_seq";
    const auto fields = FieldRecord<T>::fields(T{});
    for (const auto& f : fields)
        sql += std::string(", t.") + f.column;
    const char* table = currentTableOf(FieldRecord<T>::type);
    sql += fmt::format(", j.payload, l.seq FROM {} t LEFT JOIN temp.latest_version l ON l.record_id = t.id "
                       "LEFT JOIN journal j ON j.seq = t.head_seq AND j.record_id = t.id",
                       table);
    return {FieldRecord<T>::type, static_cast<int>(fields.size()) + 4, std::move(sql)};
}

bool sameAsPayload(RecordType type, const db::Statement& s, const nlohmann::json& payload)
{
    const std::string id = s.columnText(0);
    switch (type) {
    case RecordType::Patient: {
        auto p = patientFromPayload(id, payload);
        return s.columnText(2) == p.nhsNumber && s.columnText(3) == p.title && s.columnText(4) == p.givenName
            && s.columnText(5) == p.familyName && s.columnText(6) == p.birthDate.iso()
            && s.columnText(7) == model::genderCode(p.gender) && s.columnText(8) == p.addressLine1
            && s.columnText(9) == p.addressLine2 && s.columnText(10) == p.town && s.columnText(11) == p.postcode
            && s.columnText(12) == p.phone && (s.columnInt(13) != 0) == p.restricted && s.columnText(14) == p.practice
            && s.columnText(15) == model::consentCode(p.sharingConsent) && s.columnText(16) == p.preferredLanguage
            && (s.columnInt(17) != 0) == p.largePrint && s.columnText(18) == p.ethnicity
            && s.columnText(19) == p.linkedTo;
    }
    case RecordType::Condition: {
        auto c = conditionFromPayload(id, payload);
        return s.columnText(2) == c.patientId && s.columnText(3) == c.code && s.columnText(4) == c.term
            && s.columnText(5) == c.onsetDate.iso() && s.columnText(6) == model::conditionStatusCode(c.status);
    }
    case RecordType::Observation: {
        auto o = observationFromPayload(id, payload);
        bool retracted = o.status == model::Observation::Status::EnteredInError;
        return s.columnText(2) == o.patientId && s.columnText(3) == o.code && s.columnText(4) == o.effective.iso()
            && s.columnOptionalDouble(5) == o.value && s.columnOptionalDouble(6) == o.value2
            && s.columnText(7) == o.valueCode && s.columnText(8) == o.unit
            && s.columnText(9) == (retracted ? "entered-in-error" : "final")
            && s.columnOptionalDouble(10) == o.originalValue && s.columnText(11) == o.originalUnit
            && s.columnText(12) == model::observationSourceCode(o.source) && s.columnText(13) == o.sourceKey
            && s.columnText(14) == o.note && s.columnText(15) == o.requestId;
    }
    case RecordType::LabRequest: return sameFields<model::LabRequest>(s, id, payload);
    case RecordType::ResultReview: return sameFields<model::ResultReview>(s, id, payload);
    case RecordType::UnmatchedResult: return sameFields<model::UnmatchedResult>(s, id, payload);
    case RecordType::Invitation: return sameFields<model::Invitation>(s, id, payload);
    case RecordType::Appointment: return sameFields<model::Appointment>(s, id, payload);
    case RecordType::CareException: return sameFields<model::CareException>(s, id, payload);
    case RecordType::SentLetter: return sameFields<model::SentLetter>(s, id, payload);
    case RecordType::CarePlan: return sameFields<model::CarePlan>(s, id, payload);
    case RecordType::Referral: return sameFields<model::Referral>(s, id, payload);
    case RecordType::Questionnaire: return sameFields<model::StoredQuestionnaire>(s, id, payload);
    case RecordType::QuestionnaireResponse: return sameFields<model::QuestionnaireResponse>(s, id, payload);
    case RecordType::SafetyAlertAcknowledgement: return sameFields<model::SafetyAlertAcknowledgement>(s, id, payload);
    case RecordType::User: {
        auto u = userFromPayload(id, payload);
        return s.columnText(2) == u.username && s.columnText(3) == u.displayName
            && s.columnText(4) == model::roleCode(u.role) && s.columnText(5) == u.passwordHash
            && (s.columnInt(6) != 0) == u.active;
    }
    }
    return false;
}

} // namespace

base::Result<IntegrityReport> IntegrityCheck::run()
{
    IntegrityReport report;
    for (auto step : {&IntegrityCheck::checkSqlite, &IntegrityCheck::checkProjection, &IntegrityCheck::checkAudit})
        if (auto st = (this->*step)(report); !st)
            return st.error();
    return report;
}

base::Status IntegrityCheck::checkSqlite(IntegrityReport& report)
{
    auto st = m_store.connection().prepare("PRAGMA integrity_check");
    if (!st)
        return st.error();
    report.sqliteOk = true;
    while (true) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        auto line = st->columnText(0);
        if (line != "ok") {
            report.sqliteOk = false;
            problem(report, "SQLite: " + line);
        }
    }
    auto fk = m_store.connection().prepare("PRAGMA foreign_key_check");
    if (!fk)
        return fk.error();
    if (auto row = fk->step(); !row || *row) {
        report.sqliteOk = false;
        problem(report, "SQLite: a row refers to a record that does not exist");
    }
    return {};
}

base::Status IntegrityCheck::checkProjection(IntegrityReport& report)
{
    auto& c = m_store.connection();
    report.projectionOk = true;
    auto versions = c.scalarInt("SELECT count(*) FROM journal");
    if (!versions)
        return versions.error();
    report.journalVersions = *versions;
    // The newest version of every record, computed once (a sort, not a lookup per row).
    if (auto st = c.exec("DROP TABLE IF EXISTS temp.latest_version; CREATE TEMP TABLE latest_version "
                         "(record_id TEXT PRIMARY KEY, seq INTEGER NOT NULL) WITHOUT ROWID; "
                         "INSERT INTO temp.latest_version SELECT record_id, max(seq) FROM journal GROUP BY record_id");
        !st)
        return st;
    auto records = c.scalarInt("SELECT count(*) FROM temp.latest_version");
    if (!records)
        return records.error();
    report.records = *records;
    if (auto st = checkConflicts(report); !st)
        return st;

    std::vector<TableCheck> tables = {
        {RecordType::Patient, 22,
         "SELECT t.id, t.head_seq, COALESCE(t.nhs_number,''), COALESCE(t.title,''), t.given_name, t.family_name, "
         "t.birth_date, t.gender, COALESCE(t.address_line1,''), COALESCE(t.address_line2,''), COALESCE(t.town,''), "
         "COALESCE(t.postcode,''), COALESCE(t.phone,''), t.restricted, COALESCE(t.practice,''), t.sharing_consent, "
         "COALESCE(t.preferred_language,''), t.large_print, COALESCE(t.ethnicity,''), COALESCE(t.linked_to,''), "
         "j.payload, l.seq "
         "FROM patient t LEFT JOIN temp.latest_version l ON l.record_id = t.id LEFT JOIN journal j ON j.seq = "
         "t.head_seq AND j.record_id = t.id"},
        {RecordType::Condition, 9,
         "SELECT t.id, t.head_seq, t.patient_id, t.code, t.term, COALESCE(t.onset_date,''), t.status, "
         "j.payload, l.seq FROM condition t LEFT JOIN temp.latest_version l ON l.record_id = t.id "
         "LEFT JOIN journal j ON j.seq = t.head_seq AND j.record_id = t.id"},
        {RecordType::Observation, 18,
         "SELECT t.id, t.head_seq, t.patient_id, t.code, t.effective, t.value, t.value2, COALESCE(t.value_code,''), "
         "COALESCE(t.unit,''), t.status, t.original_value, COALESCE(t.original_unit,''), t.source, "
         "COALESCE(t.source_key,''), COALESCE(t.note,''), COALESCE(t.request_id,''), j.payload, l.seq "
         "FROM observation t LEFT JOIN temp.latest_version l "
         "ON l.record_id = t.id LEFT JOIN journal j ON j.seq = t.head_seq AND j.record_id = t.id"},
        {RecordType::User, 9,
         "SELECT t.id, t.head_seq, t.username, t.display_name, t.role, t.password_hash, t.active, j.payload, l.seq "
         "FROM user_account t LEFT JOIN temp.latest_version l ON l.record_id = t.id "
         "LEFT JOIN journal j ON j.seq = t.head_seq AND j.record_id = t.id"},
    };
    tables.push_back(fieldTableCheck<model::LabRequest>());
    tables.push_back(fieldTableCheck<model::ResultReview>());
    tables.push_back(fieldTableCheck<model::UnmatchedResult>());
    tables.push_back(fieldTableCheck<model::Invitation>());
    tables.push_back(fieldTableCheck<model::Appointment>());
    tables.push_back(fieldTableCheck<model::CareException>());
    tables.push_back(fieldTableCheck<model::SentLetter>());
    tables.push_back(fieldTableCheck<model::CarePlan>());
    tables.push_back(fieldTableCheck<model::Referral>());
    tables.push_back(fieldTableCheck<model::StoredQuestionnaire>());
    tables.push_back(fieldTableCheck<model::QuestionnaireResponse>());
    tables.push_back(fieldTableCheck<model::SafetyAlertAcknowledgement>());
    std::int64_t rows = 0;
    for (const auto& table : tables) {
        auto st = c.prepare(table.sql);
        if (!st)
            return st.error();
        auto& s = *st;
        // The payload and head seq are the last two columns of every query.
        const int cols = table.columns;
        while (true) {
            auto row = s.step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            ++rows;
            auto id = s.columnText(0);
            // The row must hold the newest version of its record, and that version's payload.
            if (s.columnIsNull(cols - 1) || s.columnIsNull(cols - 2) || s.columnInt64(1) != s.columnInt64(cols - 1)) {
                report.projectionOk = false;
                problem(
                    report,
                    fmt::format("{} {} is not the projection of its current version", recordTypeCode(table.type), id));
                continue;
            }
            auto payload = nlohmann::json::parse(s.columnText(cols - 2), nullptr, false);
            if (payload.is_discarded() || !sameAsPayload(table.type, s, payload)) {
                report.projectionOk = false;
                problem(report, fmt::format("{} {} differs from its journal version", recordTypeCode(table.type), id));
            }
        }
    }
    if (rows != *records) {
        report.projectionOk = false;
        problem(report, fmt::format("{} current rows for {} records in the journal", rows, *records));
    }
    (void)c.exec("DROP TABLE IF EXISTS temp.latest_version");
    return {};
}

base::Status IntegrityCheck::checkConflicts(IntegrityReport& report)
{
    auto& c = m_store.connection();
    struct Head
    {
        std::int64_t seq;
        journal::ProvisionalWinner::Candidate order;
    };
    std::map<std::string, std::vector<Head>> conflicts;
    auto heads = c.prepare("SELECT r.record_id, h.seq, o.uuid, j.counter, j.hlc, j.record_id FROM record_conflict r "
                           "LEFT JOIN record_conflict_head h ON h.record_id = r.record_id LEFT JOIN journal j ON "
                           "j.seq = h.seq LEFT JOIN origin o ON o.id = j.origin ORDER BY r.record_id");
    if (!heads)
        return heads.error();
    while (true) {
        auto row = heads->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const auto record = heads->columnText(0);
        auto& list = conflicts[record];
        if (heads->columnIsNull(1))
            continue;
        if (heads->columnIsNull(5) || heads->columnText(5) != record) {
            report.projectionOk = false;
            problem(report, fmt::format("conflict on {} lists a version of another record", record));
            continue;
        }
        list.push_back({heads->columnInt64(1), {{heads->columnText(2), heads->columnInt64(3)}, heads->columnInt64(4)}});
    }
    if (conflicts.empty())
        return {};

    // A head is a version no other version of its record names as a parent.
    std::map<std::string, std::set<std::string>> named;
    auto parents = c.prepare("SELECT record_id, parents FROM journal WHERE record_id IN (SELECT record_id FROM "
                             "record_conflict)");
    if (!parents)
        return parents.error();
    while (true) {
        auto row = parents->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        auto list = nlohmann::json::parse(parents->columnText(1), nullptr, false);
        if (list.is_array())
            for (const auto& p : list)
                if (p.is_string())
                    named[parents->columnText(0)].insert(p.get<std::string>());
    }

    auto point = c.prepare("UPDATE temp.latest_version SET seq = ? WHERE record_id = ?");
    if (!point)
        return point.error();
    for (const auto& [record, list] : conflicts) {
        if (list.size() < 2) {
            report.projectionOk = false;
            problem(report, fmt::format("conflict on {} lists fewer than two heads", record));
            continue;
        }
        for (const auto& h : list)
            if (named[record].count(h.order.id.text())) {
                report.projectionOk = false;
                problem(report,
                        fmt::format("conflict on {} lists {}, which a later version supersedes", record,
                                    h.order.id.text()));
            }
        std::vector<journal::ProvisionalWinner::Candidate> order;
        for (const auto& h : list)
            order.push_back(h.order);
        point->bind(1, list[journal::ProvisionalWinner::indexOf(order)].seq).bind(2, record);
        if (auto r = point->run(); !r)
            return r;
    }
    return {};
}

base::Status IntegrityCheck::checkAudit(IntegrityReport& report)
{
    auto st = m_store.connection().prepare(
        "SELECT seq, at, username, site_uuid, action, COALESCE(patient_id,''), detail, prev_hash, hash FROM audit "
        "ORDER BY seq");
    if (!st)
        return st.error();
    report.auditOk = true;
    std::string prev = security::kAuditGenesisHash;
    std::int64_t expectedSeq = 1;
    while (true) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        security::AuditEntry e;
        e.seq = st->columnInt64(0);
        e.at = st->columnInt64(1);
        e.username = st->columnText(2);
        e.siteUuid = st->columnText(3);
        e.action = st->columnText(4);
        e.patientId = st->columnText(5);
        e.detail = st->columnText(6);
        e.prevHash = st->columnText(7);
        e.hash = st->columnText(8);
        ++report.auditEntries;
        if (report.auditOk && (e.seq != expectedSeq || e.prevHash != prev || e.computeHash() != e.hash)) {
            report.auditOk = false;
            report.auditBrokenAt = e.seq;
            problem(report, fmt::format("audit chain broken at entry {}", e.seq));
        }
        prev = e.hash;
        expectedSeq = e.seq + 1;
    }
    return {};
}

} // namespace carehouse::record
