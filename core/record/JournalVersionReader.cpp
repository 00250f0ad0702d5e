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

base::Result<std::vector<std::pair<std::int64_t, std::string>>> JournalVersionReader::origins()
{
    auto st = m_store.statements().get("SELECT id, uuid FROM origin ORDER BY id");
    if (!st)
        return st.error();
    std::vector<std::pair<std::int64_t, std::string>> out;
    while (true) {
        auto row = (*st)->step();
        if (!row) {
            (*st)->reset();
            return row.error();
        }
        if (!*row)
            break;
        out.emplace_back((*st)->columnInt64(0), (*st)->columnText(1));
    }
    (*st)->reset();
    return out;
}

base::Result<journal::VersionVector> JournalVersionReader::heldVector()
{
    if (auto st = m_store.require(security::Permission::ViewRecord); !st)
        return st.error();
    auto known = origins();
    if (!known)
        return known.error();
    // An origin's counters are unique, so as many as the span between the lowest and highest
    // means one unbroken run: the usual case (a site's own versions, a peer's it has in full),
    // answered from the (origin, counter) index without reading a row. Only an origin with gaps
    // is read counter by counter.
    auto span = m_store.statements().get("SELECT min(counter), max(counter), count(*) FROM journal WHERE origin = ?");
    auto each = m_store.statements().get("SELECT counter FROM journal WHERE origin = ? ORDER BY counter");
    if (!span || !each)
        return span ? each.error() : span.error();
    journal::VersionVector held;
    for (const auto& [key, uuid] : *known) {
        auto& s = **span;
        s.bind(1, key);
        auto row = s.step();
        if (!row) {
            s.reset();
            return row.error();
        }
        const bool any = *row && !s.columnIsNull(0);
        const auto low = any ? s.columnInt64(0) : 0, high = any ? s.columnInt64(1) : 0, n = any ? s.columnInt64(2) : 0;
        s.reset();
        if (!any)
            continue;
        if (n == high - low + 1) {
            held.addRange(uuid, {low, high});
            continue;
        }
        auto& e = **each;
        e.bind(1, key);
        while (true) {
            auto r = e.step();
            if (!r) {
                e.reset();
                return r.error();
            }
            if (!*r)
                break;
            held.add(uuid, e.columnInt64(0));
        }
        e.reset();
    }
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

base::Result<JournalVersionReader::NotCovered>
JournalVersionReader::notCoveredPositions(const journal::VersionVector& peerHolds, const MayTravel& mayTravel)
{
    if (auto st = m_store.require(security::Permission::ExchangeRecords); !st)
        return st.error();
    auto known = origins();
    if (!known)
        return known.error();
    // Only the counters between the peer's runs of each origin (and after its last) can be
    // missing there, and each such gap is one range of the (origin, counter) index: the work is
    // the versions the peer lacks, not the journal. A peer never fills the gaps left by people
    // its sharing rule withholds or by site-local versions (staff accounts), so an everyday
    // export must not read from the first of those onwards.
    static const std::string sql = "SELECT seq, COALESCE(patient_id, '') FROM journal WHERE origin = ? AND counter "
                                   "BETWEEN ? AND ? AND record_type NOT IN ("
        + siteLocalTypes() + ")";
    auto st = m_store.statements().get(sql);
    if (!st)
        return st.error();
    auto& s = **st;
    NotCovered out;
    for (const auto& [key, uuid] : *known) {
        std::int64_t from = 1;
        std::vector<std::pair<std::int64_t, std::int64_t>> gaps;
        for (const auto& r : peerHolds.ranges(uuid)) {
            if (r.first > from)
                gaps.emplace_back(from, r.first - 1);
            from = r.last + 1;
        }
        gaps.emplace_back(from, std::numeric_limits<std::int64_t>::max());
        for (const auto& [low, high] : gaps) {
            s.bind(1, key).bind(2, low).bind(3, high);
            while (true) {
                auto row = s.step();
                if (!row) {
                    s.reset();
                    return row.error();
                }
                if (!*row)
                    break;
                const auto patient = s.columnText(1);
                if (patient.empty() || !mayTravel || mayTravel(patient))
                    out.seqs.push_back(s.columnInt64(0));
                else
                    ++out.withheld;
            }
            s.reset();
        }
    }
    // Journal order is a causal order: every version after its parents.
    std::sort(out.seqs.begin(), out.seqs.end());
    return out;
}

base::Result<std::size_t>
JournalVersionReader::eachNotCoveredBy(const journal::VersionVector& peerHolds,
                                       const std::function<bool(journal::JournalVersion&&)>& take,
                                       const MayTravel& mayTravel)
{
    auto positions = notCoveredPositions(peerHolds, mayTravel);
    if (!positions)
        return positions.error();
    auto st = m_store.statements().get(std::string(kVersionColumns) + "WHERE j.seq = ?");
    if (!st)
        return st.error();
    auto& s = **st;
    for (const auto seq : positions->seqs) {
        s.bind(1, seq);
        auto row = s.step();
        if (!row) {
            s.reset();
            return row.error();
        }
        const bool stop = *row && !take(readVersion(s));
        s.reset();
        if (stop)
            break;
    }
    return positions->withheld;
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
