#pragma once

#include "core/base/Result.h"
#include "core/exchange/ByteSink.h"
#include "core/exchange/EnvelopeHeader.h"
#include "core/security/KeyFingerprint.h"
#include "core/security/RandomSource.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace carehouse::security {
class SiteKeys;
}

namespace carehouse::exchange {

// Who a file is for: a peer's site id and encryption key (from its site card).
struct EnvelopeRecipientKey
{
    std::string siteId;
    security::EncryptionPublicKey encryptionKey{};
    security::KeyFingerprint keyId;
};

struct EnvelopeRequest
{
    std::vector<EnvelopeRecipientKey> recipients;
    std::int64_t createdAtMillis = 0;
    std::string metadata; // the sync engine's: sequence range, acknowledgements (opaque here)
    std::uint32_t chunkSize = format::kDefaultChunkSize;
};

// Deliberate defects for the broken test vectors: each gives a file correctly signed by the
// sender that a reader must still refuse. Never set outside tests.
enum class EnvelopeDefect
{
    None,
    LastChunkNotFinal, // -> MissingFinal
    FinalChunkEarly, // the first of several chunks tagged FINAL -> DataAfterFinal
    CorruptChunk, // the last chunk's ciphertext damaged before signing -> ChunkDecryptFailed
    DamagedSealedKey, // every sealed file key damaged before signing -> CannotUnsealKey
};

// Writes exchange file format version 1 (docs/exchange-format.md). The file id and the file
// key come from the injected RandomSource; libsodium draws the secretstream header and the
// sealed boxes' ephemeral keys itself.
class EnvelopeWriter
{
public:
    EnvelopeWriter(std::string senderSiteId, const security::SiteKeys& senderKeys,
                   security::RandomSource& random = security::SystemRandom::instance());

    base::Result<EnvelopeHeader> write(ByteSink& out, const EnvelopeRequest& request, std::string_view body) const;
    base::Result<std::string> writeToString(const EnvelopeRequest& request, std::string_view body) const;
    // Atomic and verified: writes a temporary file in the same folder, fsyncs it, reads it back
    // and verifies it as a reader would (structure, signer, signature), and only then renames
    // it onto `path` and syncs the folder. A refused rename is PublishFailed; nothing is left
    // behind on any failure.
    base::Result<EnvelopeHeader> writeFile(const std::string& path, const EnvelopeRequest& request,
                                           std::string_view body) const;

    void setDefectForTestVectors(EnvelopeDefect defect) { m_defect = defect; }

private:
    std::string m_senderSiteId;
    const security::SiteKeys& m_keys;
    security::RandomSource* m_random;
    EnvelopeDefect m_defect = EnvelopeDefect::None;
};

} // namespace carehouse::exchange
