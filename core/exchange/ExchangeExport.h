#pragma once

#include "core/base/Result.h"

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace carehouse::record {
class RecordStore;
}

namespace carehouse::exchange {

// One export to one peer (issue 7 §3): every version the peer has not acknowledged, of the people
// its sharing rule lets it have (and the records that belong to no one, such as questionnaire
// definitions), with what this site holds (so the peer stops re-sending it), as one exchange
// file in `folder`. The file is written to a temporary name, read back and verified, and only
// then renamed into place; a folder that refuses the rename is an error and leaves no file.
// A file is written even with no new versions: its acknowledgement still tells the peer what
// arrived. Needs ExchangeRecords and the site key passphrase; audited ("export-to-peer").
class ExchangeExport
{
public:
    struct Written
    {
        std::string path;
        std::string peerSiteId;
        std::string peerName;
        std::size_t versions = 0;
        std::size_t people = 0; // distinct people the versions belong to
        std::size_t withheld = 0; // versions of people the peer may not have
        std::uint64_t bytes = 0;
    };
    // Called as the file is built; returning false cancels (nothing is written).
    using Progress = std::function<bool(std::size_t done, std::size_t total)>;

    explicit ExchangeExport(record::RecordStore& store)
        : m_store(store)
    {
    }

    base::Result<Written> toPeer(const std::string& peer, const std::string& folder, std::string_view passphrase,
                                 const Progress& progress = {});

    // "carehouse-<from>-to-<to>-<yyyymmddThhmmssmmm>.chx": sorts by time, says who it is for (the
    // file written adds the first characters of its file id before ".chx").
    static std::string fileName(const std::string& fromSiteId, const std::string& toSiteId, std::int64_t millis);

private:
    record::RecordStore& m_store;
};

} // namespace carehouse::exchange
