#include "core/exchange/PeerError.h"

#include <array>

namespace carehouse::exchange {

namespace {

constexpr std::array kAll = {
    PeerError::NoSiteKeys,          PeerError::SiteKeysExist,
    PeerError::StoredKeyMismatch,   PeerError::AddingSelf,
    PeerError::PeerExists,          PeerError::PeerKeysChanged,
    PeerError::KeysOfAnotherSite,   PeerError::PeerRevoked,
    PeerError::CardOutdated,        PeerError::FingerprintNotConfirmed,
    PeerError::FingerprintMismatch, PeerError::UnknownPeer,
    PeerError::AmbiguousPeer,       PeerError::UnknownSharingRule,
    PeerError::AlreadyRevoked,
};

base::ErrorCode baseCodeFor(PeerError reason)
{
    switch (reason) {
    case PeerError::NoSiteKeys:
    case PeerError::UnknownPeer: return base::ErrorCode::NotFound;
    case PeerError::StoredKeyMismatch: return base::ErrorCode::DatabaseCorrupt;
    case PeerError::SiteKeysExist:
    case PeerError::PeerExists:
    case PeerError::PeerKeysChanged:
    case PeerError::PeerRevoked:
    case PeerError::CardOutdated:
    case PeerError::AlreadyRevoked: return base::ErrorCode::InvalidState;
    case PeerError::KeysOfAnotherSite:
    case PeerError::AddingSelf:
    case PeerError::FingerprintNotConfirmed:
    case PeerError::FingerprintMismatch:
    case PeerError::AmbiguousPeer:
    case PeerError::UnknownSharingRule: return base::ErrorCode::InvalidArgument;
    }
    return base::ErrorCode::InvalidArgument;
}

} // namespace

std::string_view peerErrorName(PeerError reason)
{
    switch (reason) {
    case PeerError::NoSiteKeys: return "site-keys-none";
    case PeerError::SiteKeysExist: return "site-keys-exist";
    case PeerError::StoredKeyMismatch: return "site-keys-stored-mismatch";
    case PeerError::AddingSelf: return "peer-adding-self";
    case PeerError::PeerExists: return "peer-exists";
    case PeerError::PeerKeysChanged: return "peer-keys-changed";
    case PeerError::KeysOfAnotherSite: return "peer-keys-of-another-site";
    case PeerError::PeerRevoked: return "peer-revoked";
    case PeerError::CardOutdated: return "peer-card-outdated";
    case PeerError::FingerprintNotConfirmed: return "peer-fingerprint-not-confirmed";
    case PeerError::FingerprintMismatch: return "peer-fingerprint-mismatch";
    case PeerError::UnknownPeer: return "peer-unknown";
    case PeerError::AmbiguousPeer: return "peer-ambiguous";
    case PeerError::UnknownSharingRule: return "peer-unknown-sharing-rule";
    case PeerError::AlreadyRevoked: return "peer-already-revoked";
    }
    return "peer-unknown-error";
}

base::Error makePeerError(PeerError reason, std::string value, std::string hint)
{
    return base::Error::make(baseCodeFor(reason), "peer", std::move(value))
        .withHint(std::move(hint))
        .withDetail(std::string(peerErrorName(reason)));
}

std::optional<PeerError> peerErrorOf(const base::Error& error)
{
    for (PeerError reason : kAll)
        if (error.detail == peerErrorName(reason))
            return reason;
    return std::nullopt;
}

} // namespace carehouse::exchange
