#include "ui/MainWindow.h"

#include "core/base/Uuid.h"
#include "core/clinical/ConditionCatalogue.h"
#include "core/record/PatientRegistration.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/CareProcessModel.h"
#include "ui/HistoryModel.h"
#include "ui/PatientForm.h"
#include "ui/PatientView.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>

using namespace carehouse;
using carehouse::testing::child;

namespace {

struct WindowFixture
{
    testing::TempDatabase db;
    testing::UiPeople people;
    ui::MainWindow window{db.clock()};

    explicit WindowFixture(model::Role role)
        : db(role)
        , people(testing::addStandardPeople(db, role))
    {
        window.useStore(db.store(), QString::fromStdString(db.path()));
        window.show();
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
    }
    QLineEdit* searchBox() { return child<QLineEdit>(&window, "searchLineEdit"); }
    QString text(const char* labelName) { return child<QLabel>(&window, labelName)->text(); }
    QAction* action(const char* name) { return child<QAction>(&window, name); }

    void openByKeyboard(const char* search)
    {
        auto* box = searchBox();
        box->setFocus();
        QTest::keyClicks(box, search);
        QTest::keyClick(box, Qt::Key_Down);
        QTest::keyClick(child<QTableView>(&window, "searchResultsView"), Qt::Key_Return);
        REQUIRE(window.onPatientPage());
    }
};

} // namespace

TEST_CASE("Down and Enter open a person with the NHS banner, and Esc returns to the search as it was", "[ui]")
{
    WindowFixture f(model::Role::Receptionist);
    f.openByKeyboard("943 476 5919");

    CHECK(f.text("bannerNameLabel") == "SMITH, John (Mr)");
    CHECK(f.text("bannerBornLabel") == "Born 14-Jul-1945 (81y)");
    CHECK(f.text("bannerGenderLabel") == "Male");
    CHECK(f.text("bannerNhsNumberLabel") == "NHS No. 943 476 5919");

    QTest::keyClick(&f.window, Qt::Key_Escape);
    CHECK_FALSE(f.window.onPatientPage());
    CHECK(f.searchBox()->text() == "943 476 5919");
    CHECK(f.searchBox()->hasFocus());
}

TEST_CASE("Ctrl+F goes back to the search box from a patient's record", "[ui]")
{
    WindowFixture f(model::Role::Nurse);
    f.openByKeyboard("jones");
    QTest::keyClick(&f.window, Qt::Key_F, Qt::ControlModifier);
    CHECK_FALSE(f.window.onPatientPage());
    CHECK(f.searchBox()->hasFocus());
}

TEST_CASE("The summary shows the diabetes status, and care processes with no value read Not recorded", "[ui]")
{
    WindowFixture f(model::Role::Nurse);
    f.openByKeyboard("jones");
    CHECK(f.text("diabetesValueLabel") == "Not on the diabetes register");
    auto* table = child<QTableView>(&f.window, "careProcessesView");
    REQUIRE(table->model()->rowCount() > 0);
    CHECK(table->model()->index(0, ui::CareProcessModel::LatestValue).data().toString() == "Not recorded");
}

TEST_CASE("A recorded diagnosis appears in the summary", "[ui]")
{
    WindowFixture f(model::Role::Nurse);
    auto catalogue = clinical::ConditionCatalogue::standard();
    REQUIRE(catalogue.ok());
    const clinical::ConditionCatalogue::Entry* diabetes = nullptr;
    for (const auto& e : (*catalogue)->entries())
        if (e.diabetes && !diabetes)
            diabetes = &e;
    REQUIRE(diabetes);
    REQUIRE(
        record::PatientRegistration(f.db.store()).addDiagnosis(f.people.aliceJones, diabetes->code, "03/02/2019").ok());
    f.openByKeyboard("jones");
    CHECK(f.text("diabetesValueLabel").contains("diagnosed 03-Feb-2019"));
}

TEST_CASE("A receptionist cannot record a diagnosis: the action is disabled", "[ui]")
{
    WindowFixture f(model::Role::Receptionist);
    f.openByKeyboard("jones");
    CHECK_FALSE(f.action("diagnosisAction")->isEnabled());
    CHECK(f.action("editAction")->isEnabled());
    f.action("diagnosisAction")->trigger();
    CHECK(f.window.findChild<QDialog*>("diagnosisDialog") == nullptr);
}

TEST_CASE("A nurse may record a diagnosis from the patient page", "[ui]")
{
    WindowFixture f(model::Role::Nurse);
    CHECK_FALSE(f.action("diagnosisAction")->isEnabled()); // no one is open yet
    f.openByKeyboard("jones");
    REQUIRE(f.action("diagnosisAction")->isEnabled());
    f.action("diagnosisAction")->trigger();
    auto* dialog = f.window.findChild<QDialog*>("diagnosisDialog");
    REQUIRE(dialog);
    QTest::keyClicks(child<QLineEdit>(dialog, "onsetDateLineEdit"), "01/01/2020");
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    CHECK(dialog->result() == QDialog::Accepted);
}

