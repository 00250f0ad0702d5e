#include "core/record/PossibleDuplicates.h"

#include "core/record/RecordStore.h"

namespace carehouse::record {

base::Result<std::vector<PossibleDuplicates::Group>> PossibleDuplicates::all()
{
    if (auto st = m_store.require(security::Permission::ViewRecord); !st)
        return st.error();
    auto st = m_store.statements().get(
        "SELECT p.nhs_number, p.id, COALESCE(p.linked_to, '') FROM patient p JOIN (SELECT nhs_number FROM patient "
        "WHERE nhs_number IS NOT NULL "
        "AND nhs_number <> '' GROUP BY nhs_number HAVING count(*) > 1) d ON d.nhs_number = p.nhs_number "
        "ORDER BY p.nhs_number, p.id");
    if (!st)
        return st.error();
    auto& s = **st;
    std::vector<Group> out;
    std::vector<std::vector<std::string>> linkedTo; // beside out, one entry per record
    while (true) {
        auto row = s.step();
        if (!row) {
            s.reset();
            return row.error();
        }
        if (!*row)
            break;
        auto nhs = s.columnText(0);
        if (out.empty() || out.back().nhsNumber != nhs) {
            out.push_back({nhs, {}, {}});
            linkedTo.emplace_back();
        }
        out.back().patientIds.push_back(s.columnText(1));
        linkedTo.back().push_back(s.columnText(2));
    }
    s.reset();
    for (std::size_t g = 0; g < out.size(); ++g)
        out[g].mainId = mainOf(out[g].patientIds, linkedTo[g]);
    return out;
}

// Linked only when exactly one record stands alone and every other names it: two sites that
// linked the pair in opposite directions at once leave no main record, and the offer reopens.
std::string PossibleDuplicates::mainOf(const std::vector<std::string>& ids, const std::vector<std::string>& linkedTo)
{
    std::string main;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (!linkedTo[i].empty())
            continue;
        if (!main.empty())
            return {};
        main = ids[i];
    }
    if (main.empty())
        return {};
    for (std::size_t i = 0; i < ids.size(); ++i)
        if (ids[i] != main && linkedTo[i] != main)
            return {};
    return main;
}

base::Result<std::vector<PossibleDuplicates::Group>> PossibleDuplicates::open()
{
    auto groups = all();
    if (!groups)
        return groups.error();
    std::vector<Group> out;
    for (auto& g : *groups)
        if (g.open())
            out.push_back(std::move(g));
    return out;
}

base::Result<std::vector<std::string>> PossibleDuplicates::of(const std::string& patientId)
{
    if (auto st = m_store.require(security::Permission::ViewRecord); !st)
        return st.error();
    auto st = m_store.statements().get(
        "SELECT other.id FROM patient me JOIN patient other ON other.nhs_number = me.nhs_number AND other.id <> me.id "
        "WHERE me.id = ? AND me.nhs_number IS NOT NULL AND me.nhs_number <> '' ORDER BY other.id");
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
