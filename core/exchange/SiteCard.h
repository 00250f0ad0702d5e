#pragma once

#include "core/base/Result.h"
#include "core/exchange/EnvelopeWriter.h"
#include "core/security/KeyFingerprint.h"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace carehouse::security {
class SiteKeys;
}

namespace carehouse::exchange {

// What a site hands to a peer so the peer can verify its files and encrypt files to it:
//
//   {
//     "type": "carehouse-site-card",
//     "formatVersion": 1,
//     "siteId": "0190c3c4-...",                 UUID
//     "siteName": "Brick Lane Surgery",
//     "organisation": {"name": "...", "odsCode": "F84001"},   odsCode may be ""
//     "signingPublicKey": "<base64, 32 bytes>",              Ed25519
//     "encryptionPublicKey": "<base64, 32 bytes>",           X25519
//     "fingerprint": "<64 hex digits>",                      KeyFingerprint::of(the two keys)
//     "createdAt": "2026-11-23T12:00:00Z"                    UTC, whole seconds
//   }
//
// parse() refuses, each with its own ExchangeError: text that is not a JSON object or not a
// site card (CardMalformed), a newer formatVersion (CardTooNew), a missing field
// (CardMissingField, field = its JSON path), a wrong type or invalid value (CardWrongType),
// a key that is not base64 or a fingerprint that is not hex (CardBadEncoding), a key of the
// wrong length (CardBadKeyLength, value = bytes decoded), and a fingerprint that is not the
// keys' (CardFingerprintMismatch, value = the card's, hint = the keys').
struct SiteCard
{
    static constexpr int kFormatVersion = 1;
    static constexpr std::size_t kMaxTextBytes = 64 * 1024;
    static constexpr std::size_t kMaxNameLength = 200;
    static constexpr std::size_t kMaxOdsCodeLength = 16;

    std::string siteId;
    std::string siteName;
    std::string organisationName;
    std::string odsCode;
    security::SigningPublicKey signingPublicKey{};
    security::EncryptionPublicKey encryptionPublicKey{};
    security::KeyFingerprint fingerprint;
    std::int64_t createdAtMillis = 0; // whole seconds: the card carries no milliseconds

    static SiteCard forSite(std::string siteId, std::string siteName, std::string organisationName, std::string odsCode,
                            const security::SiteKeys& keys, std::int64_t createdAtMillis);

    nlohmann::json toJson() const;
    std::string toText() const; // pretty-printed JSON with a final newline
    static base::Result<SiteCard> parse(std::string_view text);
    static base::Result<SiteCard> fromJson(const nlohmann::json& json);

    // The card as an envelope recipient.
    EnvelopeRecipientKey recipient() const;
};

// "2026-11-23T12:00:00Z" for a Unix time in ms (truncated to the second), and back.
std::string formatUtcSeconds(std::int64_t millis);
std::optional<std::int64_t> parseUtcSeconds(std::string_view text);

} // namespace carehouse::exchange
