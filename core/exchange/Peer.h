#pragma once

#include "core/exchange/EnvelopeWriter.h"
#include "core/security/KeyFingerprint.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace carehouse::exchange {

// Which of this site's people may go to a peer (issue 7 §2; the rule is SharingRule's).
enum class SharingScope
{
    Consented, // everyone whose recorded sharing consent covers the peer's organisation
    Referred, // only people with an open referral to a service the peer provides
    All, // everyone whose consent does not forbid it (another site of the same care team)
    List, // only the people on the peer's explicit list (peer_patient)
};
std::string_view sharingScopeCode(SharingScope scope); // "consented", "referred", "all", "list"
std::optional<SharingScope> sharingScopeFromCode(std::string_view code);

// One signing/encryption key pair a peer has had. The current one has no replacedAt; a key
// replaced by a rotation still verifies the peer's files created before replacedAt (the time
// the new keys were made); a revoked peer's keys verify only files created before revokedAt.
struct PeerKey
{
    security::KeyFingerprint fingerprint;
    security::SigningPublicKey signingKey{};
    security::EncryptionPublicKey encryptionKey{};
    std::int64_t cardCreatedAt = 0;
    std::int64_t addedAt = 0;
    std::string addedBy;
    std::optional<std::int64_t> replacedAt;
    std::optional<std::int64_t> revokedAt;
    // Files created at or after this are refused (nullopt: none are).
    std::optional<std::int64_t> refusedFrom() const;
};

// A site this one exchanges records with, as added from its site card.
struct Peer
{
    std::int64_t key = 0; // row id
    std::string siteId;
    std::string name;
    std::string organisationName;
    std::string odsCode;
    security::SigningPublicKey signingKey{}; // current keys
    security::EncryptionPublicKey encryptionKey{};
    security::KeyFingerprint fingerprint;
    std::int64_t cardCreatedAt = 0;
    SharingScope sharing = SharingScope::Consented;
    std::vector<std::string> serviceIds; // services directory ids the peer provides (for Referred)
    std::int64_t addedAt = 0;
    std::string addedBy;
    std::optional<std::int64_t> revokedAt;
    std::string revokedBy;
    std::string revokeReason;
    // Exchange status, kept by the sync engine.
    std::optional<std::int64_t> lastSentAt;
    std::optional<std::int64_t> lastReceivedAt;
    std::string lastError; // an error detail code, never a sentence
    std::optional<std::int64_t> lastErrorAt;

    bool revoked() const { return revokedAt.has_value(); }
    // The peer as a recipient of a file (its current encryption key).
    EnvelopeRecipientKey recipient() const { return {siteId, encryptionKey, fingerprint}; }
};

} // namespace carehouse::exchange
