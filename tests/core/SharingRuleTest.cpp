#include "core/exchange/SharingRule.h"

#include "core/base/Uuid.h"
#include "core/exchange/PeerDirectory.h"
#include "core/exchange/SiteKeyStore.h"
#include "core/record/PatientRegistration.h"
#include "core/record/PatientRepository.h"
#include "tests/support/TempDatabase.h"

#include <algorithm>
#include <catch2/catch.hpp>

using namespace carehouse;
using exchange::Peer;
using exchange::SharingReason;
using exchange::SharingRule;
using exchange::SharingScope;
using model::Referral;
using model::Role;
using model::SharingConsent;

namespace {

Peer peerWith(SharingScope scope, std::string odsCode = "RV3")
{
    Peer p;
    p.siteId = "0190c3c4-0000-7000-8000-00000000000b";
    p.name = "Riverside Diabetes Team";
    p.odsCode = std::move(odsCode);
    p.sharing = scope;
    p.serviceIds = {"riverside-dsn", "riverside-podiatry"};
    return p;
}

Referral referralTo(std::string serviceId, Referral::Status status = Referral::Status::Sent)
{
    Referral r;
    r.serviceId = std::move(serviceId);
    r.serviceName = "Anything at all";
    r.status = status;
    return r;
}

const std::vector<Referral> kNoReferrals;

} // namespace

TEST_CASE("Withdrawn consent is never shared, whatever the peer's rule", "[peers]")
{
    SharingRule rule("F84001");
    for (auto scope : {SharingScope::Consented, SharingScope::Referred, SharingScope::All, SharingScope::List}) {
        auto d = rule.decide(peerWith(scope), SharingConsent::Withdrawn, {referralTo("riverside-dsn")}, true);
        CHECK_FALSE(d.share);
        CHECK(d.reason == SharingReason::ConsentWithdrawn);
        // Not even to another site of the same practice.
        CHECK_FALSE(rule.decide(peerWith(scope, "F84001"), SharingConsent::Withdrawn, kNoReferrals, true).share);
    }
}

TEST_CASE("A revoked peer is sent nobody", "[peers]")
{
    SharingRule rule("F84001");
    auto peer = peerWith(SharingScope::All);
    peer.revokedAt = 1;
    auto d = rule.decide(peer, SharingConsent::SharedCareTeam, kNoReferrals, true);
    CHECK_FALSE(d.share);
    CHECK(d.reason == SharingReason::PeerRevoked);
}

TEST_CASE("The consented rule shares people whose consent covers the peer's organisation", "[peers]")
{
    SharingRule rule("F84001");
    const auto peer = peerWith(SharingScope::Consented);
    CHECK(rule.decide(peer, SharingConsent::SharedCareTeam, kNoReferrals, false).reason == SharingReason::Consented);
    CHECK(rule.decide(peer, SharingConsent::SharedCareTeam, kNoReferrals, false).share);
    auto notRecorded = rule.decide(peer, SharingConsent::NotRecorded, kNoReferrals, false);
    CHECK_FALSE(notRecorded.share);
    CHECK(notRecorded.reason == SharingReason::ConsentNotRecorded);
    auto practiceOnly = rule.decide(peer, SharingConsent::PracticeOnly, kNoReferrals, false);
    CHECK_FALSE(practiceOnly.share);
    CHECK(practiceOnly.reason == SharingReason::ConsentPracticeOnly);
    // "Practice only" covers another site of this very practice (same ODS code)...
    auto same
        = rule.decide(peerWith(SharingScope::Consented, "F84001"), SharingConsent::PracticeOnly, kNoReferrals, false);
    CHECK(same.share);
    CHECK(same.reason == SharingReason::SameOrganisation);
    // ...but an unknown ODS code on either side is never "the same organisation".
    SharingRule noCode("");
    CHECK_FALSE(
        noCode.decide(peerWith(SharingScope::Consented, ""), SharingConsent::PracticeOnly, kNoReferrals, false).share);
}

