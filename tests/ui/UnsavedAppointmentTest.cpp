// Leaving a person with surveillance entries not yet saved asks first: nothing typed is lost
// by opening someone else, going back to a list or closing the window.
#include "core/record/PatientRepository.h"
#include "tests/support/TestPeople.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/PatientView.h"
#include "ui/SurveillanceForm.h"

#include <QLineEdit>
#include <QTabWidget>
#include <QTest>
#include <catch2/catch.hpp>

using namespace carehouse;
using carehouse::testing::child;
using ui::MessageBox;

namespace {

struct Clinic
{
    testing::TempDatabase db{model::Role::Nurse};
    std::string grace;
    std::string amir;
    ui::MainWindow window{db.clock()};
    Clinic()
    {
        grace = testing::addPersonWithDiabetes(db.store(), "Okafor", "Grace", "1958-02-14", "9434765919");
        amir = testing::addPersonWithDiabetes(db.store(), "Hussain", "Amir", "1962-09-01", "4010232137");
        db.loginAs(model::Role::Hca);
        window.useStore(db.store(), QString::fromStdString(db.path()));
        window.show();
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        MessageBox::takeAsked();
    }
    ui::PatientView* page() { return window.patientView(); }
    void typeWeight(const char* value)
    {
        REQUIRE(window.openPatient(QString::fromStdString(grace)));
        auto* tabs = child<QTabWidget>(page(), "patientTabWidget");
        tabs->setCurrentWidget(page()->surveillanceForm());
        auto* weight = child<QLineEdit>(page(), "weightLineEdit");
        weight->setFocus();
        QTest::keyClicks(weight, value);
        QTest::keyClick(weight, Qt::Key_Tab);
        REQUIRE(page()->surveillanceForm()->hasUnsavedChanges());
    }
    std::size_t weights(const std::string& who)
    {
        auto rows = record::PatientRepository(db.store()).observations(who, "27113001");
        REQUIRE(rows.ok());
        return rows->size();
    }
};

} // namespace

TEST_CASE("Opening someone else with unsaved entries asks, and Stay keeps the entries on screen", "[ui][surveillance]")
{
    Clinic c;
    c.typeWeight("82");
    MessageBox::setNextAnswer(MessageBox::Answer::Cancel);
    CHECK_FALSE(c.window.openPatient(QString::fromStdString(c.amir)));
    CHECK(MessageBox::takeAsked());
    CHECK(c.page()->summary()->patient.value.id == c.grace);
    CHECK(child<QLineEdit>(c.page(), "weightLineEdit")->text() == "82");
    CHECK(c.weights(c.grace) == 0);
}

TEST_CASE("Choosing Save keeps the entries for later, then the other person opens", "[ui][surveillance]")
{
    Clinic c;
    c.typeWeight("82");
    MessageBox::setNextAnswer(MessageBox::Answer::Save);
    CHECK(c.window.openPatient(QString::fromStdString(c.amir)));
    CHECK(c.page()->summary()->patient.value.id == c.amir);
    CHECK(c.weights(c.grace) == 1);
    // Back to Grace: the saved weight is resumed and nothing is pending, so no question.
    CHECK(c.window.openPatient(QString::fromStdString(c.grace)));
    CHECK(child<QLineEdit>(c.page(), "weightLineEdit")->text() == "82");
    CHECK_FALSE(c.page()->surveillanceForm()->hasUnsavedChanges());
}

TEST_CASE("Choosing Discard leaves without saving; a value that cannot be saved keeps the person open",
          "[ui][surveillance]")
{
    Clinic c;
    c.typeWeight("82");
    MessageBox::setNextAnswer(MessageBox::Answer::Discard);
    c.window.backToSearch();
    CHECK_FALSE(c.window.onPatientPage());
    CHECK(c.weights(c.grace) == 0);

    c.typeWeight("9000");
    MessageBox::setNextAnswer(MessageBox::Answer::Save);
    c.window.backToSearch();
    CHECK(c.window.onPatientPage()); // an implausible weight is not saved behind the HCA's back
    CHECK(c.page()->surveillanceForm()->isVisible());
    CHECK(c.weights(c.grace) == 0);
}

TEST_CASE("Nothing typed means no question when leaving", "[ui][surveillance]")
{
    Clinic c;
    REQUIRE(c.window.openPatient(QString::fromStdString(c.grace)));
    CHECK_FALSE(c.page()->surveillanceForm()->hasUnsavedChanges());
    CHECK(c.window.openPatient(QString::fromStdString(c.amir)));
    CHECK_FALSE(MessageBox::takeAsked());
}
