// The summary says where the person is in this year's review, so the nurse or receptionist
// who opens them sees what is booked or awaited without going to a worklist.
#include "core/recall/RecallBook.h"
#include "core/record/PatientRegistration.h"
#include "tests/support/TestPeople.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/PatientView.h"

#include <QLabel>
#include <catch2/catch.hpp>

using namespace carehouse;
using carehouse::testing::child;

namespace {

base::CivilDate d(const char* iso)
{
    return *base::CivilDate::parseIso(iso);
}

QString reviewLine(testing::TempDatabase& db, const std::string& id)
{
    ui::PatientView view;
    view.setStore(&db.store());
    REQUIRE(view.showPatient(id).ok());
    return child<QLabel>(&view, "reviewValueLabel")->text();
}

} // namespace

TEST_CASE("The summary shows this year's review: invited, then the booked appointment", "[ui][recall]")
{
    testing::TempDatabase db(model::Role::Nurse);
    auto id = testing::addPersonWithDiabetes(db.store(), "Kowalski", "Ewa", "1961-05-03", "9434765919", "2026-08-01");
    CHECK(reviewLine(db, id) == "Due, not invited yet · due 01-Nov-2026");
    recall::RecallBook book(db.store());
    REQUIRE(book.invite(id, model::Invitation::Method::Letter, d("2026-11-20")).ok());
    CHECK(reviewLine(db, id) == "Invited, not booked: invited 20-Nov-2026 · due 01-Nov-2026");
    model::Appointment a;
    a.patientId = id;
    a.date = d("2026-11-25");
    a.minuteOfDay = 9 * 60 + 30;
    a.withWhom = "Hannah Osei (HCA)";
    REQUIRE(book.book(a).ok());
    CHECK(reviewLine(db, id)
          == "Tests appointment booked: Tests 25-Nov-2026 09:30 with Hannah Osei (HCA) · due 01-Nov-2026");
}

TEST_CASE("The summary of someone not on the diabetes register says so", "[ui][recall]")
{
    testing::TempDatabase db(model::Role::Nurse);
    auto id = record::PatientRegistration(db.store())
                  .registerPatient(testing::draftOf("Jones", "Alice", "Mrs", "14/07/1945", "9123456787", "female"));
    REQUIRE(id.ok());
    CHECK(reviewLine(db, *id) == "Not on the diabetes register");
}
