#include "core/base/Uuid.h"
#include "core/record/PatientRegistration.h"
#include "core/record/PatientSummaryReader.h"
#include "core/record/RecordHistory.h"
#include "tests/support/TempDatabase.h"

#include <catch2/catch.hpp>
#include <map>

using namespace carehouse;
using base::ErrorCode;

namespace {

bool hasError(const std::vector<base::Error>& errors, ErrorCode code, const std::string& field)
{
    for (const auto& e : errors)
        if (e.code == code && e.field == field)
            return true;
    return false;
}

} // namespace

TEST_CASE("Registration reports every problem with the form at once", "[registration]")
{
    testing::TempDatabase db(model::Role::Receptionist);
    record::PatientRegistration reg(db.store());
    record::PatientDraft d;
    d.familyName = "  ";
    d.birthDate = "01/01/2030";
    d.nhsNumber = "943 476 5918";
    model::Patient out;
    auto errors = reg.validate(d, out);
    CHECK(hasError(errors, ErrorCode::RequiredField, "family name"));
    CHECK(hasError(errors, ErrorCode::RequiredField, "given name"));
    CHECK(hasError(errors, ErrorCode::DateInFuture, "date of birth"));
    CHECK(hasError(errors, ErrorCode::NhsNumberCheckDigit, "NHS number"));
    d.birthDate = "31/02/1950";
    CHECK(hasError(reg.validate(d, out), ErrorCode::DateImplausible, "date of birth"));
    d.birthDate = "";
    CHECK(hasError(reg.validate(d, out), ErrorCode::RequiredField, "date of birth"));
}

TEST_CASE("An NHS number already registered to someone else is refused", "[registration]")
{
    testing::TempDatabase db(model::Role::Receptionist);
    record::PatientRegistration reg(db.store());
    record::PatientDraft d;
    d.familyName = "Ahmed";
    d.givenName = "Abdul";
    d.birthDate = "01/01/1950";
    d.nhsNumber = "9434765919";
    auto first = reg.registerPatient(d);
    REQUIRE(first.ok());
    d.givenName = "Other";
    auto second = reg.registerPatient(d);
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().code == ErrorCode::DuplicateNhsNumber);
    // Editing the same person keeps their own number.
    d.givenName = "Abdul";
    model::Patient out;
    auto mine = reg.validate(d, out, *first);
    CHECK(mine.empty());
}

TEST_CASE("Diagnoses come from the catalogue and shape the summary", "[registration]")
{
    testing::TempDatabase db(model::Role::Nurse);
    record::PatientRegistration reg(db.store());
    record::PatientDraft d;
    d.familyName = "Kowalski";
    d.givenName = "Piotr";
    d.birthDate = "05/05/1961";
    auto id = reg.registerPatient(d);
    REQUIRE(id.ok());
    REQUIRE(reg.addDiagnosis(*id, "44054006", "12/03/2015").ok());
    REQUIRE(reg.addDiagnosis(*id, "38341003", "").ok());
    CHECK(reg.addDiagnosis(*id, "123", "").error().code == ErrorCode::UnknownCode);
    CHECK(reg.addDiagnosis(*id, "35489007", "01/01/2099").error().code == ErrorCode::DateInFuture);
    auto summary = record::PatientSummaryReader(db.store()).open(*id);
    REQUIRE(summary.ok());
    REQUIRE(summary->diabetes);
    CHECK(summary->diabetes->term == "Type 2 diabetes mellitus");
    CHECK(summary->diabetes->onsetDate.display() == "12-Mar-2015");
    REQUIRE(summary->otherLongTermConditions.size() == 1);
    CHECK(summary->otherLongTermConditions[0].term == "Hypertension");
    CHECK(summary->careProcesses.size() == 12);
    for (const auto& row : summary->careProcesses)
        CHECK_FALSE(row.latest.has_value());
}

