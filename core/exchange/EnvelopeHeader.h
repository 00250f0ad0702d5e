#pragma once

#include "core/base/Result.h"
#include "core/exchange/EnvelopeFormat.h"
#include "core/security/KeyFingerprint.h"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace carehouse::exchange {

// One recipient of an exchange file: its site id, the key id (fingerprint) of the key pair the
// file key was sealed to, and the file key sealed with crypto_box_seal.
struct EnvelopeRecipient
{
    std::string siteId;
    security::KeyFingerprint keyId;
    std::array<unsigned char, format::kSealedKeyBytes> sealedFileKey{};
};

// The header of an exchange file: everything between the 16-byte prelude and the body.
// encode() and decode() are exact inverses over format version 1's header bytes.
struct EnvelopeHeader
{
    std::uint16_t formatVersion = format::kVersion; // from the prelude; not part of encode()
    std::string senderSiteId;
    security::KeyFingerprint senderKeyId;
    std::array<unsigned char, format::kFileIdBytes> fileId{};
    std::int64_t createdAtMillis = 0;
    std::uint32_t chunkSize = format::kDefaultChunkSize;
    std::uint64_t bodyLength = 0; // plaintext bytes
    std::vector<EnvelopeRecipient> recipients;
    std::string metadata; // opaque to the envelope: the sync engine's sequence range and acks

    std::string fileIdHex() const;
    const EnvelopeRecipient* recipientFor(std::string_view siteId) const;

    std::string encode() const;
    // Errors: HeaderMalformed (field names the part), SizeLimitExceeded (recipients, metadata).
    static base::Result<EnvelopeHeader> decode(std::string_view bytes);
};

// A site id as the envelope accepts it: 1 to 64 bytes of printable ASCII.
bool isValidEnvelopeSiteId(std::string_view siteId);

} // namespace carehouse::exchange
