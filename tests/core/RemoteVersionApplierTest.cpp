#include "core/record/RemoteVersionApplier.h"

#include "core/journal/HybridLogicalClock.h"
#include "core/journal/SyncError.h"
#include "core/record/ConflictBook.h"
#include "core/record/IntegrityCheck.h"
#include "core/record/RecordHistory.h"
#include "tests/support/SyncSite.h"

#include <catch2/catch.hpp>

using namespace carehouse;
using journal::SyncError;
using testing::SyncSite;

namespace {

std::int64_t count(SyncSite& site, const std::string& sql)
{
    auto n = site.store().connection().scalarInt(sql);
    REQUIRE(n.ok());
    return *n;
}

journal::SyncError reasonOf(const base::Error& e)
{
    auto reason = journal::syncErrorOf(e);
    REQUIRE(reason.has_value());
    return *reason;
}

} // namespace

TEST_CASE("Versions from another site are applied once: the same batch again changes nothing", "[record][sync]")
{
    SyncSite a("Practice"), b("Clinic");
    const auto id = testing::registerPerson(a, 1);
    REQUIRE(testing::moveTo(a, id, "Leeds").ok());
    const auto batch = a.versionsNotIn(b.held());
    REQUIRE(batch.size() == 2);
    CHECK(batch[0].recordType == "patient");
    CHECK(batch[1].parents == std::vector<journal::VersionId>{batch[0].id});

    auto first = record::RemoteVersionApplier(b.store()).apply(batch, a.uuid());
    REQUIRE(first.ok());
    CHECK(first->applied == 2);
    CHECK(first->alreadyHeld == 0);
    CHECK(first->patientsChanged == std::vector<std::string>{id});
    CHECK(testing::townOf(b, id) == "Leeds");
    const auto journalRows = count(b, "SELECT count(*) FROM journal");
    const auto rows = testing::currentRowsDump(b.store());

    auto again = record::RemoteVersionApplier(b.store()).apply(batch, a.uuid());
    REQUIRE(again.ok());
    CHECK(again->applied == 0);
    CHECK(again->alreadyHeld == 2);
    CHECK(count(b, "SELECT count(*) FROM journal") == journalRows);
    CHECK(testing::currentRowsDump(b.store()) == rows);
    CHECK(testing::currentRowsDump(b.store()) == testing::currentRowsDump(a.store()));
    // Each batch is audited once, naming the site it came from.
    CHECK(
        count(b,
              "SELECT count(*) FROM audit WHERE action = 'apply-remote-versions' AND detail LIKE '%" + a.uuid() + "%'")
        == 2);
    CHECK(record::IntegrityCheck(b.store()).run()->ok());
    // Nothing is left to send either way.
    CHECK(a.versionsNotIn(b.held()).empty());
    CHECK(b.versionsNotIn(a.held()).empty());
}

TEST_CASE("The author's site and name travel with a version and show in the history", "[record][sync]")
{
    SyncSite a("Practice"), b("Clinic");
    const auto id = testing::registerPerson(a, 1);
    testing::sendAll(a, b);
    auto v = record::JournalVersionReader(b.store()).version(a.versionsNotIn({}).front().id);
    REQUIRE(v.ok());
    REQUIRE(v->has_value());
    CHECK((*v)->authorSiteUuid == a.uuid());
    CHECK((*v)->authorSiteName == "Practice");
    CHECK((*v)->author == "gp");
    CHECK((*v)->patientId == id);

    auto history = record::RecordHistory(b.store()).forPatient(id);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 1);
    CHECK(history->front().siteName == "Practice");
    CHECK(history->front().author == "gp");
    CHECK(history->front().authorName.empty()); // the clinic's own GP did not write it
    auto own = record::RecordHistory(a.store()).forPatient(id);
    REQUIRE(own.ok());
    CHECK(own->front().authorName == "Dr Practice");
}

