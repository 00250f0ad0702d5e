#include "core/exchange/PeerDirectory.h"

#include "core/exchange/EnvelopeReader.h"
#include "core/exchange/EnvelopeWriter.h"
#include "core/exchange/ExchangeError.h"
#include "core/exchange/PeerError.h"
#include "core/exchange/SiteKeyStore.h"
#include "tests/support/TempDatabase.h"

#include <catch2/catch.hpp>
#include <cctype>
#include <limits>
#include <sstream>

using namespace carehouse;
using exchange::AddPeerOutcome;
using exchange::AddPeerRequest;
using exchange::PeerDirectory;
using exchange::PeerError;
using exchange::peerErrorOf;
using exchange::SiteKeyStore;
using model::Role;

namespace {

constexpr security::KeySealCost kCheap{1, 8192};
constexpr const char* kPassphrase = "correct horse battery";

// Two sites, each with its keys: `here` adds `there` as a peer.
struct TwoSites
{
    testing::TempDatabase here{Role::Admin};
    testing::TempDatabase there{Role::Admin};

    TwoSites()
    {
        REQUIRE(SiteKeyStore(here.store(), kCheap).create(kPassphrase).ok());
        REQUIRE(SiteKeyStore(there.store(), kCheap).create(kPassphrase).ok());
        REQUIRE(SiteKeyStore(there.store(), kCheap).setOrganisation({"Riverside Diabetes Team", "RV3"}).ok());
    }
    exchange::SiteCard thereCard() { return SiteKeyStore(there.store(), kCheap).card().value(); }
    AddPeerRequest confirmed(const exchange::SiteCard& card)
    {
        AddPeerRequest r;
        r.card = card;
        r.confirmedFingerprint = card.fingerprint.groups();
        return r;
    }
    long long audits(const std::string& action)
    {
        return *here.store().connection().scalarInt("SELECT count(*) FROM audit WHERE action = '" + action + "'");
    }
    // A file `there` signs at `createdAt` for `here`.
    std::string fileFromThere(std::int64_t createdAt)
    {
        auto keys = SiteKeyStore(there.store(), kCheap).unlock(kPassphrase);
        REQUIRE(keys.ok());
        auto mine = SiteKeyStore(here.store(), kCheap).card().value();
        exchange::EnvelopeWriter writer(there.store().site().siteUuid, *keys);
        exchange::EnvelopeRequest request;
        request.recipients = {mine.recipient()};
        request.createdAtMillis = createdAt;
        auto text = writer.writeToString(request, "{}");
        REQUIRE(text.ok());
        return *text;
    }
    base::Result<exchange::EnvelopeHeader> verifyHere(const std::string& file)
    {
        auto lookup = PeerDirectory(here.store()).signerLookup();
        REQUIRE(lookup.ok());
        std::istringstream in(file);
        return exchange::EnvelopeReader(*lookup).verify(in);
    }
};

} // namespace

TEST_CASE("A peer is added from its card only once its fingerprint is confirmed", "[peers]")
{
    TwoSites s;
    PeerDirectory peers(s.here.store());
    auto card = s.thereCard();
    AddPeerRequest request;
    request.card = card;
    CHECK(peerErrorOf(peers.add(request).error()) == PeerError::FingerprintNotConfirmed);
    request.confirmedFingerprint = "AAAA BBBB CCCC DDDD EEEE FFFF GGGG HHHH";
    auto wrong = peers.add(request);
    CHECK(peerErrorOf(wrong.error()) == PeerError::FingerprintMismatch);
    CHECK(wrong.error().hint == card.fingerprint.groups());
    CHECK(peers.list()->empty());

    // Read back in lower case without spaces, as people type it.
    std::string typed;
    for (char c : card.fingerprint.groups())
        if (c != ' ')
            typed += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    request.confirmedFingerprint = typed;
    request.sharing = exchange::SharingScope::Referred;
    request.serviceIds = std::vector<std::string>{"riverside-dsn"};
    auto added = peers.add(request);
    REQUIRE(added.ok());
    CHECK(added->outcome == AddPeerOutcome::Added);
    CHECK(added->peer.siteId == s.there.store().site().siteUuid);
    CHECK(added->peer.name == "Test Practice");
    CHECK(added->peer.organisationName == "Riverside Diabetes Team");
    CHECK(added->peer.odsCode == "RV3");
    CHECK(added->peer.sharing == exchange::SharingScope::Referred);
    CHECK(added->peer.serviceIds == std::vector<std::string>{"riverside-dsn"});
    CHECK(added->peer.addedBy == "admin");
    CHECK_FALSE(added->peer.revoked());
    CHECK(s.audits("add-peer") == 1);
    CHECK(peers.list()->size() == 1);
    CHECK(peers.find("rv3")->siteId == added->peer.siteId);
    CHECK(peers.find("test practice")->siteId == added->peer.siteId);
    CHECK(PeerDirectory::fingerprintMatches(card.fingerprint, card.fingerprint.hex()));
}