TEST_CASE("The referred rule shares only people with an open referral to a service the peer provides", "[peers]")
{
    SharingRule rule("F84001");
    const auto peer = peerWith(SharingScope::Referred);
    CHECK(rule.decide(peer, SharingConsent::NotRecorded, {referralTo("riverside-dsn")}, false).reason
          == SharingReason::Referred);
    CHECK(rule.decide(peer, SharingConsent::SharedCareTeam,
                      {referralTo("riverside-podiatry", Referral::Status::Accepted)}, false)
              .share);
    CHECK(
        rule.decide(peer, SharingConsent::SharedCareTeam, {referralTo("riverside-dsn", Referral::Status::Seen)}, false)
            .share);
    for (auto closed : {Referral::Status::ReferredBack, Referral::Status::Declined}) {
        auto d = rule.decide(peer, SharingConsent::SharedCareTeam, {referralTo("riverside-dsn", closed)}, false);
        CHECK_FALSE(d.share);
        CHECK(d.reason == SharingReason::NotReferred);
    }
    // Another service, or a referral with no service id (the name is never matched).
    CHECK_FALSE(rule.decide(peer, SharingConsent::SharedCareTeam, {referralTo("mill-road-walk")}, false).share);
    CHECK_FALSE(rule.decide(peer, SharingConsent::SharedCareTeam, {referralTo("")}, false).share);
    CHECK_FALSE(rule.decide(peer, SharingConsent::SharedCareTeam, kNoReferrals, false).share);
    // A referral does not override "practice only" for another organisation.
    CHECK(rule.decide(peer, SharingConsent::PracticeOnly, {referralTo("riverside-dsn")}, false).reason
          == SharingReason::ConsentPracticeOnly);
}

TEST_CASE("The all rule shares everyone whose consent does not forbid it", "[peers]")
{
    SharingRule rule("F84001");
    const auto peer = peerWith(SharingScope::All);
    CHECK(rule.decide(peer, SharingConsent::NotRecorded, kNoReferrals, false).reason == SharingReason::AllPatients);
    CHECK(rule.decide(peer, SharingConsent::SharedCareTeam, kNoReferrals, false).share);
    CHECK_FALSE(rule.decide(peer, SharingConsent::PracticeOnly, kNoReferrals, false).share);
    CHECK(rule.decide(peerWith(SharingScope::All, "F84001"), SharingConsent::PracticeOnly, kNoReferrals, false).share);
}

TEST_CASE("The list rule shares only the people on the peer's list", "[peers]")
{
    SharingRule rule("F84001");
    const auto peer = peerWith(SharingScope::List);
    CHECK(rule.decide(peer, SharingConsent::SharedCareTeam, kNoReferrals, true).reason == SharingReason::OnList);
    CHECK(rule.decide(peer, SharingConsent::NotRecorded, kNoReferrals, true).share);
    auto off = rule.decide(peer, SharingConsent::SharedCareTeam, kNoReferrals, false);
    CHECK_FALSE(off.share);
    CHECK(off.reason == SharingReason::NotOnList);
    CHECK_FALSE(rule.decide(peer, SharingConsent::PracticeOnly, kNoReferrals, true).share);
}

