#pragma once

#include "core/base/Result.h"
#include "core/exchange/SiteCard.h"
#include "core/security/KeyFingerprint.h"
#include "core/security/RandomSource.h"
#include "core/security/SiteKeys.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace carehouse::record {
class RecordStore;
}

namespace carehouse::exchange {

// One of this site's key pairs as stored: public halves and times (the secret halves only ever
// sealed, in site_key.sealed).
struct SiteKeyInfo
{
    std::int64_t id = 0;
    security::KeyFingerprint fingerprint;
    security::SigningPublicKey signingKey{};
    security::EncryptionPublicKey encryptionKey{};
    std::int64_t createdAt = 0;
    std::string createdBy;
    std::optional<std::int64_t> retiredAt; // set once a rotation replaced it
    bool current() const { return !retiredAt; }
};

// Who this site is to its peers: the organisation on its site card.
struct SiteOrganisation
{
    std::string name;
    std::string odsCode; // NHS ODS code, e.g. "F84001"; may be empty
};

// This site's exchange keys (issue 7 §1), in the site_key table: each key pair sealed under the
// site key passphrase (SiteKeys::seal, Argon2id) and never stored in plain text. A rotation
// makes a new current pair and retires the old one without deleting it, so files sealed to an
// old key stay readable; every key is sealed under the same passphrase. Creating, rotating,
// re-sealing under a new passphrase and changing the organisation need ManagePeers and are
// audited (RecordStore::auditedChange). Reading the public halves (the site card) needs no
// passphrase; unlocking the secret halves needs it, and a wrong one is BadCredentials
// ("site-keys-wrong-passphrase").
class SiteKeyStore
{
public:
    explicit SiteKeyStore(record::RecordStore& store, security::KeySealCost cost = {},
                          security::RandomSource& random = security::SystemRandom::instance());

    base::Result<bool> hasKeys() const;
    // The first key pair; SiteKeysExist if there is one already (rotate instead).
    base::Result<SiteKeyInfo> create(std::string_view passphrase);
    // The current key pair, created first if there is none (the "first use" of the keys). An
    // existing pair is returned without checking the passphrase.
    base::Result<SiteKeyInfo> ensure(std::string_view passphrase);
    // A new current key pair; the old one is retired, kept and still opens older files. The
    // passphrase must open the current key.
    base::Result<SiteKeyInfo> rotate(std::string_view passphrase);
    // Re-seals every key (current and retired) under a new passphrase.
    base::Status changePassphrase(std::string_view oldPassphrase, std::string_view newPassphrase);

    base::Result<std::optional<SiteKeyInfo>> current() const;
    // Current first, then the retired ones, newest first.
    base::Result<std::vector<SiteKeyInfo>> all() const;
    // The current key pair; NoSiteKeys if there is none.
    base::Result<security::SiteKeys> unlock(std::string_view passphrase) const;
    // Every key pair, current first (for exchange::RecipientIdentity).
    base::Result<std::vector<security::SiteKeys>> unlockAll(std::string_view passphrase) const;

    // The organisation on the card: as set, else the practice name setting or the site name
    // with no ODS code.
    base::Result<SiteOrganisation> organisation() const;
    base::Status setOrganisation(const SiteOrganisation& organisation);
    // This site's card: its id and name, organisation and current public keys, created at the
    // time the current keys were made. NoSiteKeys if there are none.
    base::Result<SiteCard> card() const;

private:
    base::Result<std::vector<std::pair<SiteKeyInfo, std::string>>> rows() const; // with the sealed blob
    base::Result<security::SiteKeys> unsealRow(const SiteKeyInfo& info, const std::string& sealedHex,
                                               std::string_view passphrase) const;
    base::Result<std::string> sealHex(const security::SiteKeys& keys, std::string_view passphrase) const;
    // Inside a transaction: the new current key (after retiring any other).
    base::Result<SiteKeyInfo> insertCurrent(const security::SiteKeys& keys, const std::string& sealedHex);

    record::RecordStore& m_store;
    security::KeySealCost m_cost;
    security::RandomSource& m_random;
};

} // namespace carehouse::exchange
