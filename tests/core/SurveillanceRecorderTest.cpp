#include "core/surveillance/SurveillanceRecorder.h"

#include "core/recall/Worklist.h"
#include "core/record/IntegrityCheck.h"
#include "core/record/PatientRepository.h"
#include "core/record/RecordHistory.h"
#include "core/surveillance/ObservationRecorder.h"
#include "tests/support/TempDatabase.h"
#include "tests/support/TestPeople.h"

#include <catch2/catch.hpp>

using namespace carehouse;
using base::ErrorCode;
using surveillance::SurveillanceEntry;
using surveillance::SurveillanceRecorder;

namespace {

struct Appointment
{
    testing::TempDatabase db{model::Role::Nurse};
    std::string person;
    Appointment()
    {
        person = testing::addPersonWithDiabetes(db.store(), "Okafor", "Grace", "1958-02-14", "9434765919");
        db.loginAs(model::Role::Hca);
    }
    std::optional<model::Observation> latest(const char* code)
    {
        auto o = record::PatientRepository(db.store()).latestObservation(person, code);
        REQUIRE(o.ok());
        return *o;
    }
};

bool hasProblem(const std::vector<base::Error>& errors, ErrorCode code, const std::string& field)
{
    for (const auto& e : errors)
        if (e.code == code && e.field == field)
            return true;
    return false;
}

} // namespace

TEST_CASE("BMI is computed from weight and height and stored with them", "[surveillance]")
{
    Appointment a;
    SurveillanceEntry e;
    e.weight = 92;
    e.height = 172;
    auto saved = SurveillanceRecorder(a.db.store()).save(a.person, e, false);
    REQUIRE(saved.ok());
    REQUIRE(saved->bmi);
    CHECK(*saved->bmi == Approx(31.1));
    auto bmi = a.latest("60621009");
    REQUIRE(bmi);
    CHECK(*bmi->value == Approx(31.1));
    CHECK(bmi->note == "calculated from weight and height");
    CHECK(a.latest("27113001")->value == 92);
}

TEST_CASE("A weight alone gives a BMI from the person's last recorded height", "[surveillance]")
{
    Appointment a;
    a.db.clock().advance(-400LL * 86'400'000);
    SurveillanceEntry first;
    first.height = 160;
    REQUIRE(SurveillanceRecorder(a.db.store()).save(a.person, first, true).ok());
    a.db.clock().advance(400LL * 86'400'000);
    SurveillanceEntry today;
    today.weight = 64;
    auto saved = SurveillanceRecorder(a.db.store()).save(a.person, today, false);
    REQUIRE(saved.ok());
    CHECK(*saved->bmi == Approx(25.0));
}

TEST_CASE("Completing twice in a day records the appointment once", "[surveillance]")
{
    Appointment a;
    SurveillanceEntry e;
    e.weight = 70;
    REQUIRE(SurveillanceRecorder(a.db.store()).save(a.person, e, true).ok());
    REQUIRE(SurveillanceRecorder(a.db.store()).save(a.person, e, true).ok());
    auto n = a.db.store().connection().scalarInt("SELECT count(*) FROM appointment WHERE status = 'attended'");
    CHECK(*n == 1);
}

TEST_CASE("Of several BP readings the lower of the last two counts, and every reading is kept", "[surveillance]")
{
    Appointment a;
    SurveillanceEntry e;
    e.bloodPressure = {{162, 94}, {148, 88}, {151, 86}};
    auto saved = SurveillanceRecorder(a.db.store()).save(a.person, e, false);
    REQUIRE(saved.ok());
    REQUIRE(saved->countedBloodPressure);
    CHECK(saved->countedBloodPressure->systolic == 148);
    CHECK(saved->bloodPressureReadings == 3);
    auto bp = a.latest("75367002");
    REQUIRE(bp);
    CHECK(*bp->value == 148);
    CHECK(*bp->value2 == 88);
    CHECK(record::PatientRepository(a.db.store()).observations(a.person, "carehouse:bp-reading")->size() == 3);
    CHECK(SurveillanceRecorder::countedReading({{140, 90}})->systolic == 140);
    CHECK(SurveillanceRecorder::countedReading({{140, 90}, {140, 85}})->diastolic == 85);
}

TEST_CASE("The foot care process takes the higher risk of the two feet", "[surveillance]")
{
    Appointment a;
    SurveillanceEntry e;
    e.footLeft = "low";
    e.footRight = "high";
    REQUIRE(SurveillanceRecorder(a.db.store()).save(a.person, e, false).ok());
    CHECK(a.latest("carehouse:foot-risk")->valueCode == "high");
    CHECK(a.latest("carehouse:foot-risk-left")->valueCode == "low");
}

TEST_CASE("Every problem in the appointment is reported beside its item", "[surveillance]")
{
    Appointment a;
    SurveillanceEntry e;
    e.weight = 9000;
    e.height = 70; // centimetres typed, inches meant
    e.bloodPressure = {{80, 120}};
    e.smoking = "sometimes";
    auto problems = SurveillanceRecorder(a.db.store()).validate(e);
    CHECK(hasProblem(problems, ErrorCode::ImplausibleValue, "weight"));
    CHECK(hasProblem(problems, ErrorCode::LikelyWrongUnit, "height"));
    CHECK(hasProblem(problems, ErrorCode::ImplausibleValue, "bp-reading"));
    CHECK(hasProblem(problems, ErrorCode::UnknownCode, "smoking"));
    auto saved = SurveillanceRecorder(a.db.store()).save(a.person, e, false);
    REQUIRE_FALSE(saved.ok());
    CHECK_FALSE(a.latest("27113001"));
}

