#include "core/exchange/PeerDirectory.h"

#include "core/exchange/ExchangeError.h"
#include "core/exchange/KeyText.h"
#include "core/exchange/PeerError.h"
#include "core/record/RecordStore.h"

#include <algorithm>
#include <limits>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>

namespace carehouse::exchange {

using base::Error;
using base::ErrorCode;

namespace {

constexpr const char* kPeerColumns
    = "SELECT id, site_uuid, name, organisation_name, ods_code, signing_key, encryption_key, fingerprint, "
      "card_created_at, sharing_rule, added_at, added_by, revoked_at, COALESCE(revoked_by, ''), "
      "COALESCE(revoke_reason, ''), last_sent_at, last_received_at, COALESCE(last_error, ''), last_error_at FROM peer ";

std::optional<std::int64_t> optionalInt(const db::Statement& s, int column)
{
    if (s.columnIsNull(column))
        return std::nullopt;
    return s.columnInt64(column);
}

std::string lowerCase(std::string s)
{
    for (auto& c : s)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return s;
}

// What a person typed, without spaces and hyphens, upper case.
std::string compact(std::string_view text)
{
    std::string out;
    for (char c : text) {
        if (c == ' ' || c == '-' || c == '\t')
            continue;
        out += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
    }
    return out;
}

} // namespace

PeerDirectory::PeerDirectory(record::RecordStore& store)
    : m_store(store)
{
}

bool PeerDirectory::fingerprintMatches(const security::KeyFingerprint& fingerprint, std::string_view spoken)
{
    const std::string typed = compact(spoken);
    if (typed.size() == 2 * security::KeyFingerprint::kBytes)
        return lowerCase(typed) == fingerprint.hex();
    return !typed.empty() && typed == compact(fingerprint.groups());
}

base::Result<std::vector<Peer>> PeerDirectory::query(const std::string& where, const std::string& bindValue) const
{
    auto st = m_store.connection().prepare(std::string(kPeerColumns) + where);
    if (!st)
        return st.error();
    if (!bindValue.empty())
        st->bind(1, bindValue);
    std::vector<Peer> out;
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        Peer p;
        p.key = st->columnInt64(0);
        p.siteId = st->columnText(1);
        p.name = st->columnText(2);
        p.organisationName = st->columnText(3);
        p.odsCode = st->columnText(4);
        auto signing = publicKeyOfHex(st->columnText(5));
        auto encryption = publicKeyOfHex(st->columnText(6));
        auto fingerprint = security::KeyFingerprint::fromHex(st->columnText(7));
        auto sharing = sharingScopeFromCode(st->columnText(9));
        if (!signing || !encryption || !fingerprint || !sharing)
            return Error::make(ErrorCode::DatabaseCorrupt, "peer", p.siteId);
        p.signingKey = *signing;
        p.encryptionKey = *encryption;
        p.fingerprint = *fingerprint;
        p.cardCreatedAt = st->columnInt64(8);
        p.sharing = *sharing;
        p.addedAt = st->columnInt64(10);
        p.addedBy = st->columnText(11);
        p.revokedAt = optionalInt(*st, 12);
        p.revokedBy = st->columnText(13);
        p.revokeReason = st->columnText(14);
        p.lastSentAt = optionalInt(*st, 15);
        p.lastReceivedAt = optionalInt(*st, 16);
        p.lastError = st->columnText(17);
        p.lastErrorAt = optionalInt(*st, 18);
        out.push_back(std::move(p));
    }
    for (auto& p : out)
        if (auto s = loadServices(p); !s)
            return s.error();
    return out;
}

base::Status PeerDirectory::loadServices(Peer& peer) const
{
    auto st = m_store.connection().prepare("SELECT service_id FROM peer_service WHERE peer = ? ORDER BY service_id");
    if (!st)
        return st.error();
    st->bind(1, peer.key);
    peer.serviceIds.clear();
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            return {};
        peer.serviceIds.push_back(st->columnText(0));
    }
}

base::Result<std::optional<Peer>> PeerDirectory::bySiteId(const std::string& siteId) const
{
    auto found = query("WHERE site_uuid = ?", siteId);
    if (!found)
        return found.error();
    if (found->empty())
        return std::optional<Peer>();
    return std::optional<Peer>(found->front());
}

base::Result<std::vector<Peer>> PeerDirectory::list() const
{
    return query("ORDER BY name COLLATE NOCASE, site_uuid", {});
}

