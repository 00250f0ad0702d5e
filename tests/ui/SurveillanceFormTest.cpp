#include "ui/SurveillanceForm.h"

#include "core/model/LabRequest.h"
#include "core/recall/Worklist.h"
#include "core/record/FieldRecordReader.h"
#include "core/record/PatientRepository.h"
#include "core/surveillance/SurveillanceRecorder.h"
#include "tests/support/TestPeople.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/CareProcessGridModel.h"
#include "ui/PatientView.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <catch2/catch.hpp>

using namespace carehouse;
using carehouse::testing::child;

namespace {

// An HCA (or another role) at today's surveillance appointment of a person with diabetes,
// on the patient page with the Surveillance tab open. Today is 23-Nov-2026.
struct SurveillanceFixture
{
    testing::TempDatabase db{model::Role::Nurse};
    std::string person;
    ui::PatientView view;

    explicit SurveillanceFixture(model::Role role = model::Role::Hca)
    {
        person = testing::addPersonWithDiabetes(db.store(), "Okafor", "Grace", "1958-02-14", "9434765919");
        db.loginAs(role);
        open();
    }
    void open()
    {
        view.setStore(&db.store());
        view.resize(1280, 900);
        view.show();
        view.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&view));
        REQUIRE(view.showPatient(person).ok());
        tabs()->setCurrentWidget(form());
    }
    QTabWidget* tabs() { return child<QTabWidget>(&view, "patientTabWidget"); }
    ui::SurveillanceForm* form() { return child<ui::SurveillanceForm>(&view, "surveillanceForm"); }
    template <typename T = QWidget>
    T* w(const char* name)
    {
        return child<T>(&view, name);
    }
    QString text(const char* labelName) { return w<QLabel>(labelName)->text(); }
    // Types into a field and leaves it with Tab, as a person would.
    void type(const char* name, const char* value)
    {
        auto* edit = w<QLineEdit>(name);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, value);
        QTest::keyClick(edit, Qt::Key_Tab);
    }
    void choose(const char* comboName, const char* code)
    {
        auto* combo = w<QComboBox>(comboName);
        const int i = combo->findData(QString::fromLatin1(code));
        REQUIRE(i >= 0);
        combo->setCurrentIndex(i);
    }
    void addReading(const char* systolic, const char* diastolic)
    {
        auto* sys = w<QLineEdit>("systolicLineEdit");
        sys->setFocus();
        QTest::keyClicks(sys, systolic);
        QTest::keyClick(sys, Qt::Key_Return);
        auto* dia = w<QLineEdit>("diastolicLineEdit");
        REQUIRE(dia->hasFocus());
        QTest::keyClicks(dia, diastolic);
        QTest::keyClick(dia, Qt::Key_Return);
    }
    QString reading(int row, int column)
    {
        auto* item = w<QTableWidget>("bpReadingsTableWidget")->item(row, column);
        return item ? item->text() : QString();
    }
    void click(const char* buttonName)
    {
        auto* button = w<QAbstractButton>(buttonName);
        REQUIRE(button->isVisible());
        REQUIRE(button->isEnabled());
        // A check box takes clicks on its box and words, not the empty space after them.
        const QPoint at = qobject_cast<QCheckBox*>(button) ? QPoint(8, button->height() / 2) : button->rect().center();
        QTest::mouseClick(button, Qt::LeftButton, {}, at);
    }
    surveillance::SurveillanceEntry saved()
    {
        auto e = surveillance::SurveillanceRecorder(db.store()).resume(person);
        REQUIRE(e.ok());
        return *e;
    }
};

} // namespace

TEST_CASE("The Surveillance tab follows Care processes under the banner and names who is recording",
          "[ui][surveillance]")
{
    SurveillanceFixture f;
    REQUIRE(f.tabs()->count() == 7);
    CHECK(f.tabs()->tabText(1) == "Care processes");
    CHECK(f.tabs()->tabText(2) == "Surveillance");
    CHECK(f.tabs()->tabText(3) == "Letters");
    CHECK(f.tabs()->tabText(4) == "Care planning");
    CHECK(f.tabs()->tabText(5) == "Questionnaires");
    CHECK(f.tabs()->tabText(6) == "History");
    CHECK(f.w<QLabel>("bannerNameLabel")->isVisible());
    CHECK(f.text("surveillanceHeaderLabel").contains("23-Nov-2026"));
    CHECK(f.text("surveillanceHeaderLabel")
              .contains(QString::fromStdString(f.db.store().currentUser()->displayName + " (Healthcare assistant)")));
    CHECK_FALSE(f.w("readOnlyLabel")->isVisible());
    // Units always beside their values.
    CHECK(f.w<QComboBox>("weightUnitComboBox")->currentText() == "kg");
    CHECK(f.w<QComboBox>("heightUnitComboBox")->currentText() == "cm");
}

