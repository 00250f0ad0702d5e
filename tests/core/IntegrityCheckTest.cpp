#include "core/record/IntegrityCheck.h"

#include "core/record/PatientRegistration.h"
#include "tests/support/TempDatabase.h"

#include <catch2/catch.hpp>

using namespace carehouse;

namespace {

void addPeople(testing::TempDatabase& db, int n)
{
    record::PatientRegistration reg(db.store());
    for (int i = 0; i < n; ++i) {
        record::PatientDraft d;
        d.familyName = "Person" + std::to_string(i);
        d.givenName = "Test";
        d.birthDate = "01/01/1960";
        REQUIRE(reg.registerPatient(d).ok());
    }
}

record::IntegrityReport check(testing::TempDatabase& db)
{
    auto r = record::IntegrityCheck(db.store()).run();
    REQUIRE(r.ok());
    return *r;
}

} // namespace

TEST_CASE("A record written only through commit passes every integrity check", "[integrity]")
{
    testing::TempDatabase db(model::Role::Receptionist);
    addPeople(db, 5);
    auto report = check(db);
    CHECK(report.sqliteOk);
    CHECK(report.projectionOk);
    CHECK(report.auditOk);
    CHECK(report.problems.empty());
    CHECK(report.journalVersions >= 11);
}

TEST_CASE("Changing an audit entry after the fact breaks the chain at that entry", "[integrity]")
{
    testing::TempDatabase db(model::Role::Receptionist);
    addPeople(db, 3);
    REQUIRE(db.store().connection().exec("UPDATE audit SET username = 'someone-else' WHERE seq = 4").ok());
    auto report = check(db);
    CHECK_FALSE(report.auditOk);
    CHECK(report.auditBrokenAt == 4);
    CHECK_FALSE(report.ok());
}

TEST_CASE("Removing an audit entry from the middle breaks the chain", "[integrity]")
{
    testing::TempDatabase db(model::Role::Receptionist);
    addPeople(db, 3);
    REQUIRE(db.store().connection().exec("DELETE FROM audit WHERE seq = 3").ok());
    CHECK_FALSE(check(db).auditOk);
}

TEST_CASE("A current row edited behind the journal's back is found", "[integrity]")
{
    testing::TempDatabase db(model::Role::Receptionist);
    addPeople(db, 2);
    REQUIRE(
        db.store().connection().exec("UPDATE patient SET family_name = 'Forged' WHERE family_name = 'Person1'").ok());
    auto report = check(db);
    CHECK_FALSE(report.projectionOk);
    CHECK(report.auditOk);
}

TEST_CASE("A current row with no journal version is found", "[integrity]")
{
    testing::TempDatabase db(model::Role::Receptionist);
    addPeople(db, 1);
    REQUIRE(db.store()
                .connection()
                .exec("INSERT INTO patient (id, head_seq, given_name, family_name, given_key, family_key, birth_date, "
                      "gender, restricted, sharing_consent, large_print) VALUES ('x', 9999, 'A', 'B', 'a', 'b', "
                      "'1950-01-01', 'unknown', 0, 'not-recorded', 0)")
                .ok());
    CHECK_FALSE(check(db).projectionOk);
}
