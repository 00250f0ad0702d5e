#include "core/recall/CareCycle.h"

#include <catch2/catch.hpp>

using namespace carehouse;
using base::CivilDate;
using model::Appointment;
using recall::CareCycle;
using recall::CycleStage;

namespace {

CivilDate d(const char* iso)
{
    return *CivilDate::parseIso(iso);
}

Appointment appointment(Appointment::Type type, const char* date, Appointment::Status status)
{
    Appointment a;
    a.id = date;
    a.type = type;
    a.date = d(date);
    a.status = status;
    return a;
}

recall::CycleFacts reviewedOn(const char* carePlanning)
{
    recall::CycleFacts f;
    f.birthDate = d("1950-04-10");
    f.diagnosedOn = d("2012-01-01");
    f.appointments.push_back(appointment(Appointment::Type::CarePlanning, carePlanning, Appointment::Status::Attended));
    return f;
}

const recall::RecallPolicy kAnniversary{};

} // namespace

TEST_CASE("A person reviewed a year ago is due on the anniversary of their care planning", "[recall]")
{
    auto s = CareCycle::evaluate(reviewedOn("2025-12-10"), d("2026-11-23"), kAnniversary);
    CHECK(s.dueDate == d("2026-12-10"));
    CHECK(s.stage == CycleStage::Due); // within the 28-day lead time
    CHECK(s.cycleStart == d("2025-12-11"));
    auto early = CareCycle::evaluate(reviewedOn("2026-03-01"), d("2026-11-23"), kAnniversary);
    CHECK(early.stage == CycleStage::NotDue);
}

TEST_CASE("Birth-month recall is due on the 1st of the birth month at least six months on", "[recall]")
{
    recall::RecallPolicy policy;
    policy.mode = recall::RecallPolicy::Mode::BirthMonth;
    // Reviewed in June 2026, born in April: April 2027 (not April 2026, which is before).
    CHECK(CareCycle::evaluate(reviewedOn("2026-06-15"), d("2026-11-23"), policy).dueDate == d("2027-04-01"));
    // Reviewed in November 2025: April 2026 is under six months on, so April 2027.
    CHECK(CareCycle::evaluate(reviewedOn("2025-11-20"), d("2026-11-23"), policy).dueDate == d("2027-04-01"));
    CHECK(CareCycle::evaluate(reviewedOn("2025-09-20"), d("2026-11-23"), policy).dueDate == d("2026-04-01"));
}

TEST_CASE("Someone newly diagnosed is due within three months of diagnosis", "[recall]")
{
    recall::CycleFacts f;
    f.birthDate = d("1970-01-01");
    f.diagnosedOn = d("2026-10-31");
    auto s = CareCycle::evaluate(f, d("2026-11-23"), kAnniversary);
    CHECK(s.dueDate == d("2027-01-31"));
    CHECK(s.stage == CycleStage::NotDue);
    CHECK(CareCycle::evaluate(f, d("2027-01-10"), kAnniversary).stage == CycleStage::Due);
}

TEST_CASE("Adding months clamps to the end of a shorter month", "[recall]")
{
    CHECK(CareCycle::addMonths(d("2026-01-31"), 1) == d("2026-02-28"));
    CHECK(CareCycle::addMonths(d("2027-12-31"), 2) == d("2028-02-29"));
    CHECK(CareCycle::addMonths(d("2026-05-15"), -7) == d("2025-10-15"));
}

