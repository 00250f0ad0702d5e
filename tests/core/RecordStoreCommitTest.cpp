#include "core/base/Uuid.h"
#include "core/record/IntegrityCheck.h"
#include "core/record/PatientRegistration.h"
#include "core/record/PatientRepository.h"
#include "core/record/RecordStore.h"
#include "tests/support/TempDatabase.h"

#include <catch2/catch.hpp>

using namespace carehouse;
using base::ErrorCode;

namespace {

record::PatientDraft draft(std::string family, std::string given, std::string dob, std::string nhs = {})
{
    record::PatientDraft d;
    d.familyName = std::move(family);
    d.givenName = std::move(given);
    d.birthDate = std::move(dob);
    d.nhsNumber = std::move(nhs);
    d.gender = "female";
    return d;
}

long long count(record::RecordStore& s, const char* table)
{
    return *s.connection().scalarInt(std::string("SELECT count(*) FROM ") + table);
}

} // namespace

TEST_CASE("A commit writes the current row, a journal version and an audit entry together", "[record]")
{
    testing::TempDatabase db(model::Role::Receptionist);
    auto& s = db.store();
    auto journalBefore = count(s, "journal"), auditBefore = count(s, "audit");
    auto id = record::PatientRegistration(s).registerPatient(draft("Begum", "Rahima", "02/03/1956", "9434765919"));
    REQUIRE(id.ok());
    CHECK(count(s, "patient") == 1);
    CHECK(count(s, "journal") == journalBefore + 1);
    CHECK(count(s, "audit") == auditBefore + 1);
    auto row = s.connection().prepare(
        "SELECT j.author, d.site_uuid, j.parents, o.uuid, j.counter FROM journal j JOIN site_directory d ON d.id = "
        "j.author_site JOIN origin o ON o.id = j.origin ORDER BY j.seq DESC LIMIT 1");
    REQUIRE(row.ok());
    REQUIRE(*row->step());
    CHECK(row->columnText(0) == "reception");
    CHECK(row->columnText(1) == s.site().siteUuid);
    CHECK(row->columnText(2) == "[]");
    CHECK(row->columnText(3) == s.site().incarnation);
}

TEST_CASE("An edit is a new version whose parent is the version it replaced", "[record]")
{
    testing::TempDatabase db(model::Role::Receptionist);
    auto& s = db.store();
    record::PatientRegistration reg(s);
    auto id = reg.registerPatient(draft("Smith", "John", "14/07/1945"));
    REQUIRE(id.ok());
    auto before = record::PatientRepository(s).patient(*id);
    REQUIRE(before.ok());
    auto d = record::PatientRegistration::draftFrom(before->value);
    d.familyName = "Smyth";
    REQUIRE(reg.update(*id, d, before->headSeq).ok());
    auto after = record::PatientRepository(s).patient(*id);
    CHECK(after->value.familyName == "Smyth");
    CHECK(after->headSeq > before->headSeq);
    auto parents = s.connection().prepare("SELECT parents FROM journal WHERE seq = ?");
    parents->bind(1, after->headSeq);
    REQUIRE(*parents->step());
    CHECK(parents->columnText(0).find(s.site().incarnation) != std::string::npos);
    CHECK(count(s, "journal") >= 2);
}

TEST_CASE("Saving over someone else's newer version is refused as stale and changes nothing", "[record]")
{
    testing::TempDatabase db(model::Role::Receptionist);
    auto& s = db.store();
    record::PatientRegistration reg(s);
    auto id = reg.registerPatient(draft("Smith", "John", "14/07/1945"));
    auto first = record::PatientRepository(s).patient(*id);
    auto d1 = record::PatientRegistration::draftFrom(first->value);
    d1.phone = "020 7946 0000";
    REQUIRE(reg.update(*id, d1, first->headSeq).ok()); // window one saves
    auto d2 = record::PatientRegistration::draftFrom(first->value);
    d2.familyName = "Smythe";
    auto stale = reg.update(*id, d2, first->headSeq); // window two saves from the old version
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().code == ErrorCode::StaleVersion);
    auto now = record::PatientRepository(s).patient(*id);
    CHECK(now->value.familyName == "Smith");
    CHECK(now->value.phone == "020 7946 0000");
}

