// Renders the real CareHouse windows offscreen on a demo practice and saves them as PNGs
// (docs/screenshots by default), so the look can be reviewed without a display.
//
//   QT_QPA_PLATFORM=offscreen ui_screenshots [output-folder] [surname]
#include "core/base/Clock.h"
#include "core/demo/DemoPractice.h"
#include "core/questionnaire/ResponseRecorder.h"
#include "core/record/PatientDirectory.h"
#include "core/record/PatientSummaryReader.h"
#include "core/record/RecordStore.h"
#include "tests/support/TempDatabase.h"
#include "tests/ui/ScreenshotSession.h"
#include "ui/CarePlanModels.h"
#include "ui/CarePlanningView.h"
#include "ui/CareProcessesView.h"
#include "ui/LoginDialog.h"
#include "ui/MainWindow.h"
#include "ui/PatientForm.h"
#include "ui/PatientView.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>

using namespace carehouse;

namespace {

void type(QWidget* parent, const char* name, const char* text)
{
    auto* edit = parent->findChild<QLineEdit*>(name);
    edit->clear();
    QTest::keyClicks(edit, text);
}

// The person with the most recorded care-process values among the first matches for `text`.
std::string bestExample(record::RecordStore& store, const char* text)
{
    auto page = record::PatientDirectory(store).find(text, 100);
    std::string best;
    int bestScore = -1;
    for (const auto& item : page ? page->items : std::vector<record::PatientListItem>{}) {
        auto summary = record::PatientSummaryReader(store).open(item.id);
        if (!summary)
            continue;
        int score = summary->diabetes ? 100 : 0;
        score += static_cast<int>(summary->otherLongTermConditions.size()) * 5;
        for (const auto& row : summary->careProcesses)
            score += row.latest ? 1 : 0;
        if (summary->patient.value.restricted)
            score -= 1000;
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
    // CAREHOUSE_DEMO_DB keeps the demo database at that path (for trying the app by hand).
    const QString path = qEnvironmentVariableIsEmpty("CAREHOUSE_DEMO_DB") ? dir.filePath("demo-practice.carehouse")
                                                                          : qEnvironmentVariable("CAREHOUSE_DEMO_DB");
    base::FixedClock clock{testing::kTestNow};
    auto store = testing::demoPractice(path, clock, 800);
    if (!store)
        return 1;

    bool ok = true;
    {
        ui::LoginDialog login(*store, path);
        login.show();
        type(&login, "usernameLineEdit", "nurse");
        ok &= testing::saveScreenshot(&login, folder, "login.png");
        type(&login, "passwordLineEdit", demo::DemoPractice::kPassword);
        login.findChild<QPushButton*>("loginButton")->click();
    }
    if (!store->currentUser()) {
        std::fprintf(stderr, "demo login failed\n");
        return 1;
    }

    ui::MainWindow window(clock);
    window.resize(1280, 800);
    window.useStore(*store, path);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        std::fprintf(stderr, "window not exposed\n");

    const char* surname = argc > 2 ? argv[2] : "smith";
    auto* box = window.findChild<QLineEdit*>("searchLineEdit");
    QTest::keyClicks(box, surname);
    ok &= testing::saveScreenshot(&window, folder, "main-window-search.png");

    const std::string example = bestExample(*store, surname);
    if (example.empty() || !window.openPatient(QString::fromStdString(example))) {
        std::fprintf(stderr, "no example person to show\n");
        return 1;
    }
    ok &= testing::saveScreenshot(&window, folder, "patient-summary.png");
    auto* tabs = window.findChild<QTabWidget*>("patientTabWidget");
    auto showTab = [&](const char* objectName) {
        if (auto* page = tabs->findChild<QWidget*>(objectName))
            tabs->setCurrentWidget(page);
    };
    showTab("careProcessesPageView");
    if (auto* careProcesses = window.findChild<ui::CareProcessesView*>("careProcessesPageView")) {
        careProcesses->showTrend("hba1c");
        ok &= testing::saveScreenshot(&window, folder, "care-processes.png");
        careProcesses->showTrend("blood-pressure");
        ok &= testing::saveScreenshot(&window, folder, "care-processes-bp.png");
    } else {
        std::fprintf(stderr, "no care processes page\n");
        ok = false;
    }
    showTab("patientLettersView");
    ok &= testing::saveScreenshot(&window, folder, "patient-letters.png");
    showTab("carePlanningView");
    if (auto* planning = window.findChild<ui::CarePlanningView*>("carePlanningView")) {
        // The agenda questionnaire they sent back with their letter, typed in at reception.
        questionnaire::Response returned;
        returned.authored = store->clock().today().addDays(-3).iso();
        const std::string topics = "https://carehouse.example/CodeSystem/agenda-topic";
        returned.answers["topics"] = {questionnaire::AnswerValue::ofCoding({topics, "feet", "Feet"}),
                                      questionnaire::AnswerValue::ofCoding({topics, "medicines", "Medicines"})};
        returned.answers["matters-most"]
            = {questionnaire::AnswerValue::ofString("My feet hurt when I walk far. Worried I will need insulin.")};
        questionnaire::ResponseRecorder recorder(*store);
        if (auto prepared = recorder.prepare(example, "care-planning-agenda", returned);
            !prepared || !recorder.record(*prepared)) {
            std::fprintf(stderr, "could not record the agenda questionnaire\n");
            ok = false;
        }
        (void)planning->openPatient(example);
        // A conversation part way through: the person's goal, an action each side, support.
        model::Goal goal;
        goal.id = "screenshot-goal";
        goal.what = "Walk to the market and back three mornings a week";
        goal.whyItMatters = "to keep up with my grandchildren";
        goal.confidence = 7;
        planning->goals()->addGoal(goal);
        model::PlanAction mine;
        mine.id = "screenshot-action-1";
        mine.what = "Swap the sugary drinks for water at work";
        planning->actions()->addAction(mine);
        model::PlanAction team;
        team.id = "screenshot-action-2";
        team.what = "Refer to community podiatry";
        team.owner = model::PlanAction::Owner::Team;
        team.who = "Practice nurse";
        team.byWhen = *base::CivilDate::parseIso("2026-11-30");
        planning->actions()->addAction(team);
        if (auto* services = planning->findChild<QListWidget*>("servicesList")) {
            services->setCurrentRow(1);
            planning->offerSelectedService(false);
        }
        ok &= testing::saveScreenshot(&window, folder, "care-planning.png");
        // Further down: support from the directory, referrals and where they have got to.
        if (auto* scroll = planning->findChild<QScrollArea*>("carePlanningScroll")) {
            scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
            ok &= testing::saveScreenshot(&window, folder, "care-planning-support.png");
            scroll->verticalScrollBar()->setValue(0);
        }
    } else {
        std::fprintf(stderr, "no care planning tab\n");
        ok = false;
    }
    showTab("historyView");
    ok &= testing::saveScreenshot(&window, folder, "patient-history.png");

    ui::PatientForm form(*store, &window);
    form.resize(680, 800);
    form.show();
    type(&form, "nhsNumberLineEdit", "943 476 5918");
    type(&form, "titleLineEdit", "Mrs");
    type(&form, "givenNameLineEdit", "Asha");
    type(&form, "familyNameLineEdit", "Patel");
    type(&form, "birthDateLineEdit", "14/07/2035");
    type(&form, "postcodeLineEdit", "e1 6an");
    form.findChild<QPushButton*>("saveButton")->click();
    ok &= testing::saveScreenshot(&form, folder, "register-form.png");
    return ok ? 0 : 1;
}