TEST_CASE("A restricted record shows no address on the summary", "[ui]")
{
    WindowFixture f(model::Role::Receptionist);
    f.openByKeyboard("smithson");
    CHECK(f.text("addressValueLabel") == "Address withheld: restricted record");
    for (auto* label : f.window.findChildren<QLabel*>())
        CHECK_FALSE(label->text().contains("Hidden Lane"));
}

TEST_CASE("An unrestricted record shows the address", "[ui]")
{
    WindowFixture f(model::Role::Receptionist);
    f.openByKeyboard("943 476 5919");
    CHECK(f.text("addressValueLabel") == "1 High Street, Riverside, RV1 2AB");
}

TEST_CASE("The history tab lists an edit with the old and new family name", "[ui]")
{
    WindowFixture f(model::Role::Receptionist);
    f.openByKeyboard("943 476 5919");
    f.action("editAction")->trigger();
    auto* form = f.window.findChild<ui::PatientForm*>();
    REQUIRE(form);
    auto* family = child<QLineEdit>(form, "familyNameLineEdit");
    CHECK(family->text() == "Smith");
    family->clear();
    QTest::keyClicks(family, "Smyth");
    QTest::mouseClick(child<QPushButton>(form, "saveButton"), Qt::LeftButton);
    CHECK(form->result() == QDialog::Accepted);

    CHECK(f.text("bannerNameLabel") == "SMYTH, John (Mr)");
    auto* tabs = child<QTabWidget>(&f.window, "patientTabWidget");
    const int historyTab = tabs->indexOf(child<QWidget>(&f.window, "historyView"));
    tabs->setCurrentIndex(historyTab);
    CHECK(tabs->tabText(historyTab) == "History");
    auto* history = child<QTableView>(&f.window, "historyTableView");
    REQUIRE(history->model()->rowCount() >= 2);
    CHECK(history->model()->index(0, ui::HistoryModel::What).data().toString() == "Details changed");
    CHECK(
        history->model()->index(0, ui::HistoryModel::Changes).data().toString().contains("Family name: Smith → Smyth"));
    CHECK(history->model()->index(0, ui::HistoryModel::Who).data().toString().contains("Test reception"));
}

TEST_CASE("The status bar shows who is signed in, their role, the site and the database", "[ui]")
{
    WindowFixture f(model::Role::Nurse);
    CHECK(f.text("statusUserLabel") == "Signed in: Test nurse  ·  Role: Practice nurse  ·  Test Practice");
    CHECK(f.text("statusDatabaseLabel").contains(QString::fromStdString(f.db.path())));
}

TEST_CASE("A missing database is explained in the window, which stays open to choose another", "[ui]")
{
    testing::TempDir dir;
    base::FixedClock clock{testing::kTestNow};
    ui::MainWindow window(clock);
    window.show();
    CHECK_FALSE(window.openDatabase(QString::fromStdString(dir.file("missing.carehouse"))));
    CHECK(window.messageText().contains("missing.carehouse"));
    CHECK(window.messageText().contains("File > Open database"));
    CHECK(child<QAction>(&window, "openAction")->isEnabled());
    CHECK_FALSE(child<QAction>(&window, "registerAction")->isEnabled());
}

TEST_CASE("A value above target is flagged in words and colour beside the latest value", "[ui]")
{
    WindowFixture f(model::Role::Nurse);
    model::Observation o;
    o.id = base::newUuid();
    o.patientId = f.people.aliceJones;
    o.code = "999791000000106";
    o.effective = *base::CivilDate::fromYmd(2026, 10, 1);
    o.value = 71;
    o.unit = "mmol/mol";
    record::ChangeSet cs("record-observation", o.patientId);
    cs.addObservation(o);
    REQUIRE(f.db.store().commit(cs).ok());
    f.openByKeyboard("jones");
    auto* table = child<QTableView>(&f.window, "careProcessesView");
    auto* model = table->model();
    CHECK(model->index(0, ui::CareProcessModel::LatestValue).data().toString() == "71 mmol/mol");
    CHECK(model->index(0, ui::CareProcessModel::Flag).data().toString() == "⚠ Above target (58 mmol/mol or less)");
    CHECK(model->index(0, ui::CareProcessModel::Flag).data(Qt::ForegroundRole).isValid());
    // A process with no value has nothing to flag.
    CHECK(model->index(1, ui::CareProcessModel::Flag).data().toString().isEmpty());
}