TEST_CASE("A commit that fails part way leaves nothing behind", "[record]")
{
    testing::TempDatabase db(model::Role::Nurse);
    auto& s = db.store();
    auto journal = count(s, "journal"), audit = count(s, "audit");
    model::Patient p;
    p.id = base::newUuid();
    p.givenName = "Ann";
    p.familyName = "Lee";
    p.birthDate = *base::CivilDate::fromYmd(1950, 1, 1);
    model::Observation orphan;
    orphan.id = base::newUuid();
    orphan.patientId = base::newUuid(); // nobody: the foreign key fails on the second change
    orphan.code = "999791000000106";
    orphan.effective = *base::CivilDate::fromYmd(2026, 1, 1);
    orphan.value = 50;
    orphan.unit = "mmol/mol";
    record::ChangeSet cs("test", p.id);
    cs.addPatient(p);
    cs.addObservation(orphan);
    auto r = s.commit(cs);
    REQUIRE_FALSE(r.ok());
    CHECK(count(s, "patient") == 0);
    CHECK(count(s, "journal") == journal);
    CHECK(count(s, "audit") == audit);
}

TEST_CASE("A full disk is reported as such and the record stays whole", "[record]")
{
    testing::TempDatabase db(model::Role::Receptionist);
    auto& s = db.store();
    record::PatientRegistration reg(s);
    REQUIRE(reg.registerPatient(draft("Smith", "John", "14/07/1945")).ok());
    // Cap the file at its current size: the next write that needs a new page fails as SQLITE_FULL.
    auto pages = *s.connection().scalarInt("PRAGMA page_count");
    REQUIRE(s.connection().exec("PRAGMA max_page_count = " + std::to_string(pages)).ok());
    int failures = 0;
    for (int i = 0; i < 200 && failures == 0; ++i) {
        auto r = reg.registerPatient(draft("Person" + std::to_string(i), std::string(400, 'x'), "01/01/1960"));
        if (!r.ok()) {
            ++failures;
            CHECK(r.error().code == ErrorCode::DiskFull);
        }
    }
    REQUIRE(failures == 1);
    REQUIRE(s.connection().exec("PRAGMA max_page_count = 1073741823").ok());
    auto report = record::IntegrityCheck(s).run();
    REQUIRE(report.ok());
    CHECK(report->ok());
}

TEST_CASE("Version counters and clock only move forward across reopen", "[record]")
{
    testing::TempDatabase db(model::Role::Receptionist);
    record::PatientRegistration reg(db.store());
    REQUIRE(reg.registerPatient(draft("A", "B", "01/01/1950")).ok());
    auto last = *db.store().connection().scalarInt("SELECT max(counter) FROM journal");
    auto lastHlc = *db.store().connection().scalarInt("SELECT max(hlc) FROM journal");
    db.clock().advance(-3'600'000); // the wall clock steps back an hour
    db.reopen();
    record::PatientRegistration reg2(db.store());
    REQUIRE(reg2.registerPatient(draft("C", "D", "01/01/1950")).ok());
    CHECK(*db.store().connection().scalarInt("SELECT max(counter) FROM journal") == last + 1);
    CHECK(*db.store().connection().scalarInt("SELECT hlc FROM journal ORDER BY seq DESC LIMIT 1") > lastHlc);
}

TEST_CASE("A new record with an id that already exists is refused and overwrites nothing", "[record]")
{
    testing::TempDatabase db(model::Role::Receptionist);
    auto& s = db.store();
    auto id = record::PatientRegistration(s).registerPatient(draft("Smith", "John", "14/07/1945"));
    REQUIRE(id.ok());
    model::Patient clash;
    clash.id = *id;
    clash.familyName = "Impostor";
    clash.givenName = "X";
    clash.birthDate = *base::CivilDate::fromYmd(1990, 1, 1);
    record::ChangeSet cs("register-patient", clash.id);
    cs.addPatient(clash);
    auto r = s.commit(cs);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::StaleVersion);
    CHECK(record::PatientRepository(s).patient(*id)->value.familyName == "Smith");
}
