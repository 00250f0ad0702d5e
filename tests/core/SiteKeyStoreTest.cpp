#include "core/exchange/SiteKeyStore.h"

#include "core/exchange/EnvelopeReader.h"
#include "core/exchange/EnvelopeWriter.h"
#include "core/exchange/KeyText.h"
#include "core/exchange/PeerError.h"
#include "core/record/RecordStore.h"
#include "core/record/UserAccounts.h"
#include "tests/core/ExchangeTestSites.h"
#include "tests/support/TempDatabase.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <sstream>

using namespace carehouse;
using exchange::PeerError;
using exchange::peerErrorOf;
using exchange::SiteKeyStore;
using model::Role;

namespace {

// The cheapest Argon2id libsodium allows: these tests check behaviour, not the cost.
constexpr security::KeySealCost kCheap{1, 8192};
constexpr const char* kPassphrase = "correct horse battery";

long long audits(testing::TempDatabase& db, const std::string& action)
{
    return *db.store().connection().scalarInt("SELECT count(*) FROM audit WHERE action = '" + action + "'");
}

} // namespace

TEST_CASE("A site's keys are made on first use and stored only sealed under the passphrase", "[sitekeys]")
{
    testing::TempDatabase db(Role::Admin);
    SiteKeyStore keys(db.store(), kCheap);
    CHECK_FALSE(*keys.hasKeys());
    CHECK(peerErrorOf(keys.card().error()) == PeerError::NoSiteKeys);
    CHECK(peerErrorOf(keys.unlock(kPassphrase).error()) == PeerError::NoSiteKeys);

    auto made = keys.ensure(kPassphrase);
    REQUIRE(made.ok());
    CHECK(*keys.hasKeys());
    CHECK(made->createdBy == "admin");
    CHECK(audits(db, "create-site-keys") == 1);
    // A second "first use" finds the keys and makes no others.
    CHECK(keys.ensure(kPassphrase)->fingerprint == made->fingerprint);
    CHECK(peerErrorOf(keys.create(kPassphrase).error()) == PeerError::SiteKeysExist);
    CHECK(audits(db, "create-site-keys") == 1);

    auto unlocked = keys.unlock(kPassphrase);
    REQUIRE(unlocked.ok());
    CHECK(unlocked->fingerprint() == made->fingerprint);
    // The only copy of the secret is the 208-byte sealed blob.
    CHECK(*db.store().connection().scalarInt("SELECT length(sealed) FROM site_key")
          == 2 * static_cast<long long>(security::SiteKeys::kSealedBytes));
    CHECK(*db.store().connection().scalarInt(
              "SELECT count(*) FROM site_key WHERE sealed LIKE '%"
              + exchange::hexOf(std::string_view(reinterpret_cast<const char*>(unlocked->signingSecretKey()), 32))
              + "%'")
          == 0);
}

TEST_CASE("A wrong site key passphrase is a clear typed error, and a short one is refused", "[sitekeys]")
{
    testing::TempDatabase db(Role::Admin);
    SiteKeyStore keys(db.store(), kCheap);
    auto tooShort = keys.create("short");
    REQUIRE_FALSE(tooShort.ok());
    CHECK(tooShort.error().code == base::ErrorCode::InvalidArgument);
    CHECK(tooShort.error().field == "passphrase");
    CHECK_FALSE(*keys.hasKeys());

    REQUIRE(keys.create(kPassphrase).ok());
    auto wrong = keys.unlock("not the passphrase");
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().code == base::ErrorCode::BadCredentials);
    CHECK(wrong.error().detail == "site-keys-wrong-passphrase");
    // Rotation needs the passphrase too, and a wrong one changes nothing.
    auto before = keys.current()->value().fingerprint;
    CHECK(keys.rotate("not the passphrase").error().detail == "site-keys-wrong-passphrase");
    CHECK(keys.current()->value().fingerprint == before);
    CHECK(keys.all()->size() == 1);
}