TEST_CASE("From the record: who goes to a peer follows consent, referrals and the list as they are now", "[peers]")
{
    constexpr security::KeySealCost kCheap{1, 8192};
    testing::TempDatabase here(Role::Receptionist);
    auto add = [&](const std::string& family, const std::string& consent) {
        record::PatientDraft d;
        d.familyName = family;
        d.givenName = "Test";
        d.birthDate = "01/02/1960";
        d.sharingConsent = consent;
        auto id = record::PatientRegistration(here.store()).registerPatient(d);
        REQUIRE(id.ok());
        return *id;
    };
    const auto shared = add("Shared", "shared-care-team");
    const auto notRecorded = add("Unrecorded", "not-recorded");
    const auto practiceOnly = add("Practice", "practice-only");
    const auto withdrawn = add("Withdrawn", "withdrawn");

    here.loginAs(Role::Nurse);
    auto refer = [&](const std::string& patientId, const std::string& serviceId) {
        model::Referral r;
        r.id = base::newUuid();
        r.patientId = patientId;
        r.serviceId = serviceId;
        r.serviceName = "Riverside diabetes specialist nurses";
        r.sentOn = *base::CivilDate::fromYmd(2026, 11, 1);
        r.statusOn = r.sentOn;
        record::ChangeSet cs("refer", patientId);
        cs.addRecord(r);
        REQUIRE(here.store().commit(cs).ok());
    };
    refer(notRecorded, "riverside-dsn");
    refer(withdrawn, "riverside-dsn");
    refer(shared, "mill-road-walk");

    testing::TempDatabase there(Role::Admin);
    REQUIRE(exchange::SiteKeyStore(there.store(), kCheap).create("correct horse battery").ok());
    auto card = exchange::SiteKeyStore(there.store(), kCheap).card().value();
    here.loginAs(Role::Admin);
    exchange::PeerDirectory peers(here.store());
    exchange::AddPeerRequest request;
    request.card = card;
    request.confirmedFingerprint = card.fingerprint.groups();
    request.sharing = SharingScope::Consented;
    auto peer = peers.add(request);
    REQUIRE(peer.ok());

    auto rule = SharingRule::forStore(here.store());
    REQUIRE(rule.ok());
    auto sorted = [](std::vector<std::string> v) {
        std::sort(v.begin(), v.end());
        return v;
    };
    CHECK(*rule->patientsFor(here.store(), peer->peer) == std::vector<std::string>{shared});
    CHECK(rule->decideFor(here.store(), peer->peer, practiceOnly)->reason == SharingReason::ConsentPracticeOnly);
    CHECK(rule->decideFor(here.store(), peer->peer, "no-such-person").error().code == base::ErrorCode::NotFound);

    auto referred = peer->peer;
    referred.sharing = SharingScope::Referred;
    referred.serviceIds = {"riverside-dsn"};
    // Withdrawn consent wins over the referral.
    CHECK(*rule->patientsFor(here.store(), referred) == std::vector<std::string>{notRecorded});
    CHECK(rule->decideFor(here.store(), referred, withdrawn)->reason == SharingReason::ConsentWithdrawn);

    auto all = peer->peer;
    all.sharing = SharingScope::All;
    CHECK(*rule->patientsFor(here.store(), all) == sorted({shared, notRecorded}));

    auto listed = peer->peer;
    listed.sharing = SharingScope::List;
    REQUIRE(peers.addToList(card.siteId, practiceOnly).ok());
    REQUIRE(peers.addToList(card.siteId, notRecorded).ok());
    REQUIRE(peers.addToList(card.siteId, withdrawn).ok());
    CHECK(peers.addToList(card.siteId, "no-such-person").error().code == base::ErrorCode::NotFound);
    CHECK(*here.store().connection().scalarInt("SELECT count(*) FROM audit WHERE action = 'share-with-peer' AND "
                                               "patient_id IS NOT NULL")
          == 3);
    CHECK(*rule->patientsFor(here.store(), listed) == std::vector<std::string>{notRecorded});
    REQUIRE(peers.removeFromList(card.siteId, notRecorded).ok());
    CHECK(rule->patientsFor(here.store(), listed)->empty());

    // Consent withdrawn later stops the next export of that person.
    here.loginAs(Role::Receptionist);
    auto p = record::PatientRepository(here.store()).patient(shared);
    REQUIRE(p.ok());
    auto changed = p->value;
    changed.sharingConsent = SharingConsent::Withdrawn;
    record::ChangeSet edit("edit-patient", shared);
    edit.addPatient(changed, p->headSeq);
    REQUIRE(here.store().commit(edit).ok());
    CHECK(rule->patientsFor(here.store(), peer->peer)->empty());
}