TEST_CASE("Weight 92 kg and height 172 cm show BMI 31.1 kg/m² with its band", "[ui][surveillance]")
{
    SurveillanceFixture f;
    f.type("weightLineEdit", "92");
    f.type("heightLineEdit", "172");
    CHECK(f.text("bmiValueLabel") == "31.1 kg/m²");
    CHECK(f.text("bmiBandLabel") == "Obese");

    // Weighed in pounds: converted the way it is stored.
    auto* unit = f.w<QComboBox>("weightUnitComboBox");
    unit->setCurrentIndex(unit->findText("lb"));
    f.type("weightLineEdit", "200");
    CHECK(f.text("bmiValueLabel") == "30.7 kg/m²");
    CHECK(f.w<QPushButton>("saveLaterPushButton")->isEnabled());
}

TEST_CASE("Height 70 typed as cm asks whether 178 cm was meant, and one click fills it", "[ui][surveillance]")
{
    SurveillanceFixture f;
    f.type("weightLineEdit", "80");
    f.type("heightLineEdit", "70");
    auto* problem = f.w<QLabel>("heightProblemLabel");
    CHECK(problem->isVisible());
    CHECK(problem->text().contains("Height 70 cm"));
    CHECK(problem->text().contains("did you mean 178 cm?"));
    CHECK(f.w<QLineEdit>("heightLineEdit")->styleSheet().contains("border"));
    CHECK_FALSE(f.w<QPushButton>("saveLaterPushButton")->isEnabled());
    CHECK_FALSE(f.w<QPushButton>("completePushButton")->isEnabled());
    CHECK(f.text("bmiValueLabel") == "— kg/m²");

    auto* suggestion = f.w<QPushButton>("heightSuggestionPushButton");
    CHECK(suggestion->text() == "&Use 178 cm");
    f.click("heightSuggestionPushButton");
    CHECK(f.w<QLineEdit>("heightLineEdit")->text() == "178");
    CHECK(f.w<QComboBox>("heightUnitComboBox")->currentText() == "cm");
    CHECK_FALSE(problem->isVisible());
    CHECK_FALSE(suggestion->isVisible());
    CHECK(f.text("bmiValueLabel") == "25.2 kg/m²");
    CHECK(f.w<QPushButton>("saveLaterPushButton")->isEnabled());
}

TEST_CASE("Of three blood pressure readings the lower of the last two counts, and the form says why",
          "[ui][surveillance]")
{
    SurveillanceFixture f;
    f.addReading("152", "90");
    CHECK(f.text("countedReadingLabel").contains("152/90 mmHg"));
    CHECK(f.text("countedReadingLabel").contains("the only reading so far"));
    f.addReading("138", "84");
    f.addReading("144", "86");
    REQUIRE(f.w<QTableWidget>("bpReadingsTableWidget")->rowCount() == 3);
    CHECK(f.reading(0, 1) == "152/90 mmHg");
    const QString counted = f.text("countedReadingLabel");
    CHECK(counted.contains("<b>138/84 mmHg</b> (reading 2)"));
    CHECK(counted.contains("the lower of the last two readings (2 and 3)"));
    CHECK(f.reading(1, 2) == "✔ Counts");
    CHECK(f.reading(2, 2) == "Not counted: higher of the last two");
    CHECK(f.reading(0, 2) == "Not counted: earlier reading (stored)");
    // The boxes are empty again, ready for the next reading.
    CHECK(f.w<QLineEdit>("systolicLineEdit")->text().isEmpty());
    CHECK(f.w<QLineEdit>("systolicLineEdit")->hasFocus());

    // Removing the counted one: the other of the last two now counts.
    auto* table = f.w<QTableWidget>("bpReadingsTableWidget");
    table->selectRow(1);
    f.click("removeReadingPushButton");
    REQUIRE(table->rowCount() == 2);
    CHECK(f.text("countedReadingLabel").contains("<b>144/86 mmHg</b> (reading 2)"));
}

