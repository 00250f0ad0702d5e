#pragma once

#include "core/base/Result.h"
#include "core/journal/JournalVersion.h"
#include "core/record/RemoteApplyReport.h"

#include <cstdint>
#include <string>
#include <vector>

namespace carehouse::record {

class RecordStore;

// Applies versions made at other sites to this record, in one transaction: all of them or none.
//
// For each version, oldest hybrid-logical-clock time first (a version's time is always after its
// parents' and after the person's record it belongs to, so this order is causal):
//  - a version already held is skipped (re-applying a batch changes nothing); one held with
//    different content under the same id is refused;
//  - it is refused when its time is more than kDriftLimitMillis ahead of this site's clock, when
//    a parent is neither held nor earlier in the batch, when the person it belongs to is not held,
//    and for record types that never leave their site (staff accounts, unmatched results);
//  - it is written to the journal as its origin made it; the record's heads become the old heads
//    less the new version's parents, plus the new version;
//  - one head: that version is the current row (a conflict still open is closed). Several heads:
//    the record is listed in record_conflict with them, and the current row is the provisional
//    winner (journal::ProvisionalWinner); the other heads stay in the journal.
// The local clock is advanced past every applied time, so this site's next version comes after
// everything it has seen. One audit entry ("apply-remote-versions") names the sending site.
//
// The versions' own authors were checked where they were made; applying needs a logged-in user
// with Permission::ExchangeRecords.
class RemoteVersionApplier
{
public:
    static constexpr std::int64_t kDriftLimitMillis = 60LL * 60 * 1000; // one hour

    struct Options
    {
        bool dryRun = false; // work it all out, report it, and roll back (nothing written, audit included)
    };

    explicit RemoteVersionApplier(RecordStore& store)
        : m_store(store)
    {
    }

    // `fromSiteUuid` is the site the batch came from (which may be relaying other sites' versions).
    base::Result<RemoteApplyReport> apply(const std::vector<journal::JournalVersion>& versions,
                                          const std::string& fromSiteUuid, Options options);
    base::Result<RemoteApplyReport> apply(const std::vector<journal::JournalVersion>& versions,
                                          const std::string& fromSiteUuid)
    {
        return apply(versions, fromSiteUuid, Options{});
    }

private:
    RecordStore& m_store;
};

} // namespace carehouse::record