TEST_CASE("A batch with one bad version in the middle applies nothing", "[record][sync]")
{
    SyncSite a("Practice"), b("Clinic");
    testing::registerPerson(a, 1);
    testing::registerPerson(a, 2);
    testing::registerPerson(a, 3);
    auto batch = a.versionsNotIn(b.held());
    REQUIRE(batch.size() == 3);
    const auto before = count(b, "SELECT count(*) FROM journal");
    const auto audits = count(b, "SELECT count(*) FROM audit");

    SECTION("a payload that is not a JSON object")
    {
        batch[1].payload = "[1, 2]";
        auto r = record::RemoteVersionApplier(b.store()).apply(batch, a.uuid());
        REQUIRE_FALSE(r.ok());
        CHECK(reasonOf(r.error()) == SyncError::MalformedVersion);
        CHECK(r.error().field == batch[1].id.text());
    }
    SECTION("a parent nobody has")
    {
        batch[1].parents.push_back({"0b7c0c9e-0000-4000-8000-000000000000", 4});
        auto r = record::RemoteVersionApplier(b.store()).apply(batch, a.uuid());
        REQUIRE_FALSE(r.ok());
        CHECK(reasonOf(r.error()) == SyncError::MissingParent);
        CHECK(r.error().hint == "0b7c0c9e-0000-4000-8000-000000000000:4");
    }
    SECTION("an observation for a person not held here")
    {
        const auto absent = testing::registerPerson(a, 4);
        model::Observation o;
        o.id = base::newUuid();
        o.patientId = absent;
        o.code = "999791000000106";
        o.effective = *base::CivilDate::fromYmd(2026, 11, 1);
        o.value = 53;
        o.unit = "mmol/mol";
        record::ChangeSet cs("record-observation", absent);
        cs.addObservation(o);
        REQUIRE(a.store().commit(cs).ok());
        auto all = a.versionsNotIn(b.held());
        std::vector<journal::JournalVersion> withoutPerson{all[0], all[4], all[2]};
        auto r = record::RemoteVersionApplier(b.store()).apply(withoutPerson, a.uuid());
        REQUIRE_FALSE(r.ok());
        CHECK(reasonOf(r.error()) == SyncError::MissingPatient);
    }
    SECTION("the same version id with different content")
    {
        batch.push_back(batch[0]);
        batch.back().payload = batch[2].payload;
        auto r = record::RemoteVersionApplier(b.store()).apply(batch, a.uuid());
        REQUIRE_FALSE(r.ok());
        CHECK(reasonOf(r.error()) == SyncError::VersionMismatch);
    }
    SECTION("a staff account")
    {
        batch[1].recordType = "user";
        auto r = record::RemoteVersionApplier(b.store()).apply(batch, a.uuid());
        REQUIRE_FALSE(r.ok());
        CHECK(reasonOf(r.error()) == SyncError::SiteLocalRecord);
        CHECK(r.error().code == base::ErrorCode::PermissionDenied);
    }
    SECTION("a version claiming to be this site's own")
    {
        batch[1].id.origin = b.store().site().incarnation;
        auto r = record::RemoteVersionApplier(b.store()).apply(batch, a.uuid());
        REQUIRE_FALSE(r.ok());
        CHECK(reasonOf(r.error()) == SyncError::UnknownOwnVersion);
    }
    CHECK(count(b, "SELECT count(*) FROM journal") == before);
    CHECK(count(b, "SELECT count(*) FROM patient") == 0);
    CHECK(count(b, "SELECT count(*) FROM origin") == 1);
    CHECK(count(b, "SELECT count(*) FROM audit") == audits);
}

TEST_CASE("Staff accounts never leave their site", "[record][sync]")
{
    SyncSite a("Practice"), b("Clinic");
    for (const auto& v : a.versionsNotIn({}))
        CHECK(v.recordType != "user");
    CHECK(a.held().count() == 2); // the administrator and the GP
    CHECK(a.versionsNotIn({}).empty());
}