TEST_CASE("A reading with the top number below the bottom one is not added", "[ui][surveillance]")
{
    SurveillanceFixture f;
    f.addReading("80", "120");
    CHECK(f.w<QTableWidget>("bpReadingsTableWidget")->rowCount() == 0);
    auto* problem = f.w<QLabel>("bpProblemLabel");
    CHECK(problem->isVisible());
    CHECK(problem->text().contains("top number (systolic) no higher than its bottom number"));
    CHECK_FALSE(f.w("bpConfirmCheckBox")->isVisible());
    CHECK_FALSE(f.w<QPushButton>("saveLaterPushButton")->isEnabled());
}

TEST_CASE("A reading typed but not added stops saving until it is added", "[ui][surveillance]")
{
    SurveillanceFixture f;
    auto* sys = f.w<QLineEdit>("systolicLineEdit");
    sys->setFocus();
    QTest::keyClicks(sys, "138");
    f.w<QComboBox>("smokingComboBox")->setFocus();
    QApplication::processEvents();
    CHECK_FALSE(f.w<QPushButton>("saveLaterPushButton")->isEnabled());
    CHECK(f.text("bpProblemLabel").contains("Type both numbers"));
    f.addReading("", "82");
    CHECK(f.w<QTableWidget>("bpReadingsTableWidget")->rowCount() == 1);
    CHECK_FALSE(f.w("bpProblemLabel")->isVisible());
    CHECK(f.w<QPushButton>("saveLaterPushButton")->isEnabled());
}

TEST_CASE("Saved to finish later, the appointment resumes in a new form for the same person", "[ui][surveillance]")
{
    SurveillanceFixture f;
    f.type("weightLineEdit", "92");
    f.type("heightLineEdit", "172");
    f.addReading("146", "88");
    f.addReading("138", "82");
    f.choose("smokingComboBox", "77176002");
    REQUIRE(f.w("smokingAdviceComboBox")->isEnabled());
    f.choose("smokingAdviceComboBox", "given");
    f.choose("footLeftComboBox", "low");
    f.choose("footRightComboBox", "moderate");
    CHECK(f.text("footOverallLabel").contains("<b>Moderate risk</b> (the higher of the two feet)"));
    f.click("saveLaterPushButton");
    const QString status = f.text("surveillanceStatusLabel");
    CHECK(status.contains("11 values saved"));
    CHECK(status.contains("BMI 31.1 kg/m²"));
    CHECK(status.contains("Open this person again to finish later"));
    CHECK(f.tabs()->currentWidget() == f.form()); // the page refreshed, the tab stayed

    // The care processes tab shows what was just saved.
    auto* grid = f.w<QTableView>("careProcessGridTableView");
    bool bmiShown = false;
    for (int row = 0; row < grid->model()->rowCount(); ++row)
        bmiShown = bmiShown
            || grid->model()->index(row, ui::CareProcessGridModel::LastValue).data().toString().contains("31.1 kg/m²");
    CHECK(bmiShown);

    ui::SurveillanceForm again;
    again.setStore(&f.db.store());
    REQUIRE(again.openPatient(f.person).ok());
    CHECK(child<QLineEdit>(&again, "weightLineEdit")->text() == "92");
    CHECK(child<QLineEdit>(&again, "heightLineEdit")->text() == "172");
    CHECK(child<QLabel>(&again, "bmiValueLabel")->text() == "31.1 kg/m²");
    auto* table = child<QTableWidget>(&again, "bpReadingsTableWidget");
    REQUIRE(table->rowCount() == 2);
    CHECK(table->item(1, 1)->text() == "138/82 mmHg");
    CHECK(child<QComboBox>(&again, "smokingComboBox")->currentText() == "Current smoker");
    CHECK(child<QComboBox>(&again, "smokingAdviceComboBox")->currentText() == "Advice given");
    CHECK(child<QComboBox>(&again, "footRightComboBox")->currentText() == "Moderate risk");
    CHECK(child<QPushButton>(&again, "saveLaterPushButton")->isEnabled());
    CHECK(child<QPushButton>(&again, "completePushButton")->isEnabled());
}

