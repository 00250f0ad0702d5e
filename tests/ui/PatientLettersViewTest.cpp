#include "ui/PatientLettersView.h"

#include "core/letters/LetterLog.h"
#include "core/recall/RecallBook.h"
#include "core/recall/Worklist.h"
#include "core/record/PatientRepository.h"
#include "core/surveillance/ObservationRecorder.h"
#include "tests/ui/RecallTestSupport.h"
#include "ui/MessageBanner.h"
#include "ui/PatientView.h"
#include "ui/SentLettersModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>

using namespace carehouse;
using carehouse::testing::child;

namespace {

QString pdfText(const QString& path)
{
    if (QStandardPaths::findExecutable("pdftotext").isEmpty())
        FAIL("pdftotext is needed (poppler-utils)");
    QProcess p;
    p.start("pdftotext", {"-layout", path, "-"});
    REQUIRE(p.waitForFinished(20000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

// A person whose results are back (surveillance attended, HbA1c 61), on the Letters tab of the
// patient page.
struct LettersTab
{
    testing::TempDatabase db{model::Role::Nurse};
    testing::TempDir dir;
    std::string person;
    ui::PatientView view;

    explicit LettersTab(bool restricted = false, const char* language = "")
    {
        person = testing::addRegisteredPerson(db.store(), "Adebayo", "Efua", "Mrs", "1951-04-02", "9434765919",
                                              "41 Cephas Avenue", restricted);
        edit([&](model::Patient& p) { p.preferredLanguage = language; });
        result("61", "20/11/2026");
        model::Appointment a;
        a.patientId = person;
        a.date = *base::CivilDate::parseIso("2026-11-16");
        a.status = model::Appointment::Status::Attended;
        REQUIRE(recall::RecallBook(db.store()).book(a).ok());
        view.setStore(&db.store());
        view.resize(1400, 900);
        view.show();
        REQUIRE(view.showPatient(person).ok());
        child<QTabWidget>(&view, "patientTabWidget")->setCurrentWidget(letters());
    }
    void result(const char* value, const char* date)
    {
        surveillance::ObservationRecorder rec(db.store());
        auto v = rec.prepare(person, "hba1c", value, "mmol/mol", date, false);
        REQUIRE(v.ok());
        REQUIRE(rec.record(*v).ok());
    }
    void edit(const std::function<void(model::Patient&)>& change)
    {
        auto p = record::PatientRepository(db.store()).patient(person);
        REQUIRE(p.ok());
        auto patient = p->value;
        change(patient);
        record::ChangeSet cs("edit-patient", person);
        cs.addPatient(patient, p->headSeq);
        REQUIRE(db.store().commit(cs).ok());
    }
    ui::PatientLettersView* letters() { return child<ui::PatientLettersView>(&view, "patientLettersView"); }
    template <typename T = QWidget>
    T* w(const char* name)
    {
        return child<T>(&view, name);
    }
    // Prints as the print dialog would, to a PDF printer, and returns the text printed.
    QString print(const char* name)
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString path = QString::fromStdString(dir.file(name));
        printer.setOutputFileName(path);
        auto st = letters()->printOn(printer);
        if (!st)
            FAIL(st.error().describe());
        return pdfText(path);
    }
    recall::CycleStage stage() { return recall::WorklistReader(db.store()).cycleOf(person)->stage; }
};

} // namespace

TEST_CASE("The Letters tab previews today's results letter for the person on the page", "[ui][letters]")
{
    LettersTab t;
    auto* preview = t.w<QPrintPreviewWidget>("letterPreview");
    CHECK(preview->pageCount() >= 2);
    CHECK(t.w<QLabel>("letterPreviewCaption")->text().contains("Today's letter"));
    REQUIRE(t.letters()->shownLetter());
    CHECK(t.letters()->shownLetter()->person.patientId == t.person);
    CHECK(t.letters()->shownLetter()->rows[0].valueText == "61 mmol/mol");
    CHECK(t.w<QComboBox>("letterLanguage")->currentData().toString() == "en");
    CHECK_FALSE(t.w<QCheckBox>("letterLargePrint")->isChecked());

    // Large print for this letter: more pages, at 16 pt.
    const int standardPages = preview->pageCount();
    t.w<QCheckBox>("letterLargePrint")->setChecked(true);
    CHECK(t.letters()->shownLetter()->largePrint);
    CHECK(preview->pageCount() > standardPages);
}

TEST_CASE("The Letters tab starts in the person's own language", "[ui][letters]")
{
    LettersTab t(false, "bn");
    CHECK(t.w<QComboBox>("letterLanguage")->currentData().toString() == "bn");
    CHECK(t.letters()->shownLetter()->language == "bn");
    t.w<QComboBox>("letterLanguage")->setCurrentIndex(t.w<QComboBox>("letterLanguage")->findData("en"));
    CHECK(t.letters()->shownLetter()->language == "en");
}

TEST_CASE("Printing the letter from the record logs it as sent and moves the person on", "[ui][letters]")
{
    LettersTab t;
    REQUIRE(t.stage() == recall::CycleStage::ResultsBack);
    const QString text = t.print("letter.pdf");
    CHECK(text.contains("Mrs Efua Adebayo"));
    CHECK(text.contains("943 476 5919"));
    CHECK(text.contains("61 mmol/mol"));
    CHECK(t.stage() == recall::CycleStage::LetterSent);
    auto* sent = t.letters()->sentLetters();
    REQUIRE(sent->rowCount() == 1);
    CHECK(sent->data(sent->index(0, ui::SentLettersModel::SentOn)).toString() == "23-Nov-2026");
    CHECK(sent->data(sent->index(0, ui::SentLettersModel::HowSent)).toString() == "From the record");
    // The summary tab was refreshed with the new stage.
    CHECK(t.view.summary().has_value());
}

TEST_CASE("A sent letter is shown and printed again exactly as it went out, without a new log entry",
          "[ui][letters][safety]")
{
    LettersTab t;
    t.print("first.pdf");
    // Since then: a newer result and a new address.
    t.result("49", "22/11/2026");
    t.edit([](model::Patient& p) { p.addressLine1 = "7 New Road"; });
    REQUIRE(t.view.reload().ok());
    CHECK(t.letters()->shownLetter()->rows[0].valueText == "49 mmol/mol");

    auto* table = t.w<QTableView>("sentLettersTable");
    table->selectRow(0);
    QTest::mouseClick(t.w<QPushButton>("showSentLetterButton"), Qt::LeftButton);
    REQUIRE(t.letters()->showingSentLetter());
    CHECK(t.letters()->shownLetter()->rows[0].valueText == "61 mmol/mol");
    CHECK(t.w<QLabel>("letterPreviewCaption")->text().contains("exactly as it went out"));
    CHECK_FALSE(t.w<QComboBox>("letterLanguage")->isEnabled());

    const QString again = t.print("again.pdf");
    CHECK(again.contains("61 mmol/mol"));
    CHECK(again.contains("41 Cephas Avenue"));
    CHECK_FALSE(again.contains("49 mmol/mol"));
    CHECK(t.letters()->sentLetters()->rowCount() == 1);

    QTest::mouseClick(t.w<QPushButton>("todaysLetterButton"), Qt::LeftButton);
    CHECK_FALSE(t.letters()->showingSentLetter());
    CHECK(t.letters()->shownLetter()->rows[0].valueText == "49 mmol/mol");
}

TEST_CASE("A restricted record's letter is for handing over: the tab says so and no address is printed",
          "[ui][letters][safety]")
{
    LettersTab t(true);
    auto* banner = t.w<ui::MessageBanner>("lettersMessage");
    CHECK(banner->isVisible());
    CHECK(banner->text().contains("Restricted record"));
    const QString text = t.print("restricted.pdf");
    CHECK(text.contains("Address withheld"));
    CHECK_FALSE(text.contains("Cephas"));
}

TEST_CASE("Saving the letter as a PDF logs it as sent", "[ui][letters]")
{
    LettersTab t;
    const QString path = QString::fromStdString(t.dir.file("saved.pdf"));
    REQUIRE(t.letters()->saveAsPdf(path).ok());
    CHECK(pdfText(path).contains("61 mmol/mol"));
    CHECK(t.letters()->sentLetters()->rowCount() == 1);
    CHECK(t.stage() == recall::CycleStage::LetterSent);
}
