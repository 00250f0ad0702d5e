#include "core/record/PossibleDuplicates.h"

#include "core/record/RecordStore.h"

namespace carehouse::record {

base::Result<std::vector<PossibleDuplicates::Group>> PossibleDuplicates::all()
{
    if (auto st = m_store.require(security::Permission::ViewRecord); !st)
        return st.error();
    auto st = m_store.statements().get(
        "SELECT p.nhs_number, p.id FROM patient p JOIN (SELECT nhs_number FROM patient WHERE nhs_number IS NOT NULL "
        "AND nhs_number <> '' GROUP BY nhs_number HAVING count(*) > 1) d ON d.nhs_number = p.nhs_number "
        "ORDER BY p.nhs_number, p.head_seq");
    if (!st)
        return st.error();
    auto& s = **st;
    std::vector<Group> out;
    while (true) {
        auto row = s.step();
        if (!row) {
            s.reset();
            return row.error();
        }
        if (!*row)
            break;
        auto nhs = s.columnText(0);
        if (out.empty() || out.back().nhsNumber != nhs)
            out.push_back({nhs, {}});
        out.back().patientIds.push_back(s.columnText(1));
    }
    s.reset();
    return out;
}

base::Result<std::vector<std::string>> PossibleDuplicates::of(const std::string& patientId)
{
    if (auto st = m_store.require(security::Permission::ViewRecord); !st)
        return st.error();
    auto st = m_store.statements().get(
        "SELECT other.id FROM patient me JOIN patient other ON other.nhs_number = me.nhs_number AND other.id <> me.id "
        "WHERE me.id = ? AND me.nhs_number IS NOT NULL AND me.nhs_number <> '' ORDER BY other.head_seq");
    if (!st)
        return st.error();
    auto& s = **st;
    s.bind(1, patientId);
    std::vector<std::string> out;
    while (true) {
        auto row = s.step();
        if (!row) {
            s.reset();
            return row.error();
        }
        if (!*row)
            break;
        out.push_back(s.columnText(0));
    }
    s.reset();
    return out;
}

} // namespace carehouse::record
