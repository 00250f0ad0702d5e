// The Questionnaires tab's "Print blank…" and "Save blank as PDF…": the chosen questionnaire
// on paper for the person on the page, through the methods the buttons call (no dialog).
#include "tests/support/TestPeople.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/PatientView.h"
#include "ui/QuestionnairesView.h"

#include <QFile>
#include <QListWidget>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
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
    p.start("pdftotext", {"-raw", "-enc", "UTF-8", path, "-"});
    REQUIRE(p.waitForFinished(20000));
    REQUIRE(p.exitCode() == 0);
    // Compatibility forms undo the font's ligatures ("ﬁ" in "difficult").
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC).simplified();
}

// Mrs Begum's Questionnaires tab, with Mr Okafor registered too.
struct BlankTab
{
    testing::TempDatabase db{model::Role::Nurse};
    testing::TempDir dir;
    std::string begum;
    std::string okafor;
    ui::PatientView view;

    explicit BlankTab(model::Role role = model::Role::Nurse)
    {
        begum = testing::addPersonWithDiabetes(db.store(), "Begum", "Rokeya", "1956-02-04", "9990100004");
        okafor = testing::addPersonWithDiabetes(db.store(), "Okafor", "Chidi", "1961-08-19", "9990100012");
        db.loginAs(role);
        view.setStore(&db.store());
        view.resize(1400, 950);
        view.show();
        REQUIRE(QTest::qWaitForWindowExposed(&view));
        open(begum);
    }
    void open(const std::string& id)
    {
        REQUIRE(view.showPatient(id).ok());
        view.tabs()->setCurrentWidget(view.questionnairesView());
    }
    ui::QuestionnairesView* tab() { return view.questionnairesView(); }
    int rowOf(const QString& title)
    {
        auto* list = child<QListWidget>(&view, "questionnaireListWidget");
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->text() == title) {
                list->setCurrentRow(i);
                return i;
            }
        FAIL("no questionnaire called " << title.toStdString());
        return -1;
    }
    QString path(const char* name) const { return QString::fromStdString(dir.file(name)); }
};

} // namespace

TEST_CASE("Print blank prints the chosen questionnaire for the person on the page, named on every page",
          "[ui][questionnaire][print]")
{
    BlankTab t(model::Role::Receptionist);
    auto* print = child<QPushButton>(&t.view, "printBlankQuestionnaireButton");
    auto* save = child<QPushButton>(&t.view, "saveBlankQuestionnaireButton");
    CHECK(print->text() == QStringLiteral("Print blank…"));
    CHECK(save->text() == QStringLiteral("Save blank as PDF…"));
    // A receptionist may not record answers but prints blanks for the letter pack.
    CHECK(print->isEnabled());
    CHECK(save->isEnabled());

    const int row = t.rowOf("Patient Health Questionnaire (PHQ-9)");
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString printed = t.path("printed.pdf");
    printer.setOutputFileName(printed);
    auto st = t.tab()->printBlankOn(printer, row);
    if (!st)
        FAIL(st.error().describe());
    const QString text = pdfText(printed);
    CHECK(text.contains("Patient Health Questionnaire (PHQ-9)"));
    CHECK(text.contains("Little interest or pleasure in doing things"));
    CHECK(text.contains("BEGUM, Rokeya"));
    CHECK(text.contains("999 010 0004"));
    CHECK(text.contains("04-Feb-1956"));
    CHECK_FALSE(text.contains("OKAFOR"));
    CHECK_FALSE(text.contains("score", Qt::CaseInsensitive));

    // Save blank as PDF: the same form, for whoever is on the page now.
    t.open(t.okafor);
    const int agenda = t.rowOf("Getting ready for your care planning appointment");
    const QString saved = t.path("saved.pdf");
    st = t.tab()->saveBlankAsPdf(saved, agenda);
    if (!st)
        FAIL(st.error().describe());
    const QString agendaText = pdfText(saved);
    CHECK(agendaText.contains("What matters most to you at the moment?"));
    CHECK(agendaText.contains("OKAFOR, Chidi"));
    CHECK(agendaText.contains("999 010 0012"));
    CHECK_FALSE(agendaText.contains("BEGUM"));
}

TEST_CASE("Print blank is off until a person is open, and a row that is not listed prints nothing",
          "[ui][questionnaire][print]")
{
    testing::TempDatabase db{model::Role::Nurse};
    testing::TempDir dir;
    ui::QuestionnairesView view;
    view.setStore(&db.store());
    CHECK_FALSE(child<QPushButton>(&view, "printBlankQuestionnaireButton")->isEnabled());
    CHECK_FALSE(child<QPushButton>(&view, "saveBlankQuestionnaireButton")->isEnabled());
    const auto path = QString::fromStdString(dir.file("none.pdf"));
    CHECK_FALSE(view.saveBlankAsPdf(path, 0).ok());
    CHECK_FALSE(QFile::exists(path));

    const auto id = testing::addPersonWithDiabetes(db.store(), "Begum", "Rokeya", "1956-02-04", "9990100004");
    REQUIRE(view.openPatient(id).ok());
    CHECK(child<QPushButton>(&view, "printBlankQuestionnaireButton")->isEnabled());
    CHECK_FALSE(view.saveBlankAsPdf(path, 99).ok());
    CHECK_FALSE(QFile::exists(path));
}
