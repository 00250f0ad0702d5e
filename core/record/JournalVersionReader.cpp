#include "core/record/JournalVersionReader.h"

#include "core/db/StatementCache.h"
#include "core/record/RecordStore.h"
#include "core/record/RecordType.h"

#include <algorithm>
#include <limits>
#include <nlohmann/json.hpp>

namespace carehouse::record {

namespace {

// The columns every reader selects, in the order readVersion takes them.
constexpr const char* kVersionColumns
    = "SELECT j.seq, o.uuid, j.counter, j.record_id, j.record_type, COALESCE(j.patient_id, ''), j.hlc, j.parents, "
      "j.author, d.site_uuid, d.name, j.payload FROM journal j JOIN origin o ON o.id = j.origin "
      "JOIN site_directory d ON d.id = j.author_site ";

journal::JournalVersion readVersion(const db::Statement& s)
{
    journal::JournalVersion v;
    v.id = {s.columnText(1), s.columnInt64(2)};
    v.recordId = s.columnText(3);
    v.recordType = s.columnText(4);
    v.patientId = s.columnText(5);
    v.hlc = s.columnInt64(6);
    auto parents = nlohmann::json::parse(s.columnText(7), nullptr, false);
    if (parents.is_array())
        for (const auto& p : parents)
            if (p.is_string())
                if (auto id = journal::VersionId::fromText(p.get<std::string>()))
                    v.parents.push_back(*id);
    v.author = s.columnText(8);
    v.authorSiteUuid = s.columnText(9);
    v.authorSiteName = s.columnText(10);
    v.payload = s.columnText(11);
    return v;
}

std::string siteLocalTypes()
{
    std::string list;
    for (auto t : allRecordTypes())
        if (!travelsBetweenSites(t))
            list += (list.empty() ? "'" : ", '") + std::string(recordTypeCode(t)) + "'";
    return list.empty() ? "''" : list;
}

} // namespace

base::Result<journal::VersionVector> JournalVersionReader::heldVector()
{
    if (auto st = m_store.require(security::Permission::ViewRecord); !st)
        return st.error();
    // The (origin, counter) index gives them in order, so each counter extends the last range.
    auto st = m_store.statements().get(
        "SELECT o.uuid, j.counter FROM journal j JOIN origin o ON o.id = j.origin ORDER BY j.origin, j.counter");
    if (!st)
        return st.error();
    journal::VersionVector held;
    while (true) {
        auto row = (*st)->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        held.add((*st)->columnText(0), (*st)->columnInt64(1));
    }
    (*st)->reset();
    return held;
}

base::Result<std::vector<journal::JournalVersion>>
JournalVersionReader::notCoveredBy(const journal::VersionVector& peerHolds)
{
    std::vector<journal::JournalVersion> out;
    auto read = eachNotCoveredBy(peerHolds, [&](journal::JournalVersion&& v) {
        out.push_back(std::move(v));
        return true;
    });
    if (!read)
        return read.error();
    return out;
}

base::Status JournalVersionReader::eachNotCoveredBy(const journal::VersionVector& peerHolds,
                                                    const std::function<bool(journal::JournalVersion&&)>& take)
{
    if (auto st = m_store.require(security::Permission::ExchangeRecords); !st)
        return st.error();
    // Where to start: the earliest version above any origin's run the peer holds in full, found
    // through the (origin, counter) index, so an everyday export reads only the journal's end.
    auto origins = m_store.connection().prepare("SELECT id, uuid FROM origin ORDER BY id");
    if (!origins)
        return origins.error();
    std::vector<std::pair<std::int64_t, std::string>> known;
    while (true) {
        auto row = origins->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        known.emplace_back(origins->columnInt64(0), origins->columnText(1));
    }
    // Per origin, only the counters between the peer's ranges (and after the last) can be
    // missing there; the earliest travelling version among them is where reading starts. The
    // site-local versions (staff accounts) leave gaps a peer never fills, so they are skipped.
    static const std::string firstSql = "SELECT min(seq) FROM journal WHERE origin = ? AND counter BETWEEN ? AND ? "
                                        "AND record_type NOT IN ("
        + siteLocalTypes() + ")";
    auto first = m_store.statements().get(firstSql);
    if (!first)
        return first.error();
    std::optional<std::int64_t> start;
    for (const auto& [key, uuid] : known) {
        std::int64_t from = 1;
        std::vector<std::pair<std::int64_t, std::int64_t>> gaps;
        for (const auto& r : peerHolds.ranges(uuid)) {
            if (r.first > from)
                gaps.emplace_back(from, r.first - 1);
            from = r.last + 1;
        }
        gaps.emplace_back(from, std::numeric_limits<std::int64_t>::max());
        for (const auto& [low, high] : gaps) {
            (*first)->bind(1, key).bind(2, low).bind(3, high);
            auto row = (*first)->step();
            if (!row) {
                (*first)->reset();
                return row.error();
            }
            if (*row && !(*first)->columnIsNull(0)) {
                const auto seq = (*first)->columnInt64(0);
                start = start ? std::min(*start, seq) : seq;
            }
            (*first)->reset();
        }
    }
    if (!start)
        return {};
    static const std::string sql = std::string(kVersionColumns) + "WHERE j.seq >= ? AND j.record_type NOT IN ("
        + siteLocalTypes() + ") ORDER BY j.seq";
    auto st = m_store.statements().get(sql);
    if (!st)
        return st.error();
    auto& s = **st;
    s.bind(1, *start);
    while (true) {
        auto row = s.step();
        if (!row) {
            s.reset();
            return row.error();
        }
        if (!*row)
            break;
        if (peerHolds.contains(s.columnText(1), s.columnInt64(2)))
            continue;
        if (!take(readVersion(s)))
            break;
    }
    s.reset();
    return {};
}

base::Result<std::optional<journal::JournalVersion>> JournalVersionReader::version(const journal::VersionId& id)
{
    if (auto st = m_store.require(security::Permission::ViewRecord); !st)
        return st.error();
    auto st = m_store.statements().get(std::string(kVersionColumns) + "WHERE o.uuid = ? AND j.counter = ?");
    if (!st)
        return st.error();
    (*st)->bind(1, id.origin).bind(2, id.counter);
    auto row = (*st)->step();
    if (!row)
        return row.error();
    std::optional<journal::JournalVersion> out;
    if (*row)
        out = readVersion(**st);
    (*st)->reset();
    return out;
}

} // namespace carehouse::record
