#include "core/base/Uuid.h"
#include "core/record/PatientRegistration.h"
#include "core/record/RecordStore.h"
#include "core/record/UserAccounts.h"
#include "tests/support/TempDatabase.h"

#include <catch2/catch.hpp>

using namespace carehouse;
using base::ErrorCode;
using model::Role;

namespace {

std::string registerOne(testing::TempDatabase& db)
{
    auto role = db.store().currentUser()->role;
    db.loginAs(Role::Receptionist);
    record::PatientDraft d;
    d.familyName = "Khan";
    d.givenName = "Imran";
    d.birthDate = "01/02/1960";
    auto id = record::PatientRegistration(db.store()).registerPatient(d);
    REQUIRE(id.ok());
    db.loginAs(role);
    return *id;
}

base::Status recordHbA1c(record::RecordStore& s, const std::string& patientId)
{
    model::Observation o;
    o.id = base::newUuid();
    o.patientId = patientId;
    o.code = "999791000000106";
    o.effective = *base::CivilDate::fromYmd(2026, 11, 1);
    o.value = 53;
    o.unit = "mmol/mol";
    record::ChangeSet cs("record-observation", patientId);
    cs.addObservation(o);
    auto r = s.commit(cs);
    if (!r)
        return r.error();
    return {};
}

} // namespace

TEST_CASE("A receptionist cannot record a clinical value, even bypassing the GUI", "[security]")
{
    testing::TempDatabase db(Role::Receptionist);
    auto id = registerOne(db);
    auto r = recordHbA1c(db.store(), id);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::PermissionDenied);
    auto dx = record::PatientRegistration(db.store()).addDiagnosis(id, "44054006", "");
    REQUIRE_FALSE(dx.ok());
    CHECK(dx.error().code == ErrorCode::PermissionDenied);
}

TEST_CASE("An HCA records care-process values but not diagnoses", "[security]")
{
    testing::TempDatabase db(Role::Hca);
    auto id = registerOne(db);
    CHECK(recordHbA1c(db.store(), id).ok());
    auto dx = record::PatientRegistration(db.store()).addDiagnosis(id, "44054006", "");
    REQUIRE_FALSE(dx.ok());
    CHECK(dx.error().code == ErrorCode::PermissionDenied);
}

TEST_CASE("Nurses and GPs record diagnoses", "[security]")
{
    for (auto role : {Role::Nurse, Role::Gp}) {
        testing::TempDatabase db(role);
        auto id = registerOne(db);
        CHECK(record::PatientRegistration(db.store()).addDiagnosis(id, "44054006", "01/01/2020").ok());
        CHECK(recordHbA1c(db.store(), id).ok());
    }
}

TEST_CASE("Only an administrator adds users", "[security]")
{
    testing::TempDatabase db(Role::Nurse);
    auto r = record::UserAccounts(db.store()).add("newnurse", "", Role::Nurse, "password1");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::PermissionDenied);
    db.loginAs(Role::Admin);
    CHECK(record::UserAccounts(db.store()).add("newnurse", "", Role::Nurse, "password1").ok());
    auto dup = record::UserAccounts(db.store()).add("newnurse", "", Role::Nurse, "password1");
    CHECK(dup.error().code == ErrorCode::UserExists);
}

TEST_CASE("Nothing is written without a login, and a wrong password is refused and audited", "[security]")
{
    testing::TempDatabase db(Role::Nurse);
    auto id = registerOne(db);
    db.store().logout();
    CHECK(recordHbA1c(db.store(), id).error().code == ErrorCode::NotLoggedIn);
    auto before = *db.store().connection().scalarInt("SELECT count(*) FROM audit WHERE action = 'login-failed'");
    auto bad = db.store().login("nurse", "not-the-password");
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().code == ErrorCode::BadCredentials);
    CHECK(*db.store().connection().scalarInt("SELECT count(*) FROM audit WHERE action = 'login-failed'") == before + 1);
    CHECK(db.store().login("nobody", "password1").error().code == ErrorCode::BadCredentials);
}

TEST_CASE("Passwords are stored only as Argon2id hashes", "[security]")
{
    testing::TempDatabase db(Role::Admin);
    auto st = db.store().connection().prepare("SELECT password_hash FROM user_account");
    while (*st->step()) {
        auto hash = st->columnText(0);
        CHECK(hash.rfind("$argon2id$", 0) == 0);
        CHECK(hash.find(testing::TempDatabase::kPassword) == std::string::npos);
    }
    CHECK(*db.store().connection().scalarInt("SELECT count(*) FROM journal WHERE payload LIKE '%password1%'") == 0);
}