base::Result<Peer> PeerDirectory::find(const std::string& siteIdOrName) const
{
    if (auto exact = bySiteId(lowerCase(siteIdOrName)); !exact)
        return exact.error();
    else if (*exact)
        return **exact;
    auto all = list();
    if (!all)
        return all.error();
    std::vector<const Peer*> matches;
    const std::string wanted = lowerCase(siteIdOrName);
    for (const auto& p : *all)
        if (!wanted.empty() && (lowerCase(p.name) == wanted || lowerCase(p.odsCode) == wanted))
            matches.push_back(&p);
    if (matches.empty())
        return makePeerError(PeerError::UnknownPeer, siteIdOrName);
    if (matches.size() > 1) {
        std::string ids;
        for (const auto* p : matches)
            ids += (ids.empty() ? "" : ", ") + p->siteId;
        return makePeerError(PeerError::AmbiguousPeer, siteIdOrName, ids);
    }
    return *matches.front();
}

base::Result<std::vector<PeerKey>> PeerDirectory::keys(const std::string& siteId) const
{
    auto st = m_store.connection().prepare(
        "SELECT k.fingerprint, k.signing_key, k.encryption_key, k.card_created_at, k.added_at, k.added_by, "
        "k.replaced_at, k.revoked_at FROM peer_key k JOIN peer p ON p.id = k.peer WHERE p.site_uuid = ? "
        "ORDER BY k.replaced_at IS NOT NULL, k.card_created_at DESC, k.id DESC");
    if (!st)
        return st.error();
    st->bind(1, siteId);
    std::vector<PeerKey> out;
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            return out;
        PeerKey k;
        auto fingerprint = security::KeyFingerprint::fromHex(st->columnText(0));
        auto signing = publicKeyOfHex(st->columnText(1));
        auto encryption = publicKeyOfHex(st->columnText(2));
        if (!fingerprint || !signing || !encryption)
            return Error::make(ErrorCode::DatabaseCorrupt, "peer_key", siteId);
        k.fingerprint = *fingerprint;
        k.signingKey = *signing;
        k.encryptionKey = *encryption;
        k.cardCreatedAt = st->columnInt64(3);
        k.addedAt = st->columnInt64(4);
        k.addedBy = st->columnText(5);
        k.replacedAt = optionalInt(*st, 6);
        k.revokedAt = optionalInt(*st, 7);
        out.push_back(std::move(k));
    }
}

base::Status PeerDirectory::writeServices(std::int64_t peerKey, const std::vector<std::string>& serviceIds)
{
    auto clear = m_store.connection().prepare("DELETE FROM peer_service WHERE peer = ?");
    if (!clear)
        return clear.error();
    clear->bind(1, peerKey);
    if (auto r = clear->run(); !r)
        return r;
    auto ins = m_store.connection().prepare("INSERT OR IGNORE INTO peer_service (peer, service_id) VALUES (?, ?)");
    if (!ins)
        return ins.error();
    for (const auto& id : serviceIds) {
        if (id.empty())
            continue;
        ins->bind(1, peerKey).bind(2, id);
        if (auto r = ins->run(); !r)
            return r;
    }
    return {};
}