TEST_CASE("The cycle follows invitations, appointments, tests and the care planning booking", "[recall]")
{
    auto f = reviewedOn("2025-11-01");
    const auto today = d("2026-11-23");
    CHECK(CareCycle::evaluate(f, today, kAnniversary).stage == CycleStage::Due);

    f.invitations.push_back({"i1", "p", d("2026-11-02"), model::Invitation::Method::Letter, {}});
    auto s = CareCycle::evaluate(f, today, kAnniversary);
    CHECK(s.stage == CycleStage::Invited);
    CHECK(s.invitations == 1);
    CHECK(s.nextInvitationFrom == d("2026-11-09"));

    // An invitation from before the last review belongs to the previous cycle.
    f.invitations.push_back({"i0", "p", d("2025-10-01"), model::Invitation::Method::Letter, {}});
    CHECK(CareCycle::evaluate(f, today, kAnniversary).invitations == 1);

    f.appointments.push_back(appointment(Appointment::Type::Surveillance, "2026-11-20", Appointment::Status::Booked));
    CHECK(CareCycle::evaluate(f, today, kAnniversary).stage == CycleStage::SurveillanceBooked);

    f.appointments.back().status = Appointment::Status::Attended;
    f.labRequests.push_back({"r1", "p", "999791000000106", d("2026-11-20"), model::LabRequest::Status::Pending, {}});
    f.labRequests.push_back({"r2", "p", "1023491000000104", d("2026-11-20"), model::LabRequest::Status::Fulfilled, {}});
    s = CareCycle::evaluate(f, today, kAnniversary);
    CHECK(s.stage == CycleStage::SurveillanceDone);
    CHECK(s.pendingTests == 1);

    f.labRequests[0].status = model::LabRequest::Status::Fulfilled;
    CHECK(CareCycle::evaluate(f, today, kAnniversary).stage == CycleStage::ResultsBack);

    f.lettersSent.push_back(d("2026-11-22"));
    CHECK(CareCycle::evaluate(f, today, kAnniversary).stage == CycleStage::LetterSent);

    f.appointments.push_back(appointment(Appointment::Type::CarePlanning, "2026-12-05", Appointment::Status::Booked));
    CHECK(CareCycle::evaluate(f, today, kAnniversary).stage == CycleStage::CarePlanningBooked);

    // The consultation attended closes the cycle: the next is a year on.
    f.appointments.back().status = Appointment::Status::Attended;
    f.appointments.back().date = d("2026-11-23");
    s = CareCycle::evaluate(f, today, kAnniversary);
    CHECK(s.stage == CycleStage::NotDue);
    CHECK(s.dueDate == d("2027-11-23"));
    CHECK(s.invitations == 0);
}

TEST_CASE("A surveillance appointment not attended puts the person back to invited", "[recall]")
{
    auto f = reviewedOn("2025-11-01");
    f.invitations.push_back({"i1", "p", d("2026-11-02"), model::Invitation::Method::Sms, {}});
    f.appointments.push_back(
        appointment(Appointment::Type::Surveillance, "2026-11-20", Appointment::Status::DidNotAttend));
    CHECK(CareCycle::evaluate(f, d("2026-11-23"), kAnniversary).stage == CycleStage::Invited);
}

TEST_CASE("Two invitations at least seven days apart count as declined; closer ones do not", "[recall]")
{
    auto f = reviewedOn("2025-11-01");
    f.invitations.push_back({"i1", "p", d("2026-11-02"), model::Invitation::Method::Letter, {}});
    f.invitations.push_back({"i2", "p", d("2026-11-06"), model::Invitation::Method::Phone, {}});
    CHECK_FALSE(CareCycle::evaluate(f, d("2026-11-23"), kAnniversary).invitationsCountAsDeclined);
    f.invitations.push_back({"i3", "p", d("2026-11-13"), model::Invitation::Method::Letter, {}});
    auto s = CareCycle::evaluate(f, d("2026-11-23"), kAnniversary);
    CHECK(s.invitationsCountAsDeclined);
    CHECK(s.invitations == 3);
}

TEST_CASE("An active exception outranks the cycle until it expires", "[recall]")
{
    auto f = reviewedOn("2025-11-01");
    f.exceptions.push_back({"e1", "p", model::CareException::Kind::Declined, "Declined after discussion",
                            d("2026-06-01"), d("2027-03-31"), false});
    auto s = CareCycle::evaluate(f, d("2026-11-23"), kAnniversary);
    CHECK(s.stage == CycleStage::Excepted);
    REQUIRE(s.exception);
    CHECK(s.exception->reason == "Declined after discussion");
    CHECK(CareCycle::evaluate(f, d("2027-04-01"), kAnniversary).stage == CycleStage::Due);
    f.exceptions[0].withdrawn = true;
    CHECK(CareCycle::evaluate(f, d("2026-11-23"), kAnniversary).stage == CycleStage::Due);
}
