#include "core/record/ConflictBook.h"

#include "core/db/StatementCache.h"
#include "core/journal/HybridLogicalClock.h"
#include "core/journal/ProvisionalWinner.h"
#include "core/journal/SyncError.h"
#include "core/record/RecordStore.h"
#include "core/record/RecordValueDecoder.h"

#include <algorithm>
#include <set>

namespace carehouse::record {

using journal::makeSyncError;
using journal::SyncError;

std::string_view conflictKindCode(RecordConflict::Kind kind)
{
    return kind == RecordConflict::Kind::EditMeetsRetirement ? "edit-meets-retirement" : "concurrent-edits";
}

namespace {

std::vector<std::string> differingKeys(const std::vector<ConflictVersion>& heads)
{
    std::set<std::string> keys;
    for (const auto& h : heads)
        if (h.payload.is_object())
            for (auto it = h.payload.begin(); it != h.payload.end(); ++it)
                keys.insert(it.key());
    std::vector<std::string> out;
    for (const auto& key : keys) {
        const auto value = [&](const ConflictVersion& h) {
            return h.payload.is_object() && h.payload.contains(key) ? h.payload.at(key) : nlohmann::json();
        };
        const auto first = value(heads.front());
        if (std::any_of(heads.begin() + 1, heads.end(), [&](const ConflictVersion& h) { return value(h) != first; }))
            out.push_back(key);
    }
    return out;
}

} // namespace

base::Result<std::vector<RecordConflict>> ConflictBook::read(const std::string& where, const std::string& key)
{
    if (auto st = m_store.require(security::Permission::ViewRecord); !st)
        return st.error();
    auto list = m_store.connection().prepare(
        "SELECT record_id, record_type, COALESCE(patient_id, ''), opened_at FROM record_conflict " + where
        + " ORDER BY opened_at, record_id");
    if (!list)
        return list.error();
    if (!key.empty())
        list->bind(1, key);
    auto heads = m_store.statements().get(
        "SELECT j.seq, o.uuid, j.counter, j.hlc, j.author, COALESCE(u.display_name, ''), d.site_uuid, d.name, "
        "j.payload FROM record_conflict_head h JOIN journal j ON j.seq = h.seq JOIN origin o ON o.id = j.origin "
        "JOIN site_directory d ON d.id = j.author_site LEFT JOIN user_account u ON u.username = j.author "
        "AND d.site_uuid = ? WHERE h.record_id = ?");
    if (!heads)
        return heads.error();
    auto& h = **heads;
    std::vector<RecordConflict> out;
    while (true) {
        auto row = list->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        RecordConflict c;
        c.recordId = list->columnText(0);
        c.type = recordTypeFromCode(list->columnText(1)).value_or(RecordType::Patient);
        c.patientId = list->columnText(2);
        c.openedAt = list->columnInt64(3);
        h.bind(1, m_store.site().siteUuid).bind(2, c.recordId);
        while (true) {
            auto head = h.step();
            if (!head)
                return head.error();
            if (!*head)
                break;
            ConflictVersion v;
            v.seq = h.columnInt64(0);
            v.version = {h.columnText(1), h.columnInt64(2)};
            v.hlc = h.columnInt64(3);
            v.atMillis = journal::HybridLogicalClock::millisOf(v.hlc);
            v.author = h.columnText(4);
            v.authorName = h.columnText(5);
            v.siteUuid = h.columnText(6);
            v.siteName = h.columnText(7);
            v.payload = nlohmann::json::parse(h.columnText(8), nullptr, false);
            if (auto value = decodeRecordValue(c.type, c.recordId, v.payload))
                v.retired = isRetired(*value);
            c.heads.push_back(std::move(v));
        }
        h.reset();
        if (c.heads.empty())
            continue;
        std::sort(c.heads.begin(), c.heads.end(), [](const ConflictVersion& a, const ConflictVersion& b) {
            return journal::ProvisionalWinner::beats({a.version, a.hlc}, {b.version, b.hlc});
        });
        c.heads.front().shown = true;
        const bool anyRetired = std::any_of(c.heads.begin(), c.heads.end(), [](const auto& v) { return v.retired; });
        const bool anyInUse = std::any_of(c.heads.begin(), c.heads.end(), [](const auto& v) { return !v.retired; });
        c.kind = anyRetired && anyInUse ? RecordConflict::Kind::EditMeetsRetirement
                                        : RecordConflict::Kind::ConcurrentEdits;
        c.differingKeys = differingKeys(c.heads);
        out.push_back(std::move(c));
    }
    return out;
}

base::Result<std::vector<RecordConflict>> ConflictBook::open()
{
    return read({}, {});
}

base::Result<std::vector<RecordConflict>> ConflictBook::forPatient(const std::string& patientId)
{
    return read("WHERE patient_id = ?", patientId);
}

base::Result<std::optional<RecordConflict>> ConflictBook::forRecord(const std::string& recordId)
{
    auto found = read("WHERE record_id = ?", recordId);
    if (!found)
        return found.error();
    if (found->empty())
        return std::optional<RecordConflict>();
    return std::optional<RecordConflict>(std::move(found->front()));
}

base::Result<CommitResult> ConflictBook::resolve(const std::string& recordId, const journal::VersionId& keep,
                                                 const std::vector<journal::VersionId>& seenHeads)
{
    auto conflict = forRecord(recordId);
    if (!conflict)
        return conflict.error();
    if (!*conflict)
        return makeSyncError(SyncError::NoOpenConflict, recordId);
    const auto& c = **conflict;
    auto kept
        = std::find_if(c.heads.begin(), c.heads.end(), [&](const ConflictVersion& v) { return v.version == keep; });
    if (kept == c.heads.end())
        return makeSyncError(SyncError::NotAHead, recordId, keep.text());
    if (!seenHeads.empty()) {
        std::set<journal::VersionId> seen(seenHeads.begin(), seenHeads.end());
        std::set<journal::VersionId> now;
        for (const auto& v : c.heads)
            now.insert(v.version);
        if (seen != now)
            return base::Error::make(base::ErrorCode::StaleVersion, std::string(recordTypeCode(c.type)), recordId)
                .withDetail("another version arrived since the conflict was shown");
    }
    auto value = decodeRecordValue(c.type, recordId, kept->payload);
    if (!value)
        return base::Error::make(base::ErrorCode::DatabaseCorrupt, "journal", kept->version.text());
    RecordChange change{c.type, recordId, c.patientId, std::move(*value), false, c.heads.front().seq, true};
    ChangeSet changes("resolve-conflict", c.patientId);
    changes.add(std::move(change));
    return m_store.commit(changes);
}

} // namespace carehouse::record
