#include "ui/WorklistView.h"

#include "core/letters/LetterLog.h"
#include "core/recall/RecallBook.h"
#include "core/recall/Worklist.h"
#include "tests/ui/RecallTestSupport.h"
#include "ui/AppointmentDialog.h"
#include "ui/ExceptionDialog.h"
#include "ui/InvitationDialog.h"
#include "ui/MainWindow.h"
#include "ui/PatientSearchView.h"
#include "ui/ResultsLettersDialog.h"
#include "ui/WorklistModel.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTest>
#include <QTimeEdit>
#include <catch2/catch.hpp>

using namespace carehouse;
using carehouse::testing::child;
using recall::WorklistKind;

namespace {

struct WorklistFixture
{
    testing::TempDatabase db{model::Role::Nurse};
    std::string ewa;
    std::string piotr;
    ui::WorklistView view;

    explicit WorklistFixture(model::Role role = model::Role::Receptionist)
    {
        ewa = testing::addRegisteredPerson(db.store(), "Kowalski", "Ewa", "Mrs", "03/05/1961", "9434765919");
        piotr = testing::addRegisteredPerson(db.store(), "Nowak", "Piotr", "Mr", "03/03/1948", "4010232137");
        // Not on the diabetes register: never on a worklist.
        REQUIRE(record::PatientRegistration(db.store())
                    .registerPatient(testing::draftOf("Jones", "Alice", "Mrs", "14/07/1945", "9123456787", "female"))
                    .ok());
        db.loginAs(role);
        view.setStore(&db.store());
        view.resize(1200, 600);
        view.show();
    }
    QTableView* table() { return child<QTableView>(&view, "worklistTableView"); }
    QAbstractItemModel* shown() { return table()->model(); }
    QStringList names()
    {
        QStringList out;
        for (int r = 0; r < shown()->rowCount(); ++r)
            out << shown()->index(r, ui::WorklistModel::Name).data().toString();
        return out;
    }
    void selectName(const QString& name)
    {
        const int row = static_cast<int>(names().indexOf(name));
        REQUIRE(row >= 0);
        table()->selectRow(row);
    }
};

QString readAll(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QString::fromUtf8(f.readAll());
}

} // namespace

TEST_CASE("The due worklist shows a person due for review, told apart by birth date and NHS number", "[ui][recall]")
{
    WorklistFixture f;
    f.view.showList(WorklistKind::Due);
    CHECK(f.view.countText() == "2 people");
    CHECK(f.names() == QStringList{"KOWALSKI, Ewa (Mrs)", "NOWAK, Piotr (Mr)"});
    const int row = static_cast<int>(f.names().indexOf("KOWALSKI, Ewa (Mrs)"));
    CHECK(f.shown()->index(row, ui::WorklistModel::NhsNumber).data().toString() == "943 476 5919");
    CHECK(f.shown()->index(row, ui::WorklistModel::BirthDate).data().toString() == "03-May-1961 (65y)");
    CHECK(f.shown()->index(row, ui::WorklistModel::Stage).data().toString() == "Due, not invited yet");
    CHECK(f.shown()->index(row, ui::WorklistModel::Invitations).data().toString() == "None yet");
    CHECK(child<QComboBox>(&f.view, "worklistComboBox")->currentText() == "Due or overdue (2)");
}

