#include "ui/CarePlanningView.h"

#include "core/careplan/CarePlanBook.h"
#include "core/letters/LetterLog.h"
#include "core/letters/ResultsLetterComposer.h"
#include "core/recall/RecallBook.h"
#include "core/recall/Worklist.h"
#include "core/surveillance/ObservationRecorder.h"
#include "tests/ui/RecallTestSupport.h"
#include "ui/CarePlanModels.h"
#include "ui/MessageBanner.h"
#include "ui/MessageBox.h"
#include "ui/PatientView.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <catch2/catch.hpp>

using namespace carehouse;
using carehouse::testing::child;

namespace {

// A person whose results letter has gone out (HbA1c 66), in the room with the nurse on the
// Care planning tab.
struct InTheRoom
{
    testing::TempDatabase db{model::Role::Nurse};
    std::string person;
    ui::PatientView view;

    InTheRoom()
    {
        person = testing::addRegisteredPerson(db.store(), "Adebayo", "Efua", "Mrs", "1951-04-02", "9434765919");
        surveillance::ObservationRecorder rec(db.store());
        auto v = rec.prepare(person, "hba1c", "66", "mmol/mol", "20/11/2026", false);
        REQUIRE(v.ok());
        REQUIRE(rec.record(*v).ok());
        auto letter = letters::ResultsLetterComposer::compose(db.store(), person);
        REQUIRE(letter.ok());
        REQUIRE(letters::LetterLog(db.store()).recordSent({*letter}).ok());
        // A later result, after the letter went: the screen shows what the person was sent.
        auto later = rec.prepare(person, "hba1c", "64", "mmol/mol", "22/11/2026", false);
        REQUIRE(later.ok());
        REQUIRE(rec.record(*later).ok());
        view.setStore(&db.store());
        view.resize(1400, 950);
        view.show();
        view.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&view));
        REQUIRE(view.showPatient(person).ok());
        child<QTabWidget>(&view, "patientTabWidget")->setCurrentWidget(tab());
    }
    ui::CarePlanningView* tab() { return child<ui::CarePlanningView>(&view, "carePlanningView"); }
    template <typename T = QWidget>
    T* w(const char* name)
    {
        return child<T>(&view, name);
    }
};

} // namespace

TEST_CASE("The care planning tab shows the results as they were sent in the person's letter", "[ui][careplan]")
{
    InTheRoom r;
    CHECK(r.w<QLabel>("carePlanningResultsCaption")->text().contains("As sent in the results letter of 23-Nov-2026"));
    auto* results = r.w<QTableWidget>("carePlanningResults");
    REQUIRE(results->rowCount() == 9);
    CHECK(results->item(0, 0)->text() == "HbA1c");
    CHECK(results->item(0, 1)->text() == "66 mmol/mol");
    CHECK(results->item(0, 3)->text().contains("Above target"));
}