TEST_CASE("A value confirmed outside the range is saved with a note saying so", "[surveillance]")
{
    Appointment a;
    SurveillanceEntry e;
    e.weight = 310;
    CHECK_FALSE(SurveillanceRecorder(a.db.store()).save(a.person, e, false).ok());
    e.confirmedOutsideRange.insert("weight");
    REQUIRE(SurveillanceRecorder(a.db.store()).save(a.person, e, false).ok());
    CHECK(a.latest("27113001")->note == "confirmed outside the plausible range");
    auto resumed = SurveillanceRecorder(a.db.store()).resume(a.person);
    REQUIRE(resumed.ok());
    CHECK(resumed->confirmedOutsideRange.count("weight") == 1);
    CHECK(SurveillanceRecorder(a.db.store()).validate(*resumed).empty());
}

TEST_CASE("A partly done appointment is resumed and saving again corrects rather than adds", "[surveillance]")
{
    Appointment a;
    SurveillanceRecorder rec(a.db.store());
    SurveillanceEntry e;
    e.weight = 80;
    e.height = 165;
    e.smoking = "77176002";
    e.bloodPressure = {{150, 90}, {142, 86}};
    REQUIRE(rec.save(a.person, e, false).ok());
    auto resumed = rec.resume(a.person);
    REQUIRE(resumed.ok());
    CHECK(resumed->weight == 80);
    CHECK(resumed->smoking == "77176002");
    CHECK(resumed->bloodPressure.size() == 2);
    CHECK_FALSE(*rec.completedToday(a.person));

    resumed->weight = 81;
    resumed->eyeScreening = "no-retinopathy";
    auto again = rec.save(a.person, *resumed, true);
    REQUIRE(again.ok());
    CHECK(again->corrections == 2); // weight and the BMI derived from it
    CHECK(again->completed);
    CHECK(*rec.completedToday(a.person));
    CHECK(record::PatientRepository(a.db.store()).observations(a.person, "27113001")->size() == 1);
    CHECK(a.latest("27113001")->value == 81);
    CHECK(record::PatientRepository(a.db.store()).observations(a.person, "carehouse:bp-reading")->size() == 2);
    auto check = record::IntegrityCheck(a.db.store()).run();
    REQUIRE(check.ok());
    CHECK(check->ok());
}

TEST_CASE("Completing the appointment with bloods and urine sent leaves results awaited", "[surveillance][recall]")
{
    Appointment a;
    SurveillanceEntry e;
    e.bloodsSent = true;
    e.urineSent = true;
    e.carePlanningExplained = "explained-leaflet-given";
    auto saved = SurveillanceRecorder(a.db.store()).save(a.person, e, true);
    REQUIRE(saved.ok());
    CHECK(saved->requests == 5);
    auto cycle = recall::WorklistReader(a.db.store()).cycleOf(a.person);
    REQUIRE(cycle.ok());
    CHECK(cycle->stage == recall::CycleStage::SurveillanceDone);
    CHECK(cycle->pendingTests == 5);
    // Sending bloods again while they are awaited does not send them twice.
    CHECK(SurveillanceRecorder(a.db.store()).save(a.person, e, true)->requests == 0);
}

TEST_CASE("A receptionist cannot record a value, from any front end", "[surveillance][permissions]")
{
    Appointment a;
    a.db.loginAs(model::Role::Receptionist);
    SurveillanceEntry e;
    e.weight = 80;
    CHECK(SurveillanceRecorder(a.db.store()).save(a.person, e, false).error().code == ErrorCode::PermissionDenied);
    CHECK(surveillance::ObservationRecorder(a.db.store())
              .prepare(a.person, "hba1c", "58", "mmol/mol", "", false)
              .error()
              .code
          == ErrorCode::PermissionDenied);
}

TEST_CASE("One value is recorded by item id, SNOMED CT or LOINC with the same checks", "[surveillance]")
{
    Appointment a;
    surveillance::ObservationRecorder rec(a.db.store());
    auto wrong = rec.prepare(a.person, "hba1c", "7.5", "mmol/mol", "", false);
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().code == ErrorCode::LikelyWrongUnit);
    auto pct = rec.prepare(a.person, "4548-4", "7.5", "%", "20/11/2026", false);
    REQUIRE(pct.ok());
    CHECK(pct->originalUnit == "%");
    CHECK(pct->effective.iso() == "2026-11-20");
    REQUIRE(rec.record(*pct).ok());
    CHECK(rec.prepare(a.person, "blood-pressure", "142/88", "mmHg", "", false).ok());
    CHECK(rec.prepare(a.person, "smoking", "ex-smoker", "", "", false)->valueCode == "8517006");
    CHECK(rec.prepare(a.person, "hba1c", "58", "mmol/mol", "01/01/2027", false).error().code
          == ErrorCode::DateInFuture);
    CHECK(rec.prepare(a.person, "9999", "1", "", "", false).error().code == ErrorCode::UnknownCode);
    auto history = record::RecordHistory(a.db.store()).forPatient(a.person);
    REQUIRE(history.ok());
    CHECK(history->front().author == "hca");
}