TEST_CASE("The filter box narrows the list, and CSV export writes exactly the visible rows and columns", "[ui][recall]")
{
    WorklistFixture f;
    f.view.showList(WorklistKind::Due);
    QTest::keyClicks(child<QLineEdit>(&f.view, "worklistFilterLineEdit"), "943 476");
    CHECK(f.view.visibleCount() == 1);
    CHECK(f.view.countText() == "showing 1 of 2 people");

    testing::TempDir dir;
    const QString path = QString::fromStdString(dir.file("due.csv"));
    REQUIRE(f.view.exportCsv(path).ok());
    const QStringList lines = readAll(path).split('\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0] == "Name,NHS number,Born (age),Postcode,Where they are,Due,Overdue by,Invitations,Also reviewed");
    CHECK(lines[1].startsWith("\"KOWALSKI, Ewa (Mrs)\",943 476 5919,03-May-1961 (65y),RV1 2AB,"));
    CHECK_FALSE(readAll(path).contains("NOWAK"));
    CHECK_FALSE(QFile::exists(path + ".tmp"));
}

TEST_CASE("Recording an invitation moves the person from Due to Invited once", "[ui][recall]")
{
    WorklistFixture f;
    f.view.showList(WorklistKind::Due);
    f.selectName("KOWALSKI, Ewa (Mrs)");
    auto* invite = child<QPushButton>(&f.view, "recordInvitationButton");
    REQUIRE(invite->isEnabled());
    invite->click();
    auto* dialog = testing::openedDialog<ui::InvitationDialog>(&f.view);
    REQUIRE(dialog);
    child<QPushButton>(dialog, "recordInvitationOkButton")->click();
    QApplication::processEvents();

    CHECK(f.names() == QStringList{"NOWAK, Piotr (Mr)"});
    CHECK(f.view.messageText() == "Invitation recorded for 1 person.");
    f.view.showList(WorklistKind::InvitedOnce);
    CHECK(f.names() == QStringList{"KOWALSKI, Ewa (Mrs)"});
    CHECK(f.shown()->index(0, ui::WorklistModel::Invitations).data().toString() == "1 (last 23-Nov-2026)");
}

TEST_CASE("A second invitation within 7 days is refused in the dialog with the earliest date", "[ui][recall]")
{
    WorklistFixture f;
    REQUIRE(recall::RecallBook(f.db.store())
                .invite(f.ewa, model::Invitation::Method::Letter, *base::CivilDate::parseIso("2026-11-20"))
                .ok());
    f.view.refresh();
    f.view.showList(WorklistKind::InvitedOnce);
    f.selectName("KOWALSKI, Ewa (Mrs)");
    child<QPushButton>(&f.view, "recordInvitationButton")->click();
    auto* dialog = testing::openedDialog<ui::InvitationDialog>(&f.view);
    REQUIRE(dialog);
    child<QPushButton>(dialog, "recordInvitationOkButton")->click();
    CHECK(dialog->isVisible());
    const QString message = child<QLabel>(dialog, "invitationMessageLabel")->text();
    CHECK(message.contains("too soon after the last invitation"));
    CHECK(message.contains("27-Nov-2026"));
    dialog->reject();
    CHECK(f.names() == QStringList{"KOWALSKI, Ewa (Mrs)"});
}

TEST_CASE("Opening a person from the worklist shows their record, and Esc returns to the worklist", "[ui][recall]")
{
    testing::TempDatabase db(model::Role::Nurse);
    testing::addRegisteredPerson(db.store(), "Kowalski", "Ewa", "Mrs", "03/05/1961", "9434765919");
    db.loginAs(model::Role::Receptionist);
    ui::MainWindow window(db.clock());
    window.useStore(db.store(), QString::fromStdString(db.path()));
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));

    child<QAction>(&window, "worklistAction")->trigger();
    REQUIRE(window.currentPage() == window.worklistView());
    auto* table = child<QTableView>(window.worklistView(), "worklistTableView");
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Return);
    REQUIRE(window.onPatientPage());
    CHECK(child<QLabel>(&window, "bannerNameLabel")->text() == "KOWALSKI, Ewa (Mrs)");
    CHECK(child<QAction>(&window, "backAction")->text() == "&Back to the worklist");

    QTest::keyClick(&window, Qt::Key_Escape);
    CHECK(window.currentPage() == window.worklistView());
    QTest::keyClick(&window, Qt::Key_Escape);
    CHECK(window.currentPage() == window.searchView());
}

TEST_CASE("The recall and results actions are disabled for roles core would refuse", "[ui][recall]")
{
    testing::TempDatabase db(model::Role::Receptionist);
    ui::MainWindow window(db.clock());
    window.useStore(db.store(), QString::fromStdString(db.path()));
    CHECK(child<QAction>(&window, "worklistAction")->isEnabled());
    CHECK(child<QAction>(&window, "importResultsAction")->isEnabled());
    CHECK_FALSE(child<QAction>(&window, "resultsInboxAction")->isEnabled());

    db.loginAs(model::Role::ClinicalLead);
    window.useStore(db.store(), QString::fromStdString(db.path()));
    CHECK_FALSE(child<QAction>(&window, "importResultsAction")->isEnabled());
    CHECK_FALSE(child<QAction>(&window, "unmatchedResultsAction")->isEnabled());
    CHECK(child<QAction>(&window, "resultsInboxAction")->isEnabled());
}

TEST_CASE("Booking the tests appointment takes the person off Surveillance to book", "[ui][recall]")
{
    WorklistFixture f;
    f.view.showList(WorklistKind::SurveillanceToBook);
    f.selectName("NOWAK, Piotr (Mr)");
    child<QPushButton>(&f.view, "bookAppointmentButton")->click();
    auto* dialog = testing::openedDialog<ui::AppointmentDialog>(&f.view);
    REQUIRE(dialog);
    child<QTimeEdit>(dialog, "appointmentTimeEdit")->setTime(QTime(14, 30));
    child<QLineEdit>(dialog, "appointmentWithWhomLineEdit")->setText("Hannah Osei (HCA)");
    child<QPushButton>(dialog, "bookAppointmentOkButton")->click();
    QApplication::processEvents();

    CHECK(f.names() == QStringList{"KOWALSKI, Ewa (Mrs)"});
    CHECK(f.view.messageText() == "Appointment booked for NOWAK, Piotr (Mr).");
    auto appointments = recall::RecallBook(f.db.store()).appointments(f.piotr);
    REQUIRE(appointments.ok());
    REQUIRE(appointments->size() == 1);
    CHECK((*appointments)[0].timeText() == "14:30");
    CHECK((*appointments)[0].date.iso() == "2026-11-30");
    CHECK((*appointments)[0].withWhom == "Hannah Osei (HCA)");
}

