// Renders the surveillance appointment tab offscreen on a demo practice, filled as a healthcare
// assistant would fill it, and saves it as PNGs (docs/screenshots by default): one with a
// height typed in the wrong unit, one after the fix and "Save and finish later".
//
//   QT_QPA_PLATFORM=offscreen ui_surveillance_screenshots [output-folder]
#include "core/base/Clock.h"
#include "core/demo/DemoPractice.h"
#include "core/record/PatientDirectory.h"
#include "core/record/PatientSummaryReader.h"
#include "core/record/RecordStore.h"
#include "tests/support/TempDatabase.h"
#include "tests/ui/ScreenshotSession.h"
#include "ui/MainWindow.h"
#include "ui/SurveillanceForm.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>

using namespace carehouse;

namespace {

// Types into a field and leaves it with Tab, as a person would.
void type(QWidget* parent, const char* name, const char* text)
{
    auto* edit = parent->findChild<QLineEdit*>(name);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Tab);
}

void choose(QWidget* parent, const char* name, const char* code)
{
    auto* combo = parent->findChild<QComboBox*>(name);
    combo->setCurrentIndex(combo->findData(QString::fromLatin1(code)));
}

void reading(QWidget* parent, const char* systolic, const char* diastolic)
{
    auto* sys = parent->findChild<QLineEdit*>("systolicLineEdit");
    sys->setFocus();
    QTest::keyClicks(sys, systolic);
    QTest::keyClick(sys, Qt::Key_Return);
    auto* dia = parent->findChild<QLineEdit*>("diastolicLineEdit");
    QTest::keyClicks(dia, diastolic);
    QTest::keyClick(dia, Qt::Key_Return);
}

// A person on the register with a full record, not restricted, to show.
std::string example(record::RecordStore& store)
{
    auto page = record::PatientDirectory(store).find("smith", 100);
    std::string best;
    int bestScore = -1;
    for (const auto& item : page ? page->items : std::vector<record::PatientListItem>{}) {
        auto summary = record::PatientSummaryReader(store).open(item.id);
        if (!summary || !summary->diabetes || summary->patient.value.restricted)
            continue;
        int score = 0;
        for (const auto& row : summary->careProcesses)
            score += row.latest ? 1 : 0;
        if (score > bestScore) {
            bestScore = score;
            best = item.id;
        }
    }
    return best;
}

} // namespace

int main(int argc, char* argv[])
{
    testing::prepareScreenshotEnvironment();
    QApplication app(argc, argv);
    const QString folder = testing::screenshotFolder(argc, argv);

    QTemporaryDir dir;
    const QString path = dir.filePath("demo-practice.carehouse");
    base::FixedClock clock{testing::kTestNow};
    auto store = testing::demoPractice(path, clock, 300);
    if (!store)
        return 1;
    if (auto in = store->login("hca", demo::DemoPractice::kPassword); !in) {
        std::fprintf(stderr, "demo login failed: %s\n", in.error().describe().c_str());
        return 1;
    }

    ui::MainWindow window(clock);
    window.resize(1280, 860);
    window.useStore(*store, path);
    window.show();
    window.activateWindow();
    if (!QTest::qWaitForWindowActive(&window))
        std::fprintf(stderr, "window not active\n");

    const std::string person = example(*store);
    if (person.empty() || !window.openPatient(QString::fromStdString(person))) {
        std::fprintf(stderr, "no example person to show\n");
        return 1;
    }
    auto* tabs = window.findChild<QTabWidget*>("patientTabWidget");
    auto* form = window.findChild<ui::SurveillanceForm*>("surveillanceForm");
    if (!tabs || !form) {
        std::fprintf(stderr, "no surveillance tab\n");
        return 1;
    }
    tabs->setCurrentWidget(form);

    // The appointment as it happens, with the height typed in inches against "cm".
    type(form, "weightLineEdit", "88.4");
    type(form, "heightLineEdit", "67");
    reading(form, "152", "90");
    reading(form, "144", "86");
    reading(form, "139", "84");
    choose(form, "smokingComboBox", "77176002");
    choose(form, "smokingAdviceComboBox", "referred");
    choose(form, "footLeftComboBox", "low");
    choose(form, "footRightComboBox", "moderate");
    choose(form, "eyeComboBox", "background");
    form->findChild<QCheckBox*>("bloodsSentCheckBox")->setChecked(true);
    form->findChild<QCheckBox*>("urineSentCheckBox")->setChecked(true);
    choose(form, "educationComboBox", "offered");
    choose(form, "carePlanningComboBox", "explained-leaflet-given");
    form->findChild<QLineEdit*>("heightLineEdit")->setFocus();
    QTest::keyClick(form->findChild<QLineEdit*>("heightLineEdit"), Qt::Key_Tab);
    bool ok = testing::saveScreenshot(&window, folder, "surveillance-form-warning.png");

    // One click on the suggestion, then "Save and finish later".
    if (auto* use = form->findChild<QPushButton*>("heightSuggestionPushButton"); use && use->isVisible())
        use->click();
    else
        ok = false;
    auto* saveLater = form->findChild<QPushButton*>("saveLaterPushButton");
    if (!saveLater->isEnabled())
        ok = false;
    saveLater->click();
    ok &= testing::saveScreenshot(&window, folder, "surveillance-form.png");
    return ok ? 0 : 1;
}
