#include "core/questionnaire/SafetyAlertBook.h"

#include "core/questionnaire/QuestionnaireLibrary.h"
#include "core/questionnaire/ResponseReader.h"
#include "core/questionnaire/ResponseRecorder.h"
#include "core/record/IntegrityCheck.h"
#include "core/record/RecordHistory.h"
#include "tests/support/TempDatabase.h"
#include "tests/support/TestPeople.h"

#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

using namespace carehouse;
using namespace carehouse::questionnaire;
using model::Role;
using nlohmann::json;

namespace {

struct Practice
{
    testing::TempDatabase db{Role::Nurse};
    std::string begum;
    std::string other;
    Practice()
    {
        begum = testing::addPersonWithDiabetes(db.store(), "Begum", "Rokeya", "1956-02-04", "9434765919");
        other = testing::addPersonWithDiabetes(db.store(), "Okafor", "Chidi", "1961-08-19", "4010232137");
        db.loginAs(Role::Hca); // the HCA types the returned questionnaires in
    }

    model::QuestionnaireResponse phq9(const std::string& patient, int item9, const std::string& authored)
    {
        json plain = json::object();
        for (int i = 1; i <= 9; ++i)
            plain[fmt::format("phq9-{}", i)] = i == 9 ? item9 : 1;
        auto q = QuestionnaireLibrary(db.store()).find("phq-9");
        REQUIRE(q.ok());
        auto r = ResponseReader::readJson(plain, q->definition.questionnaire, "answers.json");
        REQUIRE(r.ok());
        r->authored = authored;
        ResponseRecorder recorder(db.store());
        auto prepared = recorder.prepare(patient, "phq-9", std::move(r).value());
        REQUIRE(prepared.ok());
        auto saved = recorder.record(*prepared);
        REQUIRE(saved.ok());
        return std::move(saved).value();
    }

    std::int64_t audits(const std::string& action)
    {
        return *db.store().connection().scalarInt(
            fmt::format("SELECT count(*) FROM audit WHERE action = '{}' AND patient_id = '{}'", action, begum));
    }
};

} // namespace

TEST_CASE("A PHQ-9 with item 9 above 0 raises an alert for that person only, until a nurse acknowledges it with a note",
          "[questionnaire][safety]")
{
    Practice p;
    auto raised = p.phq9(p.begum, 2, "2026-11-20");
    (void)p.phq9(p.other, 0, "2026-11-20");
    SafetyAlertBook book(p.db.store());
    auto open = book.outstanding(p.begum);
    REQUIRE(open.ok());
    REQUIRE(open->size() == 1);
    CHECK((*open)[0].id == raised.id);
    auto others = book.outstanding(p.other);
    REQUIRE(others.ok());
    CHECK(others->empty());

    p.db.loginAs(Role::Nurse);
    auto acked = book.acknowledge(p.begum, {raised.id}, "Spoke to Mrs Begum today: no plans, GP review Friday");
    REQUIRE(acked.ok());
    REQUIRE(acked->size() == 1);
    CHECK((*acked)[0].acknowledgedBy == "nurse");
    CHECK((*acked)[0].acknowledgedOn.iso() == "2026-11-23");
    CHECK((*acked)[0].acknowledgedAtMillis == testing::kTestNow);
    auto after = book.outstanding(p.begum);
    REQUIRE(after.ok());
    CHECK(after->empty());
    CHECK(p.audits("acknowledge-safety-alert") == 1);

    auto history = record::RecordHistory(p.db.store()).forPatient(p.begum);
    REQUIRE(history.ok());
    CHECK(history->front().type == record::RecordType::SafetyAlertAcknowledgement);
    CHECK(history->front().author == "nurse");
    CHECK(history->front().valueText == "Spoke to Mrs Begum today: no plans, GP review Friday");

    // It survives a restart, and the record still checks out.
    p.db.reopen();
    p.db.loginAs(Role::Hca);
    SafetyAlertBook reopened(p.db.store());
    auto still = reopened.outstanding(p.begum);
    REQUIRE(still.ok());
    CHECK(still->empty());
    auto acks = reopened.acknowledgements(p.begum);
    REQUIRE(acks.ok());
    REQUIRE(acks->size() == 1);
    CHECK((*acks)[0].note == "Spoke to Mrs Begum today: no plans, GP review Friday");
    CHECK((*acks)[0].responseId == raised.id);
    auto check = record::IntegrityCheck(p.db.store()).run();
    REQUIRE(check.ok());
    CHECK(check->ok());
}

TEST_CASE("An HCA or receptionist sees a safety alert but may not acknowledge it", "[questionnaire][safety]")
{
    Practice p;
    auto raised = p.phq9(p.begum, 1, "2026-11-22");
    for (auto role : {Role::Hca, Role::Receptionist, Role::Admin}) {
        p.db.loginAs(role);
        SafetyAlertBook book(p.db.store());
        auto open = book.outstanding(p.begum);
        REQUIRE(open.ok());
        CHECK(open->size() == 1);
        auto refused = book.acknowledge(p.begum, {raised.id}, "Seen");
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == base::ErrorCode::PermissionDenied);
    }
    CHECK(p.audits("acknowledge-safety-alert") == 0);
    for (auto role : {Role::Gp, Role::ClinicalLead}) {
        p.db.loginAs(role);
        CHECK(security::roleMay(role, security::Permission::AcknowledgeSafetyAlert));
    }
}

TEST_CASE("Acknowledging needs a note and only the alerts the clinician was shown", "[questionnaire][safety]")
{
    Practice p;
    auto first = p.phq9(p.begum, 1, "2026-11-10");
    auto otherAlert = p.phq9(p.other, 3, "2026-11-10");
    p.db.loginAs(Role::Gp);
    SafetyAlertBook book(p.db.store());
    auto noNote = book.acknowledge(p.begum, {first.id}, "   ");
    REQUIRE_FALSE(noNote.ok());
    CHECK(noNote.error().code == base::ErrorCode::RequiredField);
    CHECK(noNote.error().field == "note");
    // Another person's alert cannot be acknowledged from this person's page.
    auto wrongPerson = book.acknowledge(p.begum, {otherAlert.id}, "Spoke to him");
    REQUIRE_FALSE(wrongPerson.ok());
    CHECK(wrongPerson.error().code == base::ErrorCode::NotFound);
    REQUIRE(book.acknowledge(p.begum, {first.id}, "Talked it through").ok());
    // Twice: the second is refused, nothing more written.
    auto again = book.acknowledge(p.begum, {first.id}, "Talked it through");
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == base::ErrorCode::NotFound);
    // A later PHQ-9 raises a new alert, however the earlier one was dealt with.
    p.db.loginAs(Role::Hca);
    auto later = p.phq9(p.begum, 2, "2026-11-23");
    auto open = book.outstanding(p.begum);
    REQUIRE(open.ok());
    REQUIRE(open->size() == 1);
    CHECK((*open)[0].id == later.id);
    auto theirs = book.outstanding(p.other);
    REQUIRE(theirs.ok());
    CHECK(theirs->size() == 1);
}