TEST_CASE("A nurse records an exception with its reason, and the person moves to Exceptions", "[ui][recall]")
{
    WorklistFixture f(model::Role::Nurse);
    f.view.showList(WorklistKind::Due);
    f.selectName("KOWALSKI, Ewa (Mrs)");
    auto* button = child<QPushButton>(&f.view, "recordExceptionButton");
    REQUIRE(button->isEnabled());
    button->click();
    auto* dialog = testing::openedDialog<ui::ExceptionDialog>(&f.view);
    REQUIRE(dialog);
    // Without a reason core refuses it and the dialog says so.
    child<QPushButton>(dialog, "recordExceptionOkButton")->click();
    CHECK(dialog->isVisible());
    CHECK_FALSE(child<QLabel>(dialog, "exceptionMessageLabel")->text().isEmpty());
    auto* kind = child<QComboBox>(dialog, "exceptionKindComboBox");
    kind->setCurrentIndex(kind->findData(static_cast<int>(model::CareException::Kind::Unsuitable)));
    QTest::keyClicks(child<QLineEdit>(dialog, "exceptionReasonLineEdit"), "Palliative care");
    child<QPushButton>(dialog, "recordExceptionOkButton")->click();
    QApplication::processEvents();
    CHECK_FALSE(f.names().contains("KOWALSKI, Ewa (Mrs)"));
    f.view.showList(WorklistKind::Exceptions);
    CHECK(f.names() == QStringList{"KOWALSKI, Ewa (Mrs)"});
}

TEST_CASE("A receptionist cannot record an exception: the button is disabled", "[ui][recall][permissions]")
{
    WorklistFixture f(model::Role::Receptionist);
    f.view.showList(WorklistKind::Due);
    f.selectName("KOWALSKI, Ewa (Mrs)");
    CHECK_FALSE(child<QPushButton>(&f.view, "recordExceptionButton")->isEnabled());
}

