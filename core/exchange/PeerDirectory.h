#pragma once

#include "core/base/Result.h"
#include "core/exchange/EnvelopeReader.h"
#include "core/exchange/Peer.h"
#include "core/exchange/SiteCard.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace carehouse::record {
class RecordStore;
}

namespace carehouse::exchange {

struct AddPeerRequest
{
    SiteCard card;
    // The fingerprint as the user read it back after comparing it with the other site (the eight
    // groups, any case and spacing, or the 64 hex digits). Required: nothing is added unconfirmed.
    std::string confirmedFingerprint;
    std::optional<SharingScope> sharing; // default: consented for a new peer, unchanged for a known one
    std::optional<std::vector<std::string>> serviceIds; // default: none / unchanged
    // The card is a known peer's with new keys, and the user confirmed the peer rotated them.
    bool confirmKeyChange = false;
};

enum class AddPeerOutcome
{
    Added,
    KeysReplaced, // a rotation: the old keys stay known for the peer's older files
};

struct AddPeerResult
{
    AddPeerOutcome outcome = AddPeerOutcome::Added;
    Peer peer;
};

// The sites this one exchanges records with (issue 7 §1): added from their site cards once the
// fingerprint has been compared aloud, listed with their exchange status, revoked. A peer's keys
// are all kept (peer_key): a rotation replaces the current pair but the old signing key still
// verifies files the peer created before it made the new keys; revoking a peer refuses its
// files created from then on (or every file, for keys known to be stolen). Adding, rotating and
// revoking need ManagePeers and are audited ("add-peer", "rotate-peer-keys", "revoke-peer").
// Refused: an unconfirmed or wrong fingerprint, this site's own card, a card whose keys are
// another site's, a known peer with the same keys (PeerExists) or with new keys not confirmed
// as a rotation (PeerKeysChanged), a card with keys the peer has replaced (CardOutdated), a
// revoked peer's old keys (PeerRevoked). Malformed cards are refused by SiteCard::parse.
class PeerDirectory
{
public:
    explicit PeerDirectory(record::RecordStore& store);

    // Whether what was read back is this fingerprint (groups or hex, any case and spacing).
    static bool fingerprintMatches(const security::KeyFingerprint& fingerprint, std::string_view spoken);

    base::Result<AddPeerResult> add(const AddPeerRequest& request);
    // Every peer, revoked ones included, by name.
    base::Result<std::vector<Peer>> list() const;
    // By site id, or by name or ODS code (any case) when that names exactly one peer.
    base::Result<Peer> find(const std::string& siteIdOrName) const;
    // Every key the peer has had, current first.
    base::Result<std::vector<PeerKey>> keys(const std::string& siteId) const;

    // From now on (or, when `compromised`, from the earliest time: every file) the peer's
    // files are refused and nothing is exported to it.
    base::Result<Peer> revoke(const std::string& siteIdOrName, const std::string& reason, bool compromised = false);
    // The explicit list of a peer with the `list` rule (audited with the person).
    base::Status addToList(const std::string& siteIdOrName, const std::string& patientId);
    base::Status removeFromList(const std::string& siteIdOrName, const std::string& patientId);

    // The signers an EnvelopeReader may accept: every key of every peer, each refused from its
    // replacement or revocation time. A snapshot: later changes need a new lookup.
    base::Result<SignerLookup> signerLookup() const;

    // Exchange status for the sync engine (not audited: the export or import is).
    base::Status recordSent(const std::string& siteId, std::int64_t at);
    base::Status recordReceived(const std::string& siteId, std::int64_t at);
    base::Status recordError(const std::string& siteId, const std::string& errorCode, std::int64_t at);

private:
    base::Result<std::optional<Peer>> bySiteId(const std::string& siteId) const;
    base::Result<std::vector<Peer>> query(const std::string& where, const std::string& bindValue) const;
    base::Status loadServices(Peer& peer) const;
    base::Status writeServices(std::int64_t peerKey, const std::vector<std::string>& serviceIds);
    base::Status insertKey(std::int64_t peerKey, const SiteCard& card, std::int64_t at, const std::string& by);
    base::Status setStatus(const std::string& siteId, const std::string& sql, std::int64_t at,
                           const std::string& text = {});

    record::RecordStore& m_store;
};

} // namespace carehouse::exchange
