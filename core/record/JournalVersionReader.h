#pragma once

#include "core/base/Result.h"
#include "core/journal/JournalVersion.h"
#include "core/journal/VersionVector.h"

#include <functional>
#include <optional>
#include <vector>

namespace carehouse::record {

class RecordStore;

// Reads the journal as portable versions, for sending to a peer and for acknowledging what this
// site holds.
class JournalVersionReader
{
public:
    explicit JournalVersionReader(RecordStore& store)
        : m_store(store)
    {
    }

    // Every version this site holds, site-local ones included (a peer never holds those, so they
    // never travel; it does no harm to acknowledge them).
    base::Result<journal::VersionVector> heldVector();
    // Every version held here, of the record types that travel between sites, that `peerHolds`
    // does not cover, in this site's journal order (a causal order). Needs ExchangeRecords.
    base::Result<std::vector<journal::JournalVersion>> notCoveredBy(const journal::VersionVector& peerHolds);
    // The same versions one at a time, in journal order, through bounded memory (a first exchange
    // of an area is millions of versions): `take` returns false to stop early.
    base::Status eachNotCoveredBy(const journal::VersionVector& peerHolds,
                                  const std::function<bool(journal::JournalVersion&&)>& take);
    // One version, if held.
    base::Result<std::optional<journal::JournalVersion>> version(const journal::VersionId& id);

private:
    RecordStore& m_store;
};

} // namespace carehouse::record