TEST_CASE("Printing results letters for Letters to send logs each letter and leaves restricted records out",
          "[ui][recall][letters]")
{
    testing::TempDatabase db(model::Role::Nurse);
    auto ewa = testing::addRegisteredPerson(db.store(), "Kowalski", "Ewa", "Mrs", "03/05/1961", "9434765919");
    auto hidden = testing::addRegisteredPerson(db.store(), "Smithson", "Mary", "Ms", "12/01/1950", "4010232137",
                                               "12 Hidden Lane", true);
    for (const auto& id : {ewa, hidden}) {
        model::Appointment a;
        a.patientId = id;
        a.date = *base::CivilDate::parseIso("2026-11-16");
        a.status = model::Appointment::Status::Attended;
        REQUIRE(recall::RecallBook(db.store()).book(a).ok());
    }
    db.loginAs(model::Role::Receptionist);
    ui::WorklistView view;
    view.setStore(&db.store());
    view.resize(1200, 600);
    view.show();
    view.showList(WorklistKind::LettersToSend);
    auto* button = child<QPushButton>(&view, "printResultsLettersButton");
    CHECK(button->isVisible());
    CHECK(button->isEnabled());
    CHECK_FALSE(child<QPushButton>(&view, "printLettersButton")->isVisible());

    testing::TempDir out;
    const QString path = QString::fromStdString(out.file("results.pdf"));
    auto* dialog = view.openResultsLettersDialog();
    REQUIRE(dialog);
    // Before printing, the dialog says who is left out and why.
    auto* leftOut = child<QListWidget>(dialog, "letterLeftOutList");
    REQUIRE(leftOut->count() == 1);
    CHECK(leftOut->item(0)->text().contains("SMITHSON, Mary (Ms)"));
    CHECK(leftOut->item(0)->text().contains("restricted"));
    CHECK(child<QPushButton>(dialog, "startLetterBatchButton")->text() == "Print 1 letter");
    child<QLineEdit>(dialog, "letterOutputPath")->setText(path);
    QTest::mouseClick(child<QPushButton>(dialog, "startLetterBatchButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->outcome() != nullptr, 30000);
    const auto* printed = dialog->outcome();
    CHECK(printed->printed == 1);
    CHECK(printed->logged == 1);
    CHECK(printed->pages >= 1);
    CHECK_FALSE(printed->error.has_value());
    REQUIRE(printed->skipped.size() == 1);
    CHECK(printed->skipped[0].person.patientId == hidden);
    CHECK(child<QProgressBar>(dialog, "letterProgressBar")->value() == 1);
    CHECK(QFile::exists(path));
    CHECK(letters::LetterLog(db.store()).forPatient(ewa)->size() == 1);
    CHECK(letters::LetterLog(db.store()).forPatient(hidden)->empty());
    // Ewa has her letter: off this list, on to booking her care planning.
    auto cycle = recall::WorklistReader(db.store()).cycleOf(ewa);
    CHECK(cycle->stage == recall::CycleStage::LetterSent);
}

namespace {

// People whose results are back, each with a care planning consultation booked `daysAhead`
// days after the test day (23-Nov-2026), on Letters to send.
struct LettersToSendList
{
    testing::TempDatabase db{model::Role::Nurse};
    std::vector<std::string> ids;
    ui::WorklistView view;

    explicit LettersToSendList(const std::vector<int>& daysAhead)
    {
        int n = 0;
        for (int days : daysAhead) {
            const auto id = testing::addRegisteredPerson(db.store(), "Person", ("Number" + std::to_string(n)).c_str(),
                                                         "Mx", "01/01/1950", testing::testNhsNumber(40 + n));
            ++n;
            model::Appointment a;
            a.patientId = id;
            a.date = *base::CivilDate::parseIso("2026-11-16");
            a.status = model::Appointment::Status::Attended;
            REQUIRE(recall::RecallBook(db.store()).book(a).ok());
            model::Appointment cp;
            cp.patientId = id;
            cp.type = model::Appointment::Type::CarePlanning;
            cp.date = db.store().clock().today().addDays(days);
            cp.minuteOfDay = 9 * 60 + n;
            REQUIRE(recall::RecallBook(db.store()).book(cp).ok());
            ids.push_back(id);
        }
        view.setStore(&db.store());
        view.resize(1200, 600);
        view.show();
        view.showList(WorklistKind::LettersToSend);
    }
    std::size_t logged()
    {
        std::size_t count = 0;
        for (const auto& id : ids)
            count += letters::LetterLog(db.store()).forPatient(id)->size();
        return count;
    }
};

} // namespace

TEST_CASE("A results letter batch for a week of consultations, one PDF per person", "[ui][recall][letters]")
{
    LettersToSendList f({2, 5, 9, 20});
    auto* dialog = f.view.openResultsLettersDialog();
    REQUIRE(dialog);
    CHECK(child<QPushButton>(dialog, "startLetterBatchButton")->text() == "Print 4 letters");
    child<QCheckBox>(dialog, "letterRangeCheck")->setChecked(true);
    child<QDateEdit>(dialog, "letterFromDate")->setDate(QDate(2026, 11, 24));
    child<QDateEdit>(dialog, "letterToDate")->setDate(QDate(2026, 12, 2));
    CHECK(child<QPushButton>(dialog, "startLetterBatchButton")->text() == "Print 3 letters");

    testing::TempDir out;
    const QString folder = QString::fromStdString(out.file("letters"));
    child<QRadioButton>(dialog, "pdfPerPersonRadio")->setChecked(true);
    child<QLineEdit>(dialog, "letterOutputPath")->setText(folder);
    QTest::mouseClick(child<QPushButton>(dialog, "startLetterBatchButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->outcome() != nullptr, 60000);
    CHECK(dialog->outcome()->printed == 3);
    CHECK(QDir(folder).entryList({"*.pdf"}, QDir::Files).size() == 3);
    CHECK(f.logged() == 3);
    // The one whose consultation is in three weeks is still to be sent a letter.
    CHECK(letters::LetterLog(f.db.store()).forPatient(f.ids[3])->empty());
}

TEST_CASE("Cancelling a one-PDF results letter batch prints and logs nothing", "[ui][recall][letters]")
{
    LettersToSendList f(std::vector<int>(30, 3));
    auto* dialog = f.view.openResultsLettersDialog();
    REQUIRE(dialog);
    testing::TempDir out;
    const QString path = QString::fromStdString(out.file("cancelled.pdf"));
    child<QLineEdit>(dialog, "letterOutputPath")->setText(path);
    QTest::mouseClick(child<QPushButton>(dialog, "startLetterBatchButton"), Qt::LeftButton);
    REQUIRE(dialog->running());
    QTest::mouseClick(child<QPushButton>(dialog, "cancelLetterBatchButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->outcome() != nullptr, 60000);
    CHECK(dialog->outcome()->cancelled);
    CHECK(dialog->outcome()->printed == 0);
    CHECK_FALSE(QFile::exists(path));
    CHECK(f.logged() == 0);
    CHECK(dialog->outcomeText().contains("nothing was printed or logged"));
}