TEST_CASE("A nurse builds a care plan with the person: goal, actions, a referral and a target", "[ui][careplan]")
{
    InTheRoom r;
    QTest::keyClicks(r.w<QPlainTextEdit>("carePlanningAgenda"), "My feet hurt when I walk; worried about insulin");

    // Saving with nothing agreed says what is missing.
    QTest::mouseClick(r.w<QPushButton>("saveCarePlanButton"), Qt::LeftButton);
    auto* banner = r.w<ui::MessageBanner>("carePlanningMessage");
    CHECK(banner->text().contains("not saved yet"));
    CHECK(careplan::CarePlanBook(r.db.store()).history(r.person)->empty());

    QTest::mouseClick(r.w<QPushButton>("addGoalButton"), Qt::LeftButton);
    auto* goals = r.tab()->goals();
    REQUIRE(goals->rowCount() == 1);
    REQUIRE(goals->setData(goals->index(0, ui::GoalsModel::What), "Walk to the mosque and back without stopping"));
    CHECK(goals->goals()[0].what == "Walk to the mosque and back without stopping");
    REQUIRE(goals->setData(goals->index(0, ui::GoalsModel::Why), "to go to Friday prayers with my husband"));
    REQUIRE(goals->setData(goals->index(0, ui::GoalsModel::Confidence), 6));

    QTest::mouseClick(r.w<QPushButton>("addTeamActionButton"), Qt::LeftButton);
    REQUIRE(r.tab()->actions()->rowCount() == 1);
    REQUIRE(r.tab()->actions()->setData(r.tab()->actions()->index(0, ui::ActionsModel::What), "Refer to podiatry"));
    // The team's action needs a name: refused until it has one.
    QTest::mouseClick(r.w<QPushButton>("saveCarePlanButton"), Qt::LeftButton);
    CHECK(banner->text().contains("not saved yet"));
    auto* actions = r.tab()->actions();
    REQUIRE(actions->setData(actions->index(0, ui::ActionsModel::Who), "Practice nurse"));
    REQUIRE(actions->setData(actions->index(0, ui::ActionsModel::ByWhen), "30/11/2026"));
    CHECK_FALSE(actions->setData(actions->index(0, ui::ActionsModel::ByWhen), "31/02/2026"));

    auto* kind = r.w<QComboBox>("serviceKindCombo");
    kind->setCurrentIndex(kind->findData("podiatry"));
    auto* services = r.w<QListWidget>("servicesList");
    REQUIRE(services->count() == 1);
    services->setCurrentRow(0);
    QTest::mouseClick(r.w<QPushButton>("referServiceButton"), Qt::LeftButton);
    kind->setCurrentIndex(kind->findData("walking-group"));
    services->setCurrentRow(0);
    QTest::mouseClick(r.w<QPushButton>("offerServiceButton"), Qt::LeftButton);
    CHECK(r.w<QListWidget>("supportList")->count() == 2);
    r.w<QCheckBox>("hba1cTargetCheck")->setChecked(true);
    CHECK(r.tab()->hasUnsavedChanges());

    QTest::mouseClick(r.w<QPushButton>("saveCarePlanButton"), Qt::LeftButton);
    CHECK(banner->text().contains("Care plan saved"));
    CHECK_FALSE(r.tab()->hasUnsavedChanges());
    auto plans = careplan::CarePlanBook(r.db.store()).history(r.person);
    REQUIRE(plans->size() == 1);
    const auto& plan = plans->front();
    CHECK(plan.agenda == "My feet hurt when I walk; worried about insulin");
    CHECK(plan.goals[0].whyItMatters == "to go to Friday prayers with my husband");
    CHECK(plan.goals[0].confidence == 6);
    CHECK(plan.actions[0].who == "Practice nurse");
    REQUIRE(plan.targets.size() == 1);
    CHECK(plan.targets[0].upper == 53);
    CHECK(careplan::CarePlanBook(r.db.store()).referrals(r.person)->size() == 1);
    auto cycle = recall::WorklistReader(r.db.store()).cycleOf(r.person);
    REQUIRE(cycle->lastCarePlanning);
    CHECK(cycle->lastCarePlanning->iso() == "2026-11-23");
}

TEST_CASE("Leaving a care plan with unsaved changes asks first", "[ui][careplan]")
{
    InTheRoom r;
    QTest::keyClicks(r.w<QPlainTextEdit>("carePlanningAgenda"), "Tiredness");
    ui::MessageBox::setNextAnswer(ui::MessageBox::Answer::Cancel);
    CHECK_FALSE(r.view.confirmLeave());
    ui::MessageBox::setNextAnswer(ui::MessageBox::Answer::Discard);
    CHECK(r.view.confirmLeave());
}

TEST_CASE("An HCA reads the care planning tab but cannot save a plan", "[ui][careplan][permissions]")
{
    InTheRoom r;
    r.db.loginAs(model::Role::Hca);
    ui::PatientView other;
    other.setStore(&r.db.store());
    REQUIRE(other.showPatient(r.person).ok());
    auto* save = child<QPushButton>(&other, "saveCarePlanButton");
    CHECK_FALSE(save->isEnabled());
}