TEST_CASE("Completing the appointment sends the tests and leaves results awaited", "[ui][surveillance][recall]")
{
    SurveillanceFixture f;
    f.type("weightLineEdit", "92");
    f.click("bloodsSentCheckBox");
    f.click("urineSentCheckBox");
    f.choose("carePlanningComboBox", "explained-leaflet-given");
    f.click("completePushButton");
    const QString status = f.text("surveillanceStatusLabel");
    CHECK(status.contains("2 values saved"));
    CHECK(status.contains("5 tests sent"));
    CHECK(status.contains("Appointment completed"));
    CHECK_FALSE(f.w("completePushButton")->isVisible());
    // Sent tests cannot be unsent from here: the requests exist.
    CHECK_FALSE(f.w("bloodsSentCheckBox")->isEnabled());
    CHECK(f.text("testsNoteLabel").contains("Already sent today: bloods and urine"));

    auto pending = record::FieldRecordReader(f.db.store())
                       .all<model::LabRequest>("patient_id = ? AND status = 'pending'", {f.person});
    REQUIRE(pending.ok());
    CHECK(pending->size() == 5);
    auto cycle = recall::WorklistReader(f.db.store()).cycleOf(f.person);
    REQUIRE(cycle.ok());
    CHECK(cycle->stage == recall::CycleStage::SurveillanceDone);
    CHECK(cycle->pendingTests == 5);
}

TEST_CASE("A value outside the plausible range stops saving until 'Value is correct' is ticked", "[ui][surveillance]")
{
    SurveillanceFixture f;
    f.type("weightLineEdit", "19");
    auto* problem = f.w<QLabel>("weightProblemLabel");
    CHECK(problem->isVisible());
    CHECK(problem->text().contains("Weight 19 kg is outside the range a person can have (20–300 kg)"));
    CHECK_FALSE(f.w("weightSuggestionPushButton")->isVisible());
    CHECK_FALSE(f.w<QPushButton>("saveLaterPushButton")->isEnabled());
    CHECK(f.text("problemsSummaryLabel").contains("the problem shown in red"));

    f.click("weightConfirmCheckBox");
    CHECK(f.w<QCheckBox>("weightConfirmCheckBox")->isChecked());
    CHECK(problem->text().contains("recorded as checked and correct"));
    CHECK_FALSE(f.w("problemsSummaryLabel")->isVisible());
    f.click("saveLaterPushButton");
    auto weight = record::PatientRepository(f.db.store()).latestObservation(f.person, "27113001");
    REQUIRE(weight.ok());
    REQUIRE(weight->has_value());
    CHECK((*weight)->value == 19);
    CHECK((*weight)->note == "confirmed outside the plausible range");

    // Back within range, the confirmation goes.
    f.type("weightLineEdit", "62");
    CHECK_FALSE(f.w<QCheckBox>("weightConfirmCheckBox")->isChecked());
    CHECK_FALSE(f.w("weightConfirmCheckBox")->isVisible());
}

TEST_CASE("A receptionist sees the appointment read-only, with why", "[ui][surveillance][permissions]")
{
    SurveillanceFixture hca;
    hca.type("weightLineEdit", "92");
    hca.click("saveLaterPushButton");

    hca.db.loginAs(model::Role::Receptionist);
    ui::PatientView view;
    view.setStore(&hca.db.store());
    view.show();
    REQUIRE(view.showPatient(hca.person).ok());
    auto* form = child<ui::SurveillanceForm>(&view, "surveillanceForm");
    child<QTabWidget>(&view, "patientTabWidget")->setCurrentWidget(form);
    CHECK(form->readOnly());
    auto* why = child<QLabel>(&view, "readOnlyLabel");
    CHECK(why->isVisible());
    CHECK(why->text().contains("your role (Receptionist) may see this appointment but not record values"));
    CHECK(child<QLineEdit>(&view, "weightLineEdit")->text() == "92");
    CHECK_FALSE(child<QLineEdit>(&view, "weightLineEdit")->isEnabled());
    CHECK_FALSE(child<QPushButton>(&view, "addReadingPushButton")->isEnabled());
    CHECK_FALSE(child<QCheckBox>(&view, "bloodsSentCheckBox")->isEnabled());
    CHECK_FALSE(child<QPushButton>(&view, "saveLaterPushButton")->isEnabled());
    CHECK_FALSE(child<QPushButton>(&view, "completePushButton")->isEnabled());
}

