#include "ui/CarePlanningView.h"

#include "core/careplan/CarePlanBook.h"
#include "core/letters/LetterLog.h"
#include "core/letters/ResultsLetterComposer.h"
#include "core/questionnaire/ResponseRecorder.h"
#include "core/recall/RecallBook.h"
#include "core/recall/Worklist.h"
#include "core/record/PatientRegistration.h"
#include "core/surveillance/ObservationRecorder.h"
#include "tests/ui/RecallTestSupport.h"
#include "ui/CarePlanModels.h"
#include "ui/MessageBanner.h"
#include "ui/MessageBox.h"
#include "ui/PatientView.h"
#include "ui/ReferralsModel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
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
    CHECK(results->item(0, 1)->text() == "66 mmol/mol\n20-Nov-2026");
    CHECK(results->item(0, 2)->text() == "First result");
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

TEST_CASE("The agenda the person returned is waiting in the consultation, in their words", "[ui][careplan]")
{
    InTheRoom r;
    CHECK(r.w<QLabel>("carePlanningAgendaCaption")->text().contains("No agenda questionnaire has come back"));
    questionnaire::Response answers;
    answers.authored = "2026-11-21";
    answers.answers["topics"].push_back(
        questionnaire::AnswerValue::ofCoding({"https://carehouse.example/CodeSystem/agenda-topic", "feet", "Feet"}));
    answers.answers["matters-most"].push_back(questionnaire::AnswerValue::ofString("Not going onto insulin"));
    questionnaire::ResponseRecorder recorder(r.db.store());
    auto prepared = recorder.prepare(r.person, "care-planning-agenda", answers);
    REQUIRE(prepared.ok());
    REQUIRE(recorder.record(*prepared).ok());

    REQUIRE(r.tab()->openPatient(r.person).ok());
    CHECK(r.w<QLabel>("carePlanningAgendaCaption")->text().contains("returned on 21-Nov-2026"));
    CHECK(r.w<QPlainTextEdit>("carePlanningAgenda")->toPlainText()
          == "Ticked: Feet\nWhat matters most to them: Not going onto insulin");
    // Shown, not yet agreed: nothing to lose by leaving.
    CHECK_FALSE(r.tab()->hasUnsavedChanges());
}

TEST_CASE("One review covers all the person's long-term conditions", "[ui][careplan]")
{
    InTheRoom r;
    record::PatientRegistration reg(r.db.store());
    REQUIRE(reg.addDiagnosis(r.person, "38341003", "2016-05-01").ok());
    REQUIRE(reg.addDiagnosis(r.person, "35489007", "2021-02-01").ok());
    REQUIRE(r.tab()->openPatient(r.person).ok());
    const auto covers = r.w<QLabel>("carePlanningCovers")->text();
    CHECK(covers.contains("One review for"));
    CHECK(covers.contains("Type 2 diabetes mellitus"));
    CHECK(covers.contains("Hypertension"));
    CHECK(covers.contains("Depression"));
}

TEST_CASE("Services are found by kind and by where the person lives", "[ui][careplan]")
{
    InTheRoom r;
    auto* kind = r.w<QComboBox>("serviceKindCombo");
    auto* where = r.w<QComboBox>("serviceLocalityCombo");
    auto* services = r.w<QListWidget>("servicesList");
    kind->setCurrentIndex(kind->findData("walking-group"));
    const int everywhere = services->count();
    REQUIRE(everywhere >= 2);
    where->setCurrentIndex(where->findData("Mill Road"));
    REQUIRE(where->currentIndex() > 0);
    CHECK(services->count() < everywhere);
    for (int i = 0; i < services->count(); ++i) {
        const auto text = services->item(i)->text();
        CHECK((text.contains("Mill Road") || text.contains("Whole area")));
    }
}

TEST_CASE("A referral made in care planning is followed to where it has got to", "[ui][careplan]")
{
    InTheRoom r;
    QTest::mouseClick(r.w<QPushButton>("addGoalButton"), Qt::LeftButton);
    auto* goals = r.tab()->goals();
    REQUIRE(goals->setData(goals->index(0, ui::GoalsModel::What), "Look after my feet"));
    auto* kind = r.w<QComboBox>("serviceKindCombo");
    kind->setCurrentIndex(kind->findData("podiatry"));
    r.w<QListWidget>("servicesList")->setCurrentRow(0);
    QTest::mouseClick(r.w<QPushButton>("referServiceButton"), Qt::LeftButton);
    REQUIRE(r.tab()->save());

    auto* referrals = r.tab()->referrals();
    REQUIRE(referrals->rowCount() == 1);
    CHECK(referrals->data(referrals->index(0, ui::ReferralsModel::Status)).toString() == "Sent, waiting");
    auto* update = r.w<QPushButton>("updateReferralButton");
    CHECK_FALSE(update->isEnabled()); // nothing chosen yet
    auto* table = r.w<QTableView>("referralsTable");
    table->selectRow(0);
    REQUIRE(update->isEnabled());
    auto* status = r.w<QComboBox>("referralStatusCombo");
    status->setCurrentIndex(status->findData(static_cast<int>(model::Referral::Status::Accepted)));
    QTest::keyClicks(r.w<QLineEdit>("referralNoteEdit"), "Appointment 4 Dec at the foot clinic");
    QTest::mouseClick(update, Qt::LeftButton);

    auto stored = careplan::CarePlanBook(r.db.store()).referrals(r.person);
    REQUIRE(stored->size() == 1);
    CHECK(stored->front().value.status == model::Referral::Status::Accepted);
    CHECK(stored->front().value.note == "Appointment 4 Dec at the foot clinic");
    CHECK(referrals->data(referrals->index(0, ui::ReferralsModel::Status)).toString() == "Accepted");
    CHECK(referrals->data(referrals->index(0, ui::ReferralsModel::Note)).toString()
          == "Appointment 4 Dec at the foot clinic");
    CHECK(r.w<ui::MessageBanner>("carePlanningMessage")->text().contains("Accepted"));
    // Nothing else changed: the plan itself is as saved.
    CHECK_FALSE(r.tab()->hasUnsavedChanges());
}
