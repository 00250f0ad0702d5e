#include "core/record/PossibleDuplicates.h"

#include "core/db/StatementCache.h"
#include "core/record/RecordStore.h"

namespace carehouse::record {

base::Result<std::vector<PossibleDuplicates::Group>> PossibleDuplicates::all()
{
    if (auto st = m_store.require(security::Permission::ViewRecord); !st)
        return st.error();
    auto st = m_store.statements().get(
        "SELECT p.nhs_number, p.id, COALESCE(p.linked_to, '') FROM patient p JOIN (SELECT nhs_number FROM patient "
        "WHERE nhs_number IS NOT NULL AND nhs_number <> '' GROUP BY nhs_number HAVING count(*) > 1) d ON "
        "d.nhs_number = p.nhs_number ORDER BY p.nhs_number, p.id");
    if (!st)
        return st.error();
    return readGroups(**st);
}

base::Result<std::optional<PossibleDuplicates::Group>> PossibleDuplicates::groupOf(const std::string& patientId)
{
    if (auto st = m_store.require(security::Permission::ViewRecord); !st)
        return st.error();
    auto st = m_store.statements().get(
        "SELECT other.nhs_number, other.id, COALESCE(other.linked_to, '') FROM patient me JOIN patient other ON "
        "other.nhs_number = me.nhs_number WHERE me.id = ? AND me.nhs_number IS NOT NULL AND me.nhs_number <> '' "
        "ORDER BY other.id");
    if (!st)
        return st.error();
    (*st)->bind(1, patientId);
    auto groups = readGroups(**st);
    if (!groups)
        return groups.error();
    if (groups->empty() || groups->front().patientIds.size() < 2)
        return std::optional<Group>();
    return std::optional<Group>(std::move(groups->front()));
}

base::Result<std::vector<std::string>> PossibleDuplicates::of(const std::string& patientId)
{
    auto group = groupOf(patientId);
    if (!group)
        return group.error();
    std::vector<std::string> others;
    if (*group)
        for (const auto& id : (*group)->patientIds)
            if (id != patientId)
                others.push_back(id);
    return others;
}

base::Result<std::vector<PossibleDuplicates::Group>> PossibleDuplicates::readGroups(db::Statement& s)
{
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

} // namespace carehouse::record