base::Status PeerDirectory::insertKey(std::int64_t peerKey, const SiteCard& card, std::int64_t at,
                                      const std::string& by)
{
    auto ins = m_store.connection().prepare("INSERT INTO peer_key (peer, fingerprint, signing_key, encryption_key, "
                                            "card_created_at, added_at, added_by) VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!ins)
        return ins.error();
    ins->bind(1, peerKey).bind(2, card.fingerprint.hex()).bind(3, hexOf(card.signingPublicKey));
    ins->bind(4, hexOf(card.encryptionPublicKey)).bind(5, card.createdAtMillis).bind(6, at).bind(7, by);
    return ins->run();
}

base::Result<AddPeerResult> PeerDirectory::add(const AddPeerRequest& request)
{
    const SiteCard& card = request.card;
    if (auto st = m_store.require(security::Permission::ManagePeers); !st)
        return st.error();
    if (request.confirmedFingerprint.empty())
        return makePeerError(PeerError::FingerprintNotConfirmed, card.fingerprint.groups());
    if (!fingerprintMatches(card.fingerprint, request.confirmedFingerprint))
        return makePeerError(PeerError::FingerprintMismatch, request.confirmedFingerprint, card.fingerprint.groups());
    // A card read from JSON has had its fingerprint checked against its keys; one built in code
    // is checked here, so a peer is never stored under a fingerprint that is not its keys'.
    if (!(security::KeyFingerprint::of(card.signingPublicKey, card.encryptionPublicKey) == card.fingerprint))
        return makeExchangeError(ExchangeError::CardFingerprintMismatch, "fingerprint", card.fingerprint.hex())
            .withHint(security::KeyFingerprint::of(card.signingPublicKey, card.encryptionPublicKey).hex());
    if (lowerCase(card.siteId) == lowerCase(m_store.site().siteUuid))
        return makePeerError(PeerError::AddingSelf, card.siteId);
    {
        auto own = m_store.connection().prepare("SELECT 1 FROM site_key WHERE fingerprint = ?");
        if (!own)
            return own.error();
        own->bind(1, card.fingerprint.hex());
        auto row = own->step();
        if (!row)
            return row.error();
        if (*row)
            return makePeerError(PeerError::AddingSelf, card.siteId);
    }

    AddPeerResult result;
    const std::string siteId = lowerCase(card.siteId);
    // Which action is audited depends on whether the site is known; the work checks it again
    // inside the transaction.
    std::string action = "add-peer";
    {
        auto known = bySiteId(siteId);
        if (!known)
            return known.error();
        if (*known && !((*known)->fingerprint == card.fingerprint))
            action = "rotate-peer-keys";
    }
    auto work = [&]() -> base::Result<std::string> {
        auto& db = m_store.connection();
        const std::int64_t now = m_store.clock().nowMillis();
        const std::string by = m_store.currentUser()->username;
        auto other = db.prepare("SELECT p.site_uuid, p.name FROM peer_key k JOIN peer p ON p.id = k.peer WHERE "
                                "k.fingerprint = ? AND p.site_uuid <> ?");
        if (!other)
            return other.error();
        other->bind(1, card.fingerprint.hex()).bind(2, siteId);
        if (auto row = other->step(); !row)
            return row.error();
        else if (*row)
            return makePeerError(PeerError::KeysOfAnotherSite, card.fingerprint.groups(), other->columnText(1));

        auto existing = bySiteId(siteId);
        if (!existing)
            return existing.error();
        if (!*existing) {
            if (action != "add-peer")
                return Error::make(ErrorCode::StaleVersion, "peer", siteId);
            auto ins = db.prepare("INSERT INTO peer (site_uuid, name, organisation_name, ods_code, signing_key, "
                                  "encryption_key, fingerprint, card_created_at, sharing_rule, added_at, added_by) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            if (!ins)
                return ins.error();
            const auto sharing = request.sharing.value_or(SharingScope::Consented);
            ins->bind(1, siteId).bind(2, card.siteName).bind(3, card.organisationName).bind(4, card.odsCode);
            ins->bind(5, hexOf(card.signingPublicKey)).bind(6, hexOf(card.encryptionPublicKey));
            ins->bind(7, card.fingerprint.hex()).bind(8, card.createdAtMillis).bind(9, sharingScopeCode(sharing));
            ins->bind(10, now).bind(11, by);
            if (auto r = ins->run(); !r)
                return r.error();
            const std::int64_t key = db.lastInsertRowId();
            if (auto r = insertKey(key, card, now, by); !r)
                return r.error();
            if (auto r = writeServices(key, request.serviceIds.value_or(std::vector<std::string>{})); !r)
                return r.error();
            result.outcome = AddPeerOutcome::Added;
            return nlohmann::json{{"siteId", siteId},
                                  {"name", card.siteName},
                                  {"odsCode", card.odsCode},
                                  {"fingerprint", card.fingerprint.hex()},
                                  {"sharing", sharingScopeCode(sharing)}}
                .dump();
        }

        const Peer& peer = **existing;
        if (peer.fingerprint == card.fingerprint)
            return makePeerError(peer.revoked() ? PeerError::PeerRevoked : PeerError::PeerExists, siteId, peer.name);
        auto keys = this->keys(siteId);
        if (!keys)
            return keys.error();
        for (const auto& k : *keys)
            if (k.fingerprint == card.fingerprint)
                return makePeerError(k.revokedAt ? PeerError::PeerRevoked : PeerError::CardOutdated,
                                     card.fingerprint.groups(), peer.name);
        if (!request.confirmKeyChange)
            return makePeerError(PeerError::PeerKeysChanged, siteId, peer.name);
        if (action != "rotate-peer-keys")
            return Error::make(ErrorCode::StaleVersion, "peer", siteId);

        // A rotation: the old current key is refused for files the peer made after it made the
        // new keys (the new card's time, never later than now); it stays for older ones.
        const std::int64_t replacedAt = std::max(peer.cardCreatedAt, std::min(card.createdAtMillis, now));
        auto replace = db.prepare("UPDATE peer_key SET replaced_at = ? WHERE peer = ? AND replaced_at IS NULL");
        if (!replace)
            return replace.error();
        replace->bind(1, replacedAt).bind(2, peer.key);
        if (auto r = replace->run(); !r)
            return r.error();
        if (auto r = insertKey(peer.key, card, now, by); !r)
            return r.error();
        const auto sharing = request.sharing.value_or(peer.sharing);
        auto up = db.prepare("UPDATE peer SET name = ?, organisation_name = ?, ods_code = ?, signing_key = ?, "
                             "encryption_key = ?, fingerprint = ?, card_created_at = ?, sharing_rule = ?, "
                             "revoked_at = NULL, revoked_by = NULL, revoke_reason = NULL, last_error = NULL, "
                             "last_error_at = NULL WHERE id = ?");
        if (!up)
            return up.error();
        up->bind(1, card.siteName).bind(2, card.organisationName).bind(3, card.odsCode);
        up->bind(4, hexOf(card.signingPublicKey)).bind(5, hexOf(card.encryptionPublicKey));
        up->bind(6, card.fingerprint.hex()).bind(7, card.createdAtMillis).bind(8, sharingScopeCode(sharing));
        up->bind(9, peer.key);
        if (auto r = up->run(); !r)
            return r.error();
        if (request.serviceIds)
            if (auto r = writeServices(peer.key, *request.serviceIds); !r)
                return r.error();
        result.outcome = AddPeerOutcome::KeysReplaced;
        return nlohmann::json{{"siteId", siteId},
                              {"fingerprint", card.fingerprint.hex()},
                              {"previous", peer.fingerprint.hex()},
                              {"wasRevoked", peer.revoked()},
                              {"sharing", sharingScopeCode(sharing)}}
            .dump();
    };
    if (auto st = m_store.auditedChange(security::Permission::ManagePeers, action, work); !st)
        return st.error();
    auto stored = bySiteId(siteId);
    if (!stored)
        return stored.error();
    if (!*stored)
        return makePeerError(PeerError::UnknownPeer, siteId);
    result.peer = **stored;
    return result;
}

base::Result<Peer> PeerDirectory::revoke(const std::string& siteIdOrName, const std::string& reason, bool compromised)
{
    if (auto st = m_store.require(security::Permission::ManagePeers); !st)
        return st.error();
    auto peer = find(siteIdOrName);
    if (!peer)
        return peer.error();
    if (peer->revoked())
        return makePeerError(PeerError::AlreadyRevoked, peer->siteId, std::to_string(*peer->revokedAt));
    const std::int64_t now = m_store.clock().nowMillis();
    // For keys known to be stolen the creation time a file claims cannot be trusted: every file
    // is refused.
    const std::int64_t keysFrom = compromised ? std::numeric_limits<std::int64_t>::min() : now;
    auto st
        = m_store.auditedChange(security::Permission::ManagePeers, "revoke-peer", [&]() -> base::Result<std::string> {
              auto& db = m_store.connection();
              auto up = db.prepare("UPDATE peer SET revoked_at = ?, revoked_by = ?, revoke_reason = ? WHERE id = ? AND "
                                   "revoked_at IS NULL");
              if (!up)
                  return up.error();
              up->bind(1, now).bind(2, m_store.currentUser()->username).bind(3, reason).bind(4, peer->key);
              if (auto r = up->run(); !r)
                  return r.error();
              if (db.changes() != 1)
                  return makePeerError(PeerError::AlreadyRevoked, peer->siteId);
              auto keys = db.prepare("UPDATE peer_key SET revoked_at = ? WHERE peer = ? AND revoked_at IS NULL");
              if (!keys)
                  return keys.error();
              keys->bind(1, keysFrom).bind(2, peer->key);
              if (auto r = keys->run(); !r)
                  return r.error();
              return nlohmann::json{{"siteId", peer->siteId}, {"reason", reason}, {"compromised", compromised}}.dump();
          });
    if (!st)
        return st.error();
    return find(peer->siteId);
}

base::Status PeerDirectory::addToList(const std::string& siteIdOrName, const std::string& patientId)
{
    auto peer = find(siteIdOrName);
    if (!peer)
        return peer.error();
    if (peer->revoked())
        return makePeerError(PeerError::PeerRevoked, peer->siteId, peer->name);
    return m_store.auditedChange(
        security::Permission::ManagePeers, "share-with-peer",
        [&]() -> base::Result<std::string> {
            auto& db = m_store.connection();
            auto exists = db.prepare("SELECT 1 FROM patient WHERE id = ?");
            if (!exists)
                return exists.error();
            exists->bind(1, patientId);
            if (auto row = exists->step(); !row)
                return row.error();
            else if (!*row)
                return Error::make(ErrorCode::NotFound, "patient", patientId);
            auto ins = db.prepare(
                "INSERT OR IGNORE INTO peer_patient (peer, patient_id, added_at, added_by) VALUES (?, ?, ?, ?)");
            if (!ins)
                return ins.error();
            ins->bind(1, peer->key).bind(2, patientId).bind(3, m_store.clock().nowMillis());
            ins->bind(4, m_store.currentUser()->username);
            if (auto r = ins->run(); !r)
                return r.error();
            return nlohmann::json{{"siteId", peer->siteId}}.dump();
        },
        patientId);
}

base::Status PeerDirectory::removeFromList(const std::string& siteIdOrName, const std::string& patientId)
{
    auto peer = find(siteIdOrName);
    if (!peer)
        return peer.error();
    return m_store.auditedChange(
        security::Permission::ManagePeers, "stop-sharing-with-peer",
        [&]() -> base::Result<std::string> {
            auto del = m_store.connection().prepare("DELETE FROM peer_patient WHERE peer = ? AND patient_id = ?");
            if (!del)
                return del.error();
            del->bind(1, peer->key).bind(2, patientId);
            if (auto r = del->run(); !r)
                return r.error();
            return nlohmann::json{{"siteId", peer->siteId}}.dump();
        },
        patientId);
}

base::Result<SignerLookup> PeerDirectory::signerLookup() const
{
    auto st = m_store.connection().prepare("SELECT k.fingerprint, p.site_uuid, k.signing_key, k.replaced_at, "
                                           "k.revoked_at FROM peer_key k JOIN peer p ON p.id = k.peer");
    if (!st)
        return st.error();
    auto signers = std::make_shared<std::map<std::string, KnownSigner>>();
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        auto signing = publicKeyOfHex(st->columnText(2));
        if (!signing)
            return Error::make(ErrorCode::DatabaseCorrupt, "peer_key", st->columnText(0));
        PeerKey key;
        key.replacedAt = optionalInt(*st, 3);
        key.revokedAt = optionalInt(*st, 4);
        (*signers)[st->columnText(0)] = KnownSigner{st->columnText(1), *signing, key.refusedFrom()};
    }
    return SignerLookup([signers](const security::KeyFingerprint& keyId) -> std::optional<KnownSigner> {
        auto it = signers->find(keyId.hex());
        if (it == signers->end())
            return std::nullopt;
        return it->second;
    });
}

base::Status PeerDirectory::setStatus(const std::string& siteId, const std::string& sql, std::int64_t at,
                                      const std::string& text)
{
    auto st = m_store.connection().prepare(sql);
    if (!st)
        return st.error();
    st->bind(1, at);
    if (!text.empty())
        st->bind(2, text).bind(3, siteId);
    else
        st->bind(2, siteId);
    if (auto r = st->run(); !r)
        return r;
    if (m_store.connection().changes() != 1)
        return makePeerError(PeerError::UnknownPeer, siteId);
    return {};
}

base::Status PeerDirectory::recordSent(const std::string& siteId, std::int64_t at)
{
    return setStatus(siteId, "UPDATE peer SET last_sent_at = ? WHERE site_uuid = ?", at);
}

base::Status PeerDirectory::recordReceived(const std::string& siteId, std::int64_t at)
{
    return setStatus(siteId,
                     "UPDATE peer SET last_received_at = ?, last_error = NULL, last_error_at = NULL WHERE "
                     "site_uuid = ?",
                     at);
}

base::Status PeerDirectory::recordError(const std::string& siteId, const std::string& errorCode, std::int64_t at)
{
    return setStatus(siteId, "UPDATE peer SET last_error_at = ?, last_error = ? WHERE site_uuid = ?", at,
                     errorCode.empty() ? std::string("unknown") : errorCode);
}

} // namespace carehouse::exchange
