#include "core/record/RemoteVersionApplier.h"

#include "core/db/StatementCache.h"
#include "core/db/Transaction.h"
#include "core/journal/HybridLogicalClock.h"
#include "core/journal/ProvisionalWinner.h"
#include "core/journal/SyncError.h"
#include "core/record/Projection.h"
#include "core/record/RecordStore.h"
#include "core/record/RecordValueDecoder.h"

#include <algorithm>
#include <fmt/format.h>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <tuple>

namespace carehouse::record {

using journal::makeSyncError;
using journal::SyncError;
using nlohmann::json;

namespace {

// A version from the batch that passed the checks needing no database, with its decoded value.
struct Incoming
{
    const journal::JournalVersion* version = nullptr;
    RecordType type = RecordType::Patient;
    RecordValue value;
};

std::string siteOf(const journal::JournalVersion& v)
{
    return v.authorSiteName.empty() ? v.authorSiteUuid : v.authorSiteName;
}

base::Result<std::vector<Incoming>> checkBatch(const std::vector<journal::JournalVersion>& versions,
                                               std::int64_t nowMillis)
{
    std::vector<Incoming> out;
    out.reserve(versions.size());
    for (const auto& v : versions) {
        const std::string id = v.id.text();
        if (v.id.origin.empty() || v.id.counter <= 0 || v.recordId.empty() || v.authorSiteUuid.empty()
            || v.author.empty() || v.hlc <= 0)
            return makeSyncError(SyncError::MalformedVersion, id, siteOf(v));
        for (const auto& p : v.parents)
            if (p.origin.empty() || p.counter <= 0 || p == v.id)
                return makeSyncError(SyncError::MalformedVersion, id, siteOf(v)).withHint(p.text());
        const auto type = recordTypeFromCode(v.recordType);
        if (!type)
            return makeSyncError(SyncError::UnknownRecordType, id, siteOf(v)).withHint(v.recordType);
        if (!travelsBetweenSites(*type))
            return makeSyncError(SyncError::SiteLocalRecord, id, siteOf(v)).withHint(v.recordType);
        if (journal::HybridLogicalClock::millisOf(v.hlc) > nowMillis + RemoteVersionApplier::kDriftLimitMillis)
            return makeSyncError(SyncError::ClockTooFarAhead, id, siteOf(v))
                .withHint(std::to_string(RemoteVersionApplier::kDriftLimitMillis));
        auto payload = json::parse(v.payload, nullptr, false);
        auto value = decodeRecordValue(*type, v.recordId, payload);
        if (!value)
            return makeSyncError(SyncError::MalformedVersion, id, siteOf(v)).withHint("payload");
        out.push_back({&v, *type, std::move(*value)});
    }
    // Oldest first: a version's time is after its parents' (and after its person's record), so
    // this is a causal order whatever order the batch came in.
    std::stable_sort(out.begin(), out.end(), [](const Incoming& a, const Incoming& b) {
        return std::tie(a.version->hlc, a.version->id) < std::tie(b.version->hlc, b.version->id);
    });
    return out;
}

std::string parentsText(const std::vector<journal::VersionId>& parents)
{
    auto list = json::array();
    for (const auto& p : parents)
        list.push_back(p.text());
    return list.dump();
}

std::vector<std::string> sortedParentTexts(const std::string& stored)
{
    std::vector<std::string> out;
    auto list = json::parse(stored, nullptr, false);
    if (list.is_array())
        for (const auto& p : list)
            if (p.is_string())
                out.push_back(p.get<std::string>());
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<std::string> sortedParentTexts(const std::vector<journal::VersionId>& parents)
{
    std::vector<std::string> out;
    for (const auto& p : parents)
        out.push_back(p.text());
    std::sort(out.begin(), out.end());
    return out;
}

// The work of one batch inside its transaction: small-integer keys for origins and sites, and
// the record's heads before and after each version.
class BatchWork
{
public:
    BatchWork(db::StatementCache& cache, db::Connection& connection)
        : m_cache(cache)
        , m_connection(connection)
    {
    }

    // The origin's key, or 0 when it is not known here (and `create` is false).
    base::Result<std::int64_t> originKey(const std::string& uuid, bool create)
    {
        return keyOf(m_origins, uuid, "SELECT id FROM origin WHERE uuid = ?",
                     create ? "INSERT INTO origin (uuid) VALUES (?)" : nullptr, {});
    }

    base::Result<std::int64_t> siteKey(const std::string& uuid, const std::string& name)
    {
        return keyOf(m_sites, uuid, "SELECT id FROM site_directory WHERE site_uuid = ?",
                     "INSERT INTO site_directory (site_uuid, name) VALUES (?, ?)", name.empty() ? uuid : name);
    }

    struct Held
    {
        std::int64_t seq = 0;
        std::string recordId;
        std::string recordType;
        std::string patientId;
        std::int64_t hlc = 0;
        std::string parents;
        std::string author;
        std::string siteUuid;
        std::string payload;
    };

    base::Result<std::optional<Held>> held(const journal::VersionId& id)
    {
        auto origin = originKey(id.origin, false);
        if (!origin)
            return origin.error();
        if (*origin == 0)
            return std::optional<Held>();
        auto st = m_cache.get("SELECT j.seq, j.record_id, j.record_type, COALESCE(j.patient_id, ''), j.hlc, j.parents, "
                              "j.author, d.site_uuid, j.payload FROM journal j JOIN site_directory d ON d.id = "
                              "j.author_site WHERE j.origin = ? AND j.counter = ?");
        if (!st)
            return st.error();
        auto& s = **st;
        s.bind(1, *origin).bind(2, id.counter);
        auto row = s.step();
        if (!row)
            return row.error();
        std::optional<Held> out;
        if (*row)
            out = Held{s.columnInt64(0), s.columnText(1), s.columnText(2), s.columnText(3), s.columnInt64(4),
                       s.columnText(5),  s.columnText(6), s.columnText(7), s.columnText(8)};
        s.reset();
        return out;
    }

    // The record's heads and whether it is listed as a conflict; its current row's version.
    struct Heads
    {
        std::vector<std::int64_t> seqs;
        bool listed = false;
        std::optional<std::int64_t> current;
    };

    base::Result<Heads> headsOf(RecordType type, const std::string& recordId)
    {
        Heads h;
        auto current = m_cache.get(fmt::format("SELECT head_seq FROM {} WHERE id = ?", currentTableOf(type)));
        if (!current)
            return current.error();
        (*current)->bind(1, recordId);
        auto row = (*current)->step();
        if (!row)
            return row.error();
        if (*row)
            h.current = (*current)->columnInt64(0);
        (*current)->reset();

        auto listed = m_cache.get("SELECT seq FROM record_conflict_head WHERE record_id = ? ORDER BY seq");
        if (!listed)
            return listed.error();
        (*listed)->bind(1, recordId);
        while (true) {
            auto r = (*listed)->step();
            if (!r)
                return r.error();
            if (!*r)
                break;
            h.seqs.push_back((*listed)->columnInt64(0));
        }
        (*listed)->reset();
        h.listed = !h.seqs.empty();
        if (!h.listed && h.current)
            h.seqs.push_back(*h.current);
        return h;
    }

    struct Candidate
    {
        journal::ProvisionalWinner::Candidate order;
        std::string payload;
    };

    base::Result<Candidate> candidate(std::int64_t seq)
    {
        auto st = m_cache.get("SELECT o.uuid, j.counter, j.hlc, j.payload FROM journal j JOIN origin o ON o.id = "
                              "j.origin WHERE j.seq = ?");
        if (!st)
            return st.error();
        (*st)->bind(1, seq);
        auto row = (*st)->step();
        if (!row)
            return row.error();
        if (!*row)
            return base::Error::make(base::ErrorCode::DatabaseCorrupt, "journal", std::to_string(seq));
        Candidate c{{journal::VersionId{(*st)->columnText(0), (*st)->columnInt64(1)}, (*st)->columnInt64(2)},
                    (*st)->columnText(3)};
        (*st)->reset();
        return c;
    }

    base::Status listConflict(const Incoming& in, const std::vector<std::int64_t>& heads, bool alreadyListed,
                              std::int64_t nowMillis)
    {
        if (!alreadyListed) {
            auto open = m_cache.get(
                "INSERT INTO record_conflict (record_id, record_type, patient_id, opened_at) VALUES (?, ?, ?, ?)");
            if (!open)
                return open.error();
            (*open)->bind(1, in.version->recordId).bind(2, recordTypeCode(in.type));
            (*open)->bindTextOrNull(3, in.version->patientId).bind(4, nowMillis);
            if (auto r = (*open)->run(); !r)
                return r;
        }
        auto clear = m_cache.get("DELETE FROM record_conflict_head WHERE record_id = ?");
        if (!clear)
            return clear.error();
        (*clear)->bind(1, in.version->recordId);
        if (auto r = (*clear)->run(); !r)
            return r;
        auto add = m_cache.get("INSERT INTO record_conflict_head (record_id, seq) VALUES (?, ?)");
        if (!add)
            return add.error();
        for (auto seq : heads) {
            (*add)->bind(1, in.version->recordId).bind(2, seq);
            if (auto r = (*add)->run(); !r)
                return r;
        }
        return {};
    }

    base::Status closeConflict(const std::string& recordId)
    {
        auto close = m_cache.get("DELETE FROM record_conflict WHERE record_id = ?");
        if (!close)
            return close.error();
        (*close)->bind(1, recordId);
        return (*close)->run();
    }

private:
    db::StatementCache& m_cache;
    db::Connection& m_connection;
    // A small-integer key by UUID: remembered for the batch, read, or (with `insertSql`, which
    // takes the UUID and, when it has a second parameter, `name`) made.
    base::Result<std::int64_t> keyOf(std::map<std::string, std::int64_t>& known, const std::string& uuid,
                                     const char* selectSql, const char* insertSql, const std::string& name)
    {
        if (auto it = known.find(uuid); it != known.end())
            return it->second;
        auto st = m_cache.get(selectSql);
        if (!st)
            return st.error();
        (*st)->bind(1, uuid);
        auto row = (*st)->step();
        if (!row)
            return row.error();
        std::int64_t key = *row ? (*st)->columnInt64(0) : 0;
        (*st)->reset();
        if (key == 0) {
            if (!insertSql)
                return std::int64_t{0};
            auto ins = m_cache.get(insertSql);
            if (!ins)
                return ins.error();
            (*ins)->bind(1, uuid);
            if (!name.empty())
                (*ins)->bind(2, name);
            if (auto r = (*ins)->run(); !r)
                return r.error();
            key = m_connection.lastInsertRowId();
        }
        known[uuid] = key;
        return key;
    }

    std::map<std::string, std::int64_t> m_origins;
    std::map<std::string, std::int64_t> m_sites;
};

bool sameVersion(const BatchWork::Held& held, const journal::JournalVersion& v)
{
    return held.recordId == v.recordId && held.recordType == v.recordType && held.patientId == v.patientId
        && held.hlc == v.hlc && held.author == v.author && held.siteUuid == v.authorSiteUuid
        && held.payload == v.payload && sortedParentTexts(held.parents) == sortedParentTexts(v.parents);
}

std::vector<std::string> sortedUnique(std::vector<std::string> list)
{
    std::sort(list.begin(), list.end());
    list.erase(std::unique(list.begin(), list.end()), list.end());
    return list;
}

} // namespace

base::Result<RemoteApplyReport> RemoteVersionApplier::apply(const std::vector<journal::JournalVersion>& versions,
                                                            const std::string& fromSiteUuid, Options options)
{
    if (!m_store.m_site)
        return base::Error::make(base::ErrorCode::NotInitialised);
    if (auto st = m_store.require(security::Permission::ExchangeRecords); !st)
        return st.error();
    const std::int64_t now = m_store.m_clock.nowMillis();
    auto batch = checkBatch(versions, now);
    if (!batch)
        return batch.error();

    auto tx = db::Transaction::beginImmediate(m_store.m_connection);
    if (!tx)
        return tx.error();
    auto& cache = m_store.m_statements;
    BatchWork work(cache, m_store.m_connection);
    Projection projection(cache);
    RemoteApplyReport report;
    report.received = versions.size();
    std::set<std::string> opened;
    std::set<std::string> closed;
    std::int64_t newestHlc = 0;
    const std::string& ownOrigin = m_store.m_site->incarnation;

    for (const auto& in : *batch) {
        const auto& v = *in.version;
        const std::string id = v.id.text();
        auto held = work.held(v.id);
        if (!held)
            return held.error();
        if (*held) {
            if (!sameVersion(**held, v))
                return makeSyncError(SyncError::VersionMismatch, id, siteOf(v));
            ++report.alreadyHeld;
            continue;
        }
        if (v.id.origin == ownOrigin)
            return makeSyncError(SyncError::UnknownOwnVersion, id, siteOf(v));

        std::set<std::int64_t> parentSeqs;
        for (const auto& p : v.parents) {
            auto parent = work.held(p);
            if (!parent)
                return parent.error();
            if (!*parent)
                return makeSyncError(SyncError::MissingParent, id, siteOf(v)).withHint(p.text());
            if ((*parent)->recordId != v.recordId)
                return makeSyncError(SyncError::MalformedVersion, id, siteOf(v)).withHint(p.text());
            parentSeqs.insert((*parent)->seq);
        }

        auto origin = work.originKey(v.id.origin, true);
        if (!origin)
            return origin.error();
        auto site = work.siteKey(v.authorSiteUuid, v.authorSiteName);
        if (!site)
            return site.error();
        auto heads = work.headsOf(in.type, v.recordId);
        if (!heads)
            return heads.error();

        auto ins = cache.get("INSERT INTO journal (origin, counter, record_id, record_type, patient_id, hlc, "
                             "parents, author, author_site, payload) VALUES (?,?,?,?,?,?,?,?,?,?)");
        if (!ins)
            return ins.error();
        auto& s = **ins;
        s.bind(1, *origin).bind(2, v.id.counter).bind(3, v.recordId).bind(4, v.recordType);
        s.bindTextOrNull(5, v.patientId).bind(6, v.hlc).bind(7, parentsText(v.parents)).bind(8, v.author);
        s.bind(9, *site).bind(10, v.payload);
        if (auto r = s.run(); !r)
            return r.error();
        const std::int64_t seq = m_store.m_connection.lastInsertRowId();
        ++report.applied;
        newestHlc = std::max(newestHlc, v.hlc);

        // The new heads: the old ones this version does not supersede, and the version itself.
        std::vector<std::int64_t> newHeads;
        for (auto h : heads->seqs)
            if (!parentSeqs.count(h))
                newHeads.push_back(h);
        newHeads.push_back(seq);

        std::int64_t shown = seq;
        const RecordValue* shownValue = &in.value;
        std::optional<RecordValue> winnerValue;
        if (newHeads.size() > 1) {
            std::vector<journal::ProvisionalWinner::Candidate> order;
            std::vector<std::string> payloads;
            for (auto h : newHeads) {
                auto c = work.candidate(h);
                if (!c)
                    return c.error();
                order.push_back(c->order);
                payloads.push_back(std::move(c->payload));
            }
            const auto best = journal::ProvisionalWinner::indexOf(order);
            shown = newHeads[best];
            if (shown != seq) {
                winnerValue = decodeRecordValue(in.type, v.recordId, json::parse(payloads[best], nullptr, false));
                if (!winnerValue)
                    return base::Error::make(base::ErrorCode::DatabaseCorrupt, "journal", std::to_string(shown));
                shownValue = &*winnerValue;
            }
            if (auto r = work.listConflict(in, newHeads, heads->listed, now); !r)
                return r.error();
            if (!heads->listed)
                opened.insert(v.recordId);
        } else if (heads->listed) {
            if (auto r = work.closeConflict(v.recordId); !r)
                return r.error();
            closed.insert(v.recordId);
        }

        if (!heads->current || *heads->current != shown) {
            if (auto r = projection.apply(*shownValue, shown, false); !r) {
                if (r.error().detail.find("FOREIGN KEY constraint failed") != std::string::npos)
                    return makeSyncError(SyncError::MissingPatient, id, siteOf(v)).withHint(v.patientId);
                return r.error();
            }
            report.recordsChanged.push_back(v.recordId);
            if (!v.patientId.empty())
                report.patientsChanged.push_back(v.patientId);
        }
    }

    // This site's next version must come after everything it has now seen.
    if (newestHlc > 0) {
        auto clock = cache.get("UPDATE clock_state SET last_hlc = max(last_hlc, ?) WHERE id = 1");
        if (!clock)
            return clock.error();
        (*clock)->bind(1, newestHlc);
        if (auto r = (*clock)->run(); !r)
            return r.error();
    }

    // A conflict opened and closed within the batch is neither.
    for (const auto& r : opened)
        if (!closed.count(r))
            report.conflictsOpened.push_back(r);
    for (const auto& r : closed)
        if (!opened.count(r))
            report.conflictsClosed.push_back(r);
    report.recordsChanged = sortedUnique(std::move(report.recordsChanged));
    report.patientsChanged = sortedUnique(std::move(report.patientsChanged));

    json detail = {{"fromSite", fromSiteUuid},
                   {"received", report.received},
                   {"applied", report.applied},
                   {"alreadyHeld", report.alreadyHeld},
                   {"conflictsOpened", report.conflictsOpened},
                   {"conflictsClosed", report.conflictsClosed}};
    auto audit = m_store.appendAudit("apply-remote-versions", {}, detail.dump(), m_store.m_user->username);
    if (!audit)
        return audit.error();
    if (options.dryRun)
        return report; // the transaction rolls back: nothing written, audit included
    report.auditSeq = *audit;
    if (auto r = tx->commit(); !r)
        return r.error();
    return report;
}

} // namespace carehouse::record