TEST_CASE("The whole appointment can be filled and saved from the keyboard alone", "[ui][surveillance][keyboard]")
{
    SurveillanceFixture f;
    auto focus = [] { return QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString(); };
    auto key = [](int k, Qt::KeyboardModifiers m = Qt::NoModifier) {
        QTest::keyClick(QApplication::focusWidget(), static_cast<Qt::Key>(k), m);
    };
    auto keys = [](const char* text) { QTest::keyClicks(QApplication::focusWidget(), text); };

    // Alt+W goes to weight; then Tab follows the appointment.
    QTest::keyClick(f.form(), Qt::Key_W, Qt::AltModifier);
    REQUIRE(focus() == "weightLineEdit");
    keys("92");
    key(Qt::Key_Tab);
    CHECK(focus() == "weightUnitComboBox");
    key(Qt::Key_Tab);
    CHECK(focus() == "heightLineEdit");
    keys("172");
    key(Qt::Key_Tab);
    CHECK(focus() == "heightUnitComboBox");
    key(Qt::Key_Tab);
    CHECK(focus() == "systolicLineEdit");
    keys("146");
    key(Qt::Key_Return);
    CHECK(focus() == "diastolicLineEdit");
    keys("88");
    key(Qt::Key_Return);
    CHECK(focus() == "systolicLineEdit");
    keys("138");
    key(Qt::Key_Tab);
    keys("82");
    key(Qt::Key_Tab);
    CHECK(focus() == "addReadingPushButton");
    key(Qt::Key_Space);
    CHECK(f.w<QTableWidget>("bpReadingsTableWidget")->rowCount() == 2);
    // Alt+K to smoking status, then on through the rest.
    QTest::keyClick(f.form(), Qt::Key_K, Qt::AltModifier);
    CHECK(focus() == "smokingComboBox");
    keys("E");
    CHECK(f.w<QComboBox>("smokingComboBox")->currentText() == "Ex-smoker");
    key(Qt::Key_Tab); // advice is only for a current smoker, so it is skipped
    CHECK(focus() == "footLeftComboBox");
    keys("L");
    key(Qt::Key_Tab);
    CHECK(focus() == "footRightComboBox");
    keys("M");
    key(Qt::Key_Tab);
    CHECK(focus() == "eyeComboBox");
    keys("S");
    key(Qt::Key_Tab);
    CHECK(focus() == "bloodsSentCheckBox");
    key(Qt::Key_Space);
    key(Qt::Key_Tab);
    CHECK(focus() == "urineSentCheckBox");
    key(Qt::Key_Space);
    key(Qt::Key_Tab);
    CHECK(focus() == "educationComboBox");
    keys("O");
    key(Qt::Key_Tab);
    CHECK(focus() == "carePlanningComboBox");
    keys("E");
    key(Qt::Key_Tab);
    CHECK(focus() == "saveLaterPushButton");
    key(Qt::Key_Tab);
    CHECK(focus() == "completePushButton");
    // Mnemonics avoid the main window's menus (File, Patient, Recall, Results, Help).
    QTest::keyClick(f.form(), Qt::Key_X, Qt::AltModifier);
    CHECK(focus() == "carePlanningComboBox");

    key(Qt::Key_S, Qt::ControlModifier);
    CHECK(f.text("surveillanceStatusLabel").contains("Saved at"));
    const auto e = f.saved();
    CHECK(e.weight == 92);
    CHECK(e.height == 172);
    CHECK(e.bloodPressure.size() == 2);
    CHECK(e.smoking == "8517006");
    CHECK(e.footLeft == "low");
    CHECK(e.footRight == "moderate");
    CHECK(e.eyeScreening == "no-retinopathy");
    CHECK(e.bloodsSent);
    CHECK(e.urineSent);
    CHECK(e.education == "offered");
    CHECK(e.carePlanningExplained == "explained-leaflet-given");
    CHECK_FALSE(*surveillance::SurveillanceRecorder(f.db.store()).completedToday(f.person));

    // Ctrl+Enter completes it.
    key(Qt::Key_Return, Qt::ControlModifier);
    CHECK(f.text("surveillanceStatusLabel").contains("Appointment completed"));
    CHECK(*surveillance::SurveillanceRecorder(f.db.store()).completedToday(f.person));
}
