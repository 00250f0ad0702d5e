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
    // Whether a version of this person may go to the peer (its sharing rule); empty: everyone.
    using MayTravel = std::function<bool(const std::string& patientId)>;
    // Where the versions a peer lacks are: their journal positions in journal order (a causal
    // order), and how many more it lacks that `mayTravel` keeps here. Reads the gaps in what the
    // peer holds through the (origin, counter) index, never the whole journal, and no payloads,
    // so it also counts what is waiting for a peer. Needs ExchangeRecords.
    struct NotCovered
    {
        std::vector<std::int64_t> seqs;
        std::size_t withheld = 0;
    };
    base::Result<NotCovered> notCoveredPositions(const journal::VersionVector& peerHolds,
                                                 const MayTravel& mayTravel = {});
    // Every version held here, of the record types that travel between sites, that `peerHolds`
    // does not cover, in this site's journal order. Needs ExchangeRecords.
    base::Result<std::vector<journal::JournalVersion>> notCoveredBy(const journal::VersionVector& peerHolds);
    // The same versions one at a time, those of people `mayTravel` refuses left out, through
    // bounded memory (a first exchange of an area is millions of versions): `take` returns false
    // to stop early. Gives how many were left out.
    base::Result<std::size_t> eachNotCoveredBy(const journal::VersionVector& peerHolds,
                                               const std::function<bool(journal::JournalVersion&&)>& take,
                                               const MayTravel& mayTravel = {});
    // One version, if held.
    base::Result<std::optional<journal::JournalVersion>> version(const journal::VersionId& id);

private:
    base::Result<std::vector<std::pair<std::int64_t, std::string>>> origins();

    RecordStore& m_store;
};

} // namespace carehouse::record