TEST_CASE("Adding this site itself, a peer twice, or another site's keys is refused", "[peers]")
{
    TwoSites s;
    PeerDirectory peers(s.here.store());
    auto own = SiteKeyStore(s.here.store(), kCheap).card().value();
    CHECK(peerErrorOf(peers.add(s.confirmed(own)).error()) == PeerError::AddingSelf);
    // This site's keys under another site id are still this site.
    auto disguised = own;
    disguised.siteId = "0190c3c4-0000-7000-8000-0000000000aa";
    CHECK(peerErrorOf(peers.add(s.confirmed(disguised)).error()) == PeerError::AddingSelf);

    auto card = s.thereCard();
    REQUIRE(peers.add(s.confirmed(card)).ok());
    CHECK(peerErrorOf(peers.add(s.confirmed(card)).error()) == PeerError::PeerExists);
    auto impostor = card;
    impostor.siteId = "0190c3c4-0000-7000-8000-0000000000bb";
    auto refused = peers.add(s.confirmed(impostor));
    CHECK(peerErrorOf(refused.error()) == PeerError::KeysOfAnotherSite);
    CHECK(refused.error().hint == "Test Practice");
    // A card whose fingerprint is not its keys' never gets in, even built in code.
    auto forged = card;
    forged.siteId = "0190c3c4-0000-7000-8000-0000000000cc";
    forged.fingerprint = own.fingerprint;
    CHECK(exchange::exchangeErrorOf(peers.add(s.confirmed(forged)).error())
          == exchange::ExchangeError::CardFingerprintMismatch);
    CHECK(peers.list()->size() == 1);
    CHECK(s.audits("add-peer") == 1);
    CHECK(peerErrorOf(peers.find("nobody").error()) == PeerError::UnknownPeer);
}

TEST_CASE("Only administrators and clinical leads add or revoke peers", "[peers]")
{
    TwoSites s;
    auto card = s.thereCard();
    for (auto role : {Role::Receptionist, Role::Hca, Role::Nurse, Role::Gp}) {
        s.here.loginAs(role);
        auto r = PeerDirectory(s.here.store()).add(s.confirmed(card));
        CHECK(r.error().code == base::ErrorCode::PermissionDenied);
    }
    s.here.loginAs(Role::ClinicalLead);
    REQUIRE(PeerDirectory(s.here.store()).add(s.confirmed(card)).ok());
    s.here.loginAs(Role::Nurse);
    CHECK(PeerDirectory(s.here.store()).revoke(card.siteId, "left").error().code == base::ErrorCode::PermissionDenied);
}

TEST_CASE("A peer's rotated keys replace its current ones once confirmed; old files stay verifiable", "[peers]")
{
    TwoSites s;
    PeerDirectory peers(s.here.store());
    auto oldCard = s.thereCard();
    REQUIRE(peers.add(s.confirmed(oldCard)).ok());
    const std::string oldFile = s.fileFromThere(testing::kTestNow);

    s.there.clock().advance(3'600'000);
    s.here.clock().advance(3'600'000);
    REQUIRE(SiteKeyStore(s.there.store(), kCheap).rotate(kPassphrase).ok());
    auto newCard = s.thereCard();
    auto unconfirmed = peers.add(s.confirmed(newCard));
    CHECK(peerErrorOf(unconfirmed.error()) == PeerError::PeerKeysChanged);
    auto request = s.confirmed(newCard);
    request.confirmKeyChange = true;
    auto rotated = peers.add(request);
    REQUIRE(rotated.ok());
    CHECK(rotated->outcome == AddPeerOutcome::KeysReplaced);
    CHECK(rotated->peer.fingerprint == newCard.fingerprint);
    CHECK(rotated->peer.sharing == exchange::SharingScope::Consented);
    CHECK(s.audits("rotate-peer-keys") == 1);
    auto keys = peers.keys(newCard.siteId);
    REQUIRE(keys->size() == 2);
    CHECK(keys->at(0).fingerprint == newCard.fingerprint);
    CHECK_FALSE(keys->at(0).replacedAt);
    CHECK(keys->at(1).replacedAt == newCard.createdAtMillis);
    // The old card again is refused: the peer has moved on.
    CHECK(peerErrorOf(peers.add(s.confirmed(oldCard)).error()) == PeerError::CardOutdated);

    // The file signed with the old key before the rotation still verifies; a new one with the
    // new key verifies too.
    CHECK(s.verifyHere(oldFile).ok());
    CHECK(s.verifyHere(s.fileFromThere(testing::kTestNow + 3'600'000)).ok());
}