TEST_CASE("The summary shows each care process's latest value with its unit and date", "[registration]")
{
    testing::TempDatabase db(model::Role::Nurse);
    record::PatientDraft d;
    d.familyName = "Okafor";
    d.givenName = "Ngozi";
    d.birthDate = "01/01/1955";
    auto id = record::PatientRegistration(db.store()).registerPatient(d);
    REQUIRE(id.ok());
    record::ChangeSet cs("record-observation", *id);
    auto add = [&](const char* code, const char* date, std::optional<double> v, std::optional<double> v2,
                   const char* valueCode, const char* unit) {
        model::Observation o;
        o.id = base::newUuid();
        o.patientId = *id;
        o.code = code;
        o.effective = *base::CivilDate::parseIso(date);
        o.value = v;
        o.value2 = v2;
        o.valueCode = valueCode;
        o.unit = unit;
        cs.addObservation(o);
    };
    add("999791000000106", "2025-10-01", 71, {}, "", "mmol/mol");
    add("999791000000106", "2026-10-01", 64, {}, "", "mmol/mol");
    add("75367002", "2026-10-08", 142, 84, "", "mm[Hg]");
    add("carehouse:smoking-status", "2026-10-08", {}, {}, "8517006", "");
    REQUIRE(db.store().commit(cs).ok());
    auto summary = record::PatientSummaryReader(db.store()).open(*id);
    REQUIRE(summary.ok());
    std::map<std::string, std::string> shown, flags;
    for (const auto& row : summary->careProcesses) {
        shown[row.item.id] = row.valueText + (row.latest ? " on " + row.latest->effective.display() : "");
        flags[row.item.id] = row.flag;
    }
    CHECK(flags["hba1c"] == "Above target (58 mmol/mol or less)");
    CHECK(flags["blood-pressure"] == "Above target (140/80 mmHg or less)");
    CHECK(flags["smoking"].empty());
    CHECK(shown["hba1c"] == "64 mmol/mol on 01-Oct-2026");
    CHECK(shown["blood-pressure"] == "142/84 mmHg on 08-Oct-2026");
    CHECK(shown["smoking"] == "Ex-smoker on 08-Oct-2026");
    CHECK(shown["cholesterol"].empty());
}

TEST_CASE("Opening a record is audited with who looked at whom", "[registration]")
{
    testing::TempDatabase db(model::Role::Receptionist);
    record::PatientDraft d;
    d.familyName = "Ali";
    d.givenName = "Mohammed";
    d.birthDate = "01/01/1950";
    auto id = record::PatientRegistration(db.store()).registerPatient(d);
    REQUIRE(record::PatientSummaryReader(db.store()).open(*id).ok());
    auto st
        = db.store().connection().prepare("SELECT username FROM audit WHERE action = 'view-record' AND patient_id = ?");
    st->bind(1, *id);
    REQUIRE(*st->step());
    CHECK(st->columnText(0) == "reception");
}

TEST_CASE("History lists who changed what, when and where, newest first", "[registration]")
{
    testing::TempDatabase db(model::Role::Receptionist);
    record::PatientRegistration reg(db.store());
    record::PatientDraft d;
    d.familyName = "Smith";
    d.givenName = "John";
    d.birthDate = "14/07/1945";
    auto id = reg.registerPatient(d);
    db.clock().advance(60'000);
    db.loginAs(model::Role::Nurse);
    auto cur = record::PatientRepository(db.store()).patient(*id);
    d.familyName = "Smyth";
    REQUIRE(reg.update(*id, d, cur->headSeq).ok());
    REQUIRE(reg.addDiagnosis(*id, "44054006", "01/06/2019").ok());
    auto history = record::RecordHistory(db.store()).forPatient(*id);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 3);
    auto& diagnosis = (*history)[0];
    CHECK(diagnosis.type == record::RecordType::Condition);
    CHECK(diagnosis.created);
    auto& edit = (*history)[1];
    CHECK(edit.author == "nurse");
    CHECK(edit.siteName == "Test Practice");
    CHECK_FALSE(edit.created);
    REQUIRE(edit.changes.size() == 1);
    CHECK(edit.changes[0].key == "family");
    CHECK(edit.changes[0].before == "Smith");
    CHECK(edit.changes[0].after == "Smyth");
    auto& created = (*history)[2];
    CHECK(created.created);
    CHECK(created.author == "reception");
    CHECK(created.atMillis == testing::kTestNow);
}

TEST_CASE("History describes an observation as the summary shows it", "[registration]")
{
    testing::TempDatabase db(model::Role::Hca);
    record::PatientDraft d;
    d.familyName = "Osei";
    d.givenName = "Kofi";
    d.birthDate = "01/01/1960";
    auto id = record::PatientRegistration(db.store()).registerPatient(d);
    REQUIRE(id.ok());
    model::Observation o;
    o.id = base::newUuid();
    o.patientId = *id;
    o.code = "75367002";
    o.effective = *base::CivilDate::fromYmd(2026, 10, 8);
    o.value = 145;
    o.value2 = 90;
    o.unit = "mm[Hg]";
    record::ChangeSet cs("record-observation", *id);
    cs.addObservation(o);
    REQUIRE(db.store().commit(cs).ok());
    auto history = record::RecordHistory(db.store()).forPatient(*id);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 2);
    CHECK((*history)[0].subject == "Blood pressure");
    CHECK((*history)[0].valueText == "145/90 mmHg");
    CHECK((*history)[1].subject.empty());
}
