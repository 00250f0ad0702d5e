#pragma once

#include "core/base/Error.h"

#include <optional>
#include <string>
#include <string_view>

namespace carehouse::exchange {

// Why the site's keys, its peers or a sharing rule refused something. Each reason travels as a
// base::Error whose `detail` is peerErrorName(reason) and whose `code` is the nearest
// base::ErrorCode (the convention of ExchangeError); the edge words each from peerErrorOf(error).
//
// Context carried, by reason (data, never sentences):
//   NoSiteKeys            -
//   SiteKeysExist         value: the current key's fingerprint groups
//   StoredKeyMismatch     value: the stored fingerprint (hex); hint: the unsealed keys' (hex)
//   AddingSelf            value: the card's site id
//   PeerExists            value: the peer's site id; hint: its name
//   PeerKeysChanged       value: the peer's site id; hint: its name (a rotation to be confirmed)
//   KeysOfAnotherSite     value: the card's fingerprint groups; hint: the other site's name
//   PeerRevoked           value: the peer's site id; hint: its name
//   CardOutdated          value: the card's fingerprint groups; hint: the peer's name
//   FingerprintNotConfirmed  value: the card's fingerprint groups
//   FingerprintMismatch   value: what was typed; hint: the card's fingerprint groups
//   UnknownPeer           value: what was asked for
//   AmbiguousPeer         value: what was asked for; hint: the matching site ids, comma-separated
//   UnknownSharingRule    value: the rule given
//   AlreadyRevoked        value: the peer's site id; hint: the revocation time (ms)
enum class PeerError
{
    NoSiteKeys, // this site has no exchange keys yet
    SiteKeysExist, // creating the first keys when there are some: rotate instead
    StoredKeyMismatch, // a sealed key unsealed to other keys than its row says: damaged or altered
    AddingSelf, // a card of this very site (its id, or one of its keys)
    PeerExists, // the same site with the same keys is already a peer
    PeerKeysChanged, // a known peer's card with new keys: a rotation the user must confirm
    KeysOfAnotherSite, // the card's keys are already a different site's
    PeerRevoked, // a revoked peer's card with its old keys, or a change to a revoked peer
    CardOutdated, // a card with keys the peer has since replaced
    FingerprintNotConfirmed, // no confirmation that the fingerprint was compared
    FingerprintMismatch, // the fingerprint read aloud is not the card's
    UnknownPeer,
    AmbiguousPeer, // a name that more than one peer has
    UnknownSharingRule,
    AlreadyRevoked,
};

std::string_view peerErrorName(PeerError reason); // "peer-adding-self", ...
base::Error makePeerError(PeerError reason, std::string value = {}, std::string hint = {});
// The reason of an error made by makePeerError; nullopt for any other error.
std::optional<PeerError> peerErrorOf(const base::Error& error);

} // namespace carehouse::exchange
