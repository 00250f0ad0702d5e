#pragma once

#include "core/base/Result.h"

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

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
// arrived. More than kMaxVersionsPerFile versions go in several files ("parts"), each one whole
// and verified on its own, meant to be imported in order (their times and names sort that way). Needs ExchangeRecords
// and the site key passphrase; audited ("export-to-peer").
class ExchangeExport
{
public:
    // A first exchange of a whole area is millions of versions: it goes in parts of at most this
    // many versions, each a file of its own (about 35 MB), so memory stays bounded on both sides.
    static constexpr std::size_t kMaxVersionsPerFile = 20'000;

    struct Written
    {
        std::string path; // the first (usually the only) file
        std::vector<std::string> files; // every part, in the order they must be imported
        std::string peerSiteId;
        std::string peerName;
        std::size_t versions = 0;
        std::size_t people = 0; // distinct people the versions belong to
        std::size_t withheld = 0; // versions of people the peer may not have
        std::uint64_t bytes = 0;
    };
    // Called as the file is built; returning false cancels (nothing is written).
    using Progress = std::function<bool(std::size_t done, std::size_t total)>;

    explicit ExchangeExport(record::RecordStore& store, std::size_t maxVersionsPerFile = kMaxVersionsPerFile)
        : m_store(store)
        , m_maxVersionsPerFile(maxVersionsPerFile == 0 ? kMaxVersionsPerFile : maxVersionsPerFile)
    {
    }

    base::Result<Written> toPeer(const std::string& peer, const std::string& folder, std::string_view passphrase,
                                 const Progress& progress = {});

    // "carehouse-<from>-to-<to>-<yyyymmddThhmmssmmm>.chx": sorts by time, says who it is for (the
    // file written adds the first characters of its file id before ".chx").
    static std::string fileName(const std::string& fromSiteId, const std::string& toSiteId, std::int64_t millis);

private:
    record::RecordStore& m_store;
    std::size_t m_maxVersionsPerFile;
};

} // namespace carehouse::exchange
