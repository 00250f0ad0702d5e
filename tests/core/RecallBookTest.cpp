#include "core/recall/RecallBook.h"

#include "core/recall/Worklist.h"
#include "core/record/IntegrityCheck.h"
#include "tests/support/TempDatabase.h"
#include "tests/support/TestPeople.h"

#include <catch2/catch.hpp>

using namespace carehouse;
using base::CivilDate;
using base::ErrorCode;
using recall::WorklistKind;

namespace {

CivilDate d(const char* iso)
{
    return *CivilDate::parseIso(iso);
}

std::vector<std::string> idsOn(record::RecordStore& store, WorklistKind kind)
{
    auto rows = recall::WorklistReader(store).list(kind);
    REQUIRE(rows.ok());
    std::vector<std::string> ids;
    for (const auto& r : *rows)
        ids.push_back(r.patientId);
    return ids;
}

bool on(record::RecordStore& store, WorklistKind kind, const std::string& id)
{
    auto ids = idsOn(store, kind);
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

} // namespace

TEST_CASE("A person moves through the worklists as the admin team records their year", "[recall]")
{
    testing::TempDatabase db(model::Role::Nurse);
    auto id = testing::addPersonWithDiabetes(db.store(), "Kowalski", "Ewa", "1961-05-03", "9434765919", "2010-01-01");
    db.loginAs(model::Role::Receptionist);
    recall::RecallBook book(db.store());
    CHECK(on(db.store(), WorklistKind::Due, id));
    CHECK(on(db.store(), WorklistKind::SurveillanceToBook, id));

    REQUIRE(book.invite(id, model::Invitation::Method::Letter, d("2026-11-10")).ok());
    CHECK_FALSE(on(db.store(), WorklistKind::Due, id));
    CHECK(on(db.store(), WorklistKind::InvitedOnce, id));

    auto tooSoon = book.invite(id, model::Invitation::Method::Sms, d("2026-11-14"));
    REQUIRE_FALSE(tooSoon.ok());
    CHECK(tooSoon.error().code == ErrorCode::TooSoon);
    CHECK(tooSoon.error().hint == "2026-11-17");
    CHECK(book.invite(id, model::Invitation::Method::Sms, d("2026-12-01")).error().code == ErrorCode::DateInFuture);
    REQUIRE(book.invite(id, model::Invitation::Method::Phone, d("2026-11-17")).ok());
    CHECK(on(db.store(), WorklistKind::InvitedTwice, id));
    CHECK(recall::WorklistReader(db.store()).cycleOf(id)->invitationsCountAsDeclined);

    model::Appointment a;
    a.patientId = id;
    a.type = model::Appointment::Type::Surveillance;
    a.date = d("2026-11-25");
    a.minuteOfDay = 9 * 60 + 30;
    a.withWhom = "Hannah Osei (HCA)";
    auto booked = book.book(a);
    REQUIRE(booked.ok());
    CHECK_FALSE(on(db.store(), WorklistKind::SurveillanceToBook, id));
    CHECK(recall::WorklistReader(db.store()).cycleOf(id)->stage == recall::CycleStage::SurveillanceBooked);

    REQUIRE(book.setStatus(*booked, model::Appointment::Status::Attended).ok());
    CHECK(on(db.store(), WorklistKind::LettersToSend, id));
    CHECK(on(db.store(), WorklistKind::CarePlanningToBook, id));

    a.id.clear();
    a.type = model::Appointment::Type::CarePlanning;
    a.date = d("2026-12-02");
    REQUIRE(book.book(a).ok());
    CHECK_FALSE(on(db.store(), WorklistKind::CarePlanningToBook, id));
    CHECK(on(db.store(), WorklistKind::LettersToSend, id));
    auto appointments = book.appointments(id);
    REQUIRE(appointments->size() == 2);
    CHECK((*appointments)[0].timeText() == "09:30");

    auto check = record::IntegrityCheck(db.store()).run();
    REQUIRE(check.ok());
    CHECK(check->ok());
}

TEST_CASE("A batch of invitations skips people invited in the last seven days", "[recall]")
{
    testing::TempDatabase db(model::Role::Nurse);
    auto a = testing::addPersonWithDiabetes(db.store(), "Ali", "Yusuf", "1955-01-01", testing::testNhsNumber(1));
    auto b = testing::addPersonWithDiabetes(db.store(), "Brown", "Ann", "1956-01-01", testing::testNhsNumber(2));
    recall::RecallBook book(db.store());
    REQUIRE(book.invite(a, model::Invitation::Method::Letter, d("2026-11-20")).ok());
    std::vector<std::string> skipped;
    auto invited = book.inviteMany({a, b}, model::Invitation::Method::Letter, d("2026-11-23"), &skipped);
    REQUIRE(invited.ok());
    CHECK(*invited == std::vector<std::string>{b});
    CHECK(skipped == std::vector<std::string>{a});
}

TEST_CASE("An exception takes the person off recall until it expires or is withdrawn", "[recall]")
{
    testing::TempDatabase db(model::Role::Nurse);
    auto id = testing::addPersonWithDiabetes(db.store(), "Nowak", "Piotr", "1948-03-03", "9434765919");
    recall::RecallBook book(db.store());
    CHECK(book.recordException(id, model::CareException::Kind::Unsuitable, "", d("2027-06-01")).error().code
          == ErrorCode::RequiredField);
    CHECK(book.recordException(id, model::CareException::Kind::Unsuitable, "Palliative care", d("2026-01-01"))
              .error()
              .code
          == ErrorCode::DateImplausible);
    auto exception
        = book.recordException(id, model::CareException::Kind::Unsuitable, "Palliative care", d("2027-06-01"));
    REQUIRE(exception.ok());
    CHECK(on(db.store(), WorklistKind::Exceptions, id));
    CHECK_FALSE(on(db.store(), WorklistKind::Due, id));
    REQUIRE(book.withdrawException(*exception).ok());
    CHECK(on(db.store(), WorklistKind::Due, id));
    CHECK(book.withdrawException(*exception).error().code == ErrorCode::InvalidState);

    db.loginAs(model::Role::Receptionist);
    CHECK(book.recordException(id, model::CareException::Kind::Declined, "Said no on the phone", d("2027-06-01"))
              .error()
              .code
          == ErrorCode::PermissionDenied);
}

TEST_CASE("Recall by birth month is a practice setting", "[recall]")
{
    testing::TempDatabase db(model::Role::Nurse);
    CHECK(db.store().setSetting(recall::RecallPolicy::kModeSetting, "birth-month").error().code
          == ErrorCode::PermissionDenied);
    db.loginAs(model::Role::Admin);
    CHECK(recall::RecallPolicy::forPractice(db.store())->mode == recall::RecallPolicy::Mode::Anniversary);
    REQUIRE(db.store().setSetting(recall::RecallPolicy::kModeSetting, "birth-month").ok());
    CHECK(recall::RecallPolicy::forPractice(db.store())->mode == recall::RecallPolicy::Mode::BirthMonth);
}

TEST_CASE("Only people on the diabetes register are on the worklists", "[recall]")
{
    testing::TempDatabase db(model::Role::Nurse);
    record::PatientRegistration reg(db.store());
    record::PatientDraft draft;
    draft.familyName = "Green";
    draft.givenName = "Tom";
    draft.birthDate = "1970-01-01";
    auto id = reg.registerPatient(draft);
    REQUIRE(id.ok());
    CHECK(recall::WorklistReader(db.store()).everyone()->empty());
    CHECK(recall::WorklistReader(db.store()).cycleOf(*id).error().code == ErrorCode::NotFound);
}
