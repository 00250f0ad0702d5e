#include "core/record/DuplicateComparison.h"

#include "core/db/StatementCache.h"
#include "core/journal/HybridLogicalClock.h"
#include "core/record/RecordStore.h"

namespace carehouse::record {

base::Result<std::vector<DuplicateRecordSide>> DuplicateComparison::compare(const std::vector<std::string>& patientIds)
{
    if (auto st = m_store.require(security::Permission::ViewRecord); !st)
        return st.error();
    std::vector<DuplicateRecordSide> out;
    for (const auto& id : patientIds) {
        auto s = side(id);
        if (!s)
            return s.error();
        out.push_back(std::move(*s));
    }
    return out;
}

base::Result<DuplicateRecordSide> DuplicateComparison::side(const std::string& patientId)
{
    DuplicateRecordSide out;
    auto patient = PatientRepository(m_store).patient(patientId);
    if (!patient)
        return patient.error();
    out.patient = std::move(*patient);

    // The record's first version says who started it, where; the account name is the one the
    // writing site knows, which is only this site's own accounts.
    auto first = m_store.statements().get(
        "SELECT j.hlc, j.author, d.name, COALESCE(u.display_name, '') FROM journal j JOIN site_directory d ON "
        "d.id = j.author_site LEFT JOIN user_account u ON u.username = j.author AND d.site_uuid = ? "
        "WHERE j.patient_id = ? AND j.record_id = ? ORDER BY j.seq LIMIT 1");
    if (!first)
        return first.error();
    auto& f = **first;
    f.bind(1, m_store.site().siteUuid).bind(2, patientId).bind(3, patientId);
    auto row = f.step();
    if (!row) {
        f.reset();
        return row.error();
    }
    if (*row) {
        out.registeredAtMillis = journal::HybridLogicalClock::millisOf(f.columnInt64(0));
        out.registeredBy = f.columnText(3).empty() ? f.columnText(1) : f.columnText(3);
        out.registeredAtSite = f.columnText(2);
    }
    f.reset();

    auto counts = m_store.statements().get(
        "SELECT (SELECT count(*) FROM observation WHERE patient_id = ?1 AND status <> 'entered-in-error'), "
        "(SELECT count(*) FROM condition WHERE patient_id = ?1 AND status <> 'entered-in-error'), "
        "(SELECT count(*) FROM care_plan WHERE patient_id = ?1), "
        "(SELECT COALESCE(max(effective), '') FROM observation WHERE patient_id = ?1 AND status <> "
        "'entered-in-error')");
    if (!counts)
        return counts.error();
    auto& c = **counts;
    c.bind(1, patientId);
    row = c.step();
    if (!row) {
        c.reset();
        return row.error();
    }
    if (*row) {
        out.observations = c.columnInt64(0);
        out.conditions = c.columnInt64(1);
        out.carePlans = c.columnInt64(2);
        out.lastEntry = base::CivilDate::parseIso(c.columnText(3)).value_or(base::CivilDate{});
    }
    c.reset();
    return out;
}

} // namespace carehouse::record
