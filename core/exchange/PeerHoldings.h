#pragma once

#include "core/base/Result.h"
#include "core/journal/VersionVector.h"

#include <string>

namespace carehouse::record {
class RecordStore;
}

namespace carehouse::exchange {

// What each peer has told this site it holds (the version vector inside every file it sends):
// an export to the peer carries every version this vector does not cover. Only ever grows, so an
// old file arriving late cannot make this site forget what the peer acknowledged since.
class PeerHoldings
{
public:
    explicit PeerHoldings(record::RecordStore& store)
        : m_store(store)
    {
    }

    base::Result<journal::VersionVector> of(const std::string& peerSiteId) const;
    base::Status merge(const std::string& peerSiteId, const journal::VersionVector& holds);

private:
    record::RecordStore& m_store;
};

} // namespace carehouse::exchange