TEST_CASE("Rotating keys keeps the old ones, so files sealed to them still open", "[sitekeys]")
{
    testing::TempDatabase db(Role::ClinicalLead);
    SiteKeyStore keys(db.store(), kCheap);
    auto first = keys.create(kPassphrase);
    REQUIRE(first.ok());

    // A peer writes a file to this site's first key.
    testing::TestSites sites;
    const std::string me = db.store().site().siteUuid;
    exchange::EnvelopeWriter writer(sites.a.id, sites.a.keys);
    exchange::EnvelopeRequest request;
    request.recipients = {{me, first->encryptionKey, first->fingerprint}};
    request.createdAtMillis = testing::kTestNow;
    auto file = writer.writeToString(request, "the body");
    REQUIRE(file.ok());

    db.clock().advance(60'000);
    auto second = keys.rotate(kPassphrase);
    REQUIRE(second.ok());
    CHECK_FALSE(second->fingerprint == first->fingerprint);
    CHECK(audits(db, "rotate-site-keys") == 1);
    auto all = keys.all();
    REQUIRE(all->size() == 2);
    CHECK(all->at(0).fingerprint == second->fingerprint);
    CHECK(all->at(0).current());
    CHECK(all->at(1).fingerprint == first->fingerprint);
    CHECK(all->at(1).retiredAt == testing::kTestNow + 60'000);
    CHECK(keys.card()->fingerprint == second->fingerprint);

    auto unlocked = keys.unlockAll(kPassphrase);
    REQUIRE(unlocked.ok());
    REQUIRE(unlocked->size() == 2);
    CHECK(unlocked->at(0).fingerprint() == second->fingerprint);
    exchange::RecipientIdentity identity{me, {}};
    for (const auto& k : *unlocked)
        identity.keys.push_back(&k);
    std::istringstream in(*file);
    auto opened = sites.reader().open(in, identity);
    REQUIRE(opened.ok());
    CHECK(opened->body == "the body");
}

TEST_CASE("A new passphrase re-seals every key, current and retired", "[sitekeys]")
{
    testing::TempDatabase db(Role::Admin);
    SiteKeyStore keys(db.store(), kCheap);
    REQUIRE(keys.create(kPassphrase).ok());
    REQUIRE(keys.rotate(kPassphrase).ok());
    CHECK(keys.changePassphrase("wrong passphrase", "a new passphrase").error().code
          == base::ErrorCode::BadCredentials);
    REQUIRE(keys.changePassphrase(kPassphrase, "a new passphrase").ok());
    CHECK(keys.unlockAll(kPassphrase).error().detail == "site-keys-wrong-passphrase");
    CHECK(keys.unlockAll("a new passphrase")->size() == 2);
    CHECK(audits(db, "reseal-site-keys") == 1);
}

TEST_CASE("Only administrators and clinical leads make or rotate the site's keys", "[sitekeys]")
{
    for (auto role : {Role::Receptionist, Role::Hca, Role::Nurse, Role::Gp}) {
        testing::TempDatabase db(role);
        auto r = SiteKeyStore(db.store(), kCheap).create(kPassphrase);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == base::ErrorCode::PermissionDenied);
        CHECK(r.error().field == "manage-peers");
        CHECK_FALSE(security::roleMay(role, security::Permission::ManagePeers));
    }
    CHECK(security::roleMay(Role::Admin, security::Permission::ManagePeers));
    CHECK(security::roleMay(Role::ClinicalLead, security::Permission::ManagePeers));
    CHECK(security::permissionCode(security::Permission::ManagePeers) == "manage-peers");
}

TEST_CASE("The site card carries the site, its organisation and current keys, and reads back", "[sitekeys]")
{
    testing::TempDatabase db(Role::Admin);
    SiteKeyStore keys(db.store(), kCheap);
    auto made = keys.create(kPassphrase);
    REQUIRE(made.ok());
    auto card = keys.card();
    REQUIRE(card.ok());
    CHECK(card->siteId == db.store().site().siteUuid);
    CHECK(card->siteName == "Test Practice");
    CHECK(card->organisationName == "Test Practice");
    CHECK(card->odsCode.empty());

    CHECK(keys.setOrganisation({"Riverside Surgery", "f84001"}).error().field == "ODS code");
    CHECK(keys.setOrganisation({"", "F84001"}).error().code == base::ErrorCode::RequiredField);
    REQUIRE(keys.setOrganisation({"Riverside Surgery", "F84001"}).ok());
    CHECK(audits(db, "set-site-organisation") == 1);
    card = keys.card();
    auto parsed = exchange::SiteCard::parse(card->toText());
    REQUIRE(parsed.ok());
    CHECK(parsed->organisationName == "Riverside Surgery");
    CHECK(parsed->odsCode == "F84001");
    CHECK(parsed->fingerprint == made->fingerprint);
    CHECK(parsed->createdAtMillis == testing::kTestNow);
}

TEST_CASE("A new incarnation gives later versions a new origin and is audited", "[sitekeys][incarnation]")
{
    testing::TempDatabase db(Role::Admin);
    const auto first = db.store().site().incarnation;
    CHECK(*db.store().connection().scalarInt("SELECT count(*) FROM site_incarnation WHERE reason = 'initialise'") == 1);
    db.loginAs(Role::Receptionist);
    CHECK(db.store().startNewIncarnation("restored").error().code == base::ErrorCode::PermissionDenied);
    db.loginAs(Role::Admin);
    REQUIRE(db.store().startNewIncarnation("restored").ok());
    const auto second = db.store().site().incarnation;
    CHECK(second != first);
    CHECK(*db.store().connection().scalarInt("SELECT count(*) FROM audit WHERE action = 'start-incarnation'") == 1);

    // A user added now is a version of the new incarnation; the admin made at set-up keeps the old.
    REQUIRE(record::UserAccounts(db.store()).add("newnurse", "", Role::Nurse, "password1").ok());
    auto st = db.store().connection().prepare(
        "SELECT o.uuid FROM journal j JOIN origin o ON o.id = j.origin ORDER BY j.seq");
    std::vector<std::string> origins;
    while (*st->step())
        origins.push_back(st->columnText(0));
    REQUIRE_FALSE(origins.empty());
    CHECK(origins.front() == first);
    CHECK(origins.back() == second);
    db.reopen();
    CHECK(db.store().site().incarnation == second);
}

TEST_CASE("A database copied to a new file starts a new incarnation when opened; the original does not",
          "[sitekeys][incarnation]")
{
    testing::TempDir dir;
    base::FixedClock clock(testing::kTestNow);
    const std::string original = dir.file("site.carehouse");
    const std::string copy = dir.file("restored.carehouse");
    std::string incarnation;
    {
        auto store = record::RecordStore::open(original, clock, record::RecordStore::OpenMode::CreateIfMissing);
        REQUIRE(store.ok());
        REQUIRE((*store)->initialise("Copied Practice", "admin", "", "password1").ok());
        incarnation = (*store)->site().incarnation;
    }
    std::filesystem::copy_file(original, copy);
    {
        auto reopened = record::RecordStore::open(original, clock);
        REQUIRE(reopened.ok());
        CHECK((*reopened)->site().incarnation == incarnation);
    }
    auto restored = record::RecordStore::open(copy, clock);
    REQUIRE(restored.ok());
    const auto fresh = (*restored)->site().incarnation;
    CHECK(fresh != incarnation);
    CHECK((*restored)->site().siteUuid.size() == 36);
    CHECK(*(*restored)->connection().scalarInt("SELECT count(*) FROM site_incarnation WHERE reason = 'file-changed'")
          == 1);
    CHECK(*(*restored)->connection().scalarInt("SELECT count(*) FROM audit WHERE action = 'start-incarnation'") == 1);
    restored.value().reset();
    // Opening the copy again keeps the incarnation it was given.
    auto again = record::RecordStore::open(copy, clock);
    REQUIRE(again.ok());
    CHECK((*again)->site().incarnation == fresh);
}