TEST_CASE("A dry run reports what a batch would do and writes nothing", "[record][sync]")
{
    SyncSite a("Practice"), b("Clinic");
    testing::registerPerson(a, 1);
    const auto audits = count(b, "SELECT count(*) FROM audit");
    auto r = record::RemoteVersionApplier(b.store()).apply(a.versionsNotIn(b.held()), a.uuid(), {true});
    REQUIRE(r.ok());
    CHECK(r->applied == 1);
    CHECK(r->auditSeq == 0);
    CHECK(count(b, "SELECT count(*) FROM patient") == 0);
    CHECK(count(b, "SELECT count(*) FROM audit") == audits);
}

TEST_CASE("A version more than an hour ahead of this site's clock is refused, naming the version and its site",
          "[record][sync]")
{
    SyncSite a("Fast clock"), b("Clinic");
    a.clock().advance(61 * 60 * 1000);
    testing::registerPerson(a, 1);
    const auto batch = a.versionsNotIn(b.held());
    auto r = record::RemoteVersionApplier(b.store()).apply(batch, a.uuid());
    REQUIRE_FALSE(r.ok());
    CHECK(reasonOf(r.error()) == SyncError::ClockTooFarAhead);
    CHECK(r.error().field == batch[0].id.text());
    CHECK(r.error().value == "Fast clock");
    CHECK(r.error().hint == std::to_string(record::RemoteVersionApplier::kDriftLimitMillis));
    CHECK(count(b, "SELECT count(*) FROM journal WHERE record_type = 'patient'") == 0);

    // Within the limit it is applied, and this site's clock moves past it: its next version is later.
    b.clock().advance(2 * 60 * 1000);
    REQUIRE(record::RemoteVersionApplier(b.store()).apply(batch, a.uuid()).ok());
    const auto id = testing::registerPerson(b, 2);
    auto mine = b.versionsNotIn(a.held());
    REQUIRE(mine.size() == 1);
    CHECK(mine[0].patientId == id);
    CHECK(mine[0].hlc > batch[0].hlc);
    CHECK(journal::HybridLogicalClock::millisOf(mine[0].hlc) < b.clock().nowMillis() + 60 * 60 * 1000);
}

TEST_CASE("Applying versions from a peer needs a login allowed to exchange records", "[record][sync][security]")
{
    SyncSite a("Practice"), b("Clinic");
    testing::registerPerson(a, 1);
    const auto batch = a.versionsNotIn(b.held());
    b.store().logout();
    auto r = record::RemoteVersionApplier(b.store()).apply(batch, a.uuid());
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == base::ErrorCode::NotLoggedIn);
    for (auto role : {model::Role::Admin, model::Role::ClinicalLead, model::Role::Nurse, model::Role::Gp})
        CHECK(security::roleMay(role, security::Permission::ExchangeRecords));
    for (auto role : {model::Role::Receptionist, model::Role::Hca})
        CHECK_FALSE(security::roleMay(role, security::Permission::ExchangeRecords));
    CHECK(security::permissionCode(security::Permission::ExchangeRecords) == "exchange-records");
}

TEST_CASE("Versions arriving in any order within a batch are applied parents first", "[record][sync]")
{
    SyncSite a("Practice"), b("Clinic");
    const auto id = testing::registerPerson(a, 1);
    REQUIRE(testing::moveTo(a, id, "York").ok());
    REQUIRE(testing::moveTo(a, id, "Hull").ok());
    auto batch = a.versionsNotIn(b.held());
    std::reverse(batch.begin(), batch.end());
    auto r = record::RemoteVersionApplier(b.store()).apply(batch, a.uuid());
    REQUIRE(r.ok());
    CHECK(r->applied == 3);
    CHECK(testing::townOf(b, id) == "Hull");
    CHECK(testing::conflictsDump(b.store()).empty());
    CHECK(record::IntegrityCheck(b.store()).run()->ok());
}
