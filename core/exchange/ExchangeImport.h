#pragma once

#include "core/base/Result.h"
#include "core/record/RemoteApplyReport.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace carehouse::record {
class RecordStore;
}

namespace carehouse::exchange {

// One exchange file from a peer, applied (issue 7 §3), in this order: the signature is checked
// against a known peer's key that was not revoked when the file was made; the file must be for
// this site; it is decrypted (its last chunk FINAL and nothing after it); the Bundle must be
// CareHouse's exchange profile and name the same sender and this site; then every version is
// applied in one transaction, or none (record::RemoteVersionApplier), and what the peer says it
// holds is kept for the next export to it. Any refusal leaves the record untouched and is
// returned with its own reason; a file still being written (too short for what its signed
// header declares) is exchange::ExchangeError::Incomplete, which isRetryable() says to try
// again later rather than set aside. The same file applied twice changes nothing the second time.
// Needs ExchangeRecords and the site key passphrase (to decrypt). A refused file is audited
// ("refuse-exchange-file", with the file name and the reason); an applied one is audited by the
// applier ("apply-remote-versions").
class ExchangeImport
{
public:
    struct Applied
    {
        std::string path;
        std::string fromSiteId;
        std::string fromName;
        std::int64_t createdAtMillis = 0;
        record::RemoteApplyReport report;
        // People who arrived (or changed) with an NHS number another record here already has:
        // offered to a clinician to compare and link, never merged (record::PossibleDuplicates).
        std::vector<std::string> possibleDuplicates;
    };

    explicit ExchangeImport(record::RecordStore& store)
        : m_store(store)
    {
    }

    base::Result<Applied> file(const std::string& path, std::string_view passphrase);

private:
    base::Result<Applied> apply(const std::string& path, std::string_view passphrase);

    record::RecordStore& m_store;
};

} // namespace carehouse::exchange