TEST_CASE("Files a revoked peer signed after its revocation are refused; earlier ones still verify", "[peers]")
{
    TwoSites s;
    PeerDirectory peers(s.here.store());
    auto card = s.thereCard();
    REQUIRE(peers.add(s.confirmed(card)).ok());
    const std::string before = s.fileFromThere(testing::kTestNow - 60'000);
    const std::string after = s.fileFromThere(testing::kTestNow + 60'000);

    auto revoked = peers.revoke("Test Practice", "the clinic closed");
    REQUIRE(revoked.ok());
    CHECK(revoked->revokedAt == testing::kTestNow);
    CHECK(revoked->revokedBy == "admin");
    CHECK(revoked->revokeReason == "the clinic closed");
    CHECK(s.audits("revoke-peer") == 1);
    CHECK(peerErrorOf(peers.revoke(card.siteId, "again").error()) == PeerError::AlreadyRevoked);

    CHECK(s.verifyHere(before).ok());
    auto refused = s.verifyHere(after);
    REQUIRE_FALSE(refused.ok());
    CHECK(exchange::exchangeErrorOf(refused.error()) == exchange::ExchangeError::RevokedSigner);
    // The same card cannot bring the revoked keys back.
    CHECK(peerErrorOf(peers.add(s.confirmed(card)).error()) == PeerError::PeerRevoked);
    // Still listed, with its revocation, for the record.
    REQUIRE(peers.list()->size() == 1);
    CHECK(peers.list()->front().revoked());
}

TEST_CASE("A peer revoked as compromised has every file refused, whatever time it claims", "[peers]")
{
    TwoSites s;
    PeerDirectory peers(s.here.store());
    auto card = s.thereCard();
    REQUIRE(peers.add(s.confirmed(card)).ok());
    const std::string old = s.fileFromThere(testing::kTestNow - 86'400'000);
    REQUIRE(peers.revoke(card.siteId, "laptop stolen", true).ok());
    auto lookup = peers.signerLookup();
    auto signer = (*lookup)(card.fingerprint);
    REQUIRE(signer);
    CHECK(signer->revokedAtMillis == std::numeric_limits<std::int64_t>::min());
    CHECK(exchange::exchangeErrorOf(s.verifyHere(old).error()) == exchange::ExchangeError::RevokedSigner);
}

TEST_CASE("A revoked peer that made new keys can be added again; its old keys stay revoked", "[peers]")
{
    TwoSites s;
    PeerDirectory peers(s.here.store());
    auto oldCard = s.thereCard();
    REQUIRE(peers.add(s.confirmed(oldCard)).ok());
    REQUIRE(peers.revoke(oldCard.siteId, "laptop stolen", true).ok());
    s.there.clock().advance(60'000);
    REQUIRE(SiteKeyStore(s.there.store(), kCheap).rotate(kPassphrase).ok());
    auto request = s.confirmed(s.thereCard());
    request.confirmKeyChange = true;
    auto back = peers.add(request);
    REQUIRE(back.ok());
    CHECK_FALSE(back->peer.revoked());
    auto lookup = *peers.signerLookup();
    CHECK(lookup(oldCard.fingerprint)->revokedAtMillis == std::numeric_limits<std::int64_t>::min());
    CHECK_FALSE(lookup(back->peer.fingerprint)->revokedAtMillis);
    CHECK_FALSE(lookup(SiteKeyStore(s.here.store(), kCheap).card()->fingerprint));
}

TEST_CASE("The exchange status columns are kept per peer", "[peers]")
{
    TwoSites s;
    PeerDirectory peers(s.here.store());
    auto card = s.thereCard();
    REQUIRE(peers.add(s.confirmed(card)).ok());
    REQUIRE(peers.recordSent(card.siteId, 1000).ok());
    REQUIRE(peers.recordError(card.siteId, "exchange-bad-signature", 2000).ok());
    auto p = peers.find(card.siteId);
    CHECK(p->lastSentAt == 1000);
    CHECK(p->lastError == "exchange-bad-signature");
    REQUIRE(peers.recordReceived(card.siteId, 3000).ok());
    p = peers.find(card.siteId);
    CHECK(p->lastReceivedAt == 3000);
    CHECK(p->lastError.empty());
    CHECK(peerErrorOf(peers.recordSent("0190c3c4-0000-7000-8000-0000000000ff", 1).error()) == PeerError::UnknownPeer);
}
