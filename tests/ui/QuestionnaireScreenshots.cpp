// Renders the patient page's Questionnaires tab offscreen on a demo practice: a PHQ-9 being
// typed in from a returned paper copy (with an earlier PHQ-9 on the chart), then the banner's
// safety alert after it is saved with item 9 above 0, as the nurse sees it. Saves
// docs/screenshots/questionnaire-form.png and patient-safety-alert.png by default.
//
//   QT_QPA_PLATFORM=offscreen ui_questionnaire_screenshots [output-folder]
#include "core/base/Clock.h"
#include "core/questionnaire/QuestionnaireLibrary.h"
#include "core/questionnaire/ResponseReader.h"
#include "core/questionnaire/ResponseRecorder.h"
#include "core/record/PatientDirectory.h"
#include "tests/ui/ScreenshotSession.h"
#include "ui/PatientView.h"
#include "ui/QuestionnaireForm.h"
#include "ui/QuestionnairesView.h"

#include <QAbstractButton>
#include <QApplication>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTest>
#include <cstdio>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

using namespace carehouse;

namespace {

bool click(QWidget* parent, const std::string& name)
{
    auto* b = parent->findChild<QAbstractButton*>(QString::fromStdString(name));
    if (!b) {
        std::fprintf(stderr, "no button %s\n", name.c_str());
        return false;
    }
    QTest::mouseClick(b, Qt::LeftButton);
    return true;
}

// An earlier PHQ-9 (15 in the spring), typed in from paper.
bool earlierPhq9(record::RecordStore& store, const std::string& person)
{
    nlohmann::json plain = nlohmann::json::object();
    const int scores[] = {2, 2, 2, 2, 2, 2, 1, 2, 0};
    for (int i = 0; i < 9; ++i)
        plain[fmt::format("phq9-{}", i + 1)] = scores[i];
    auto q = questionnaire::QuestionnaireLibrary(store).find("phq-9");
    if (!q)
        return false;
    auto r = questionnaire::ResponseReader::readJson(plain, q->definition.questionnaire, "answers.json");
    if (!r)
        return false;
    r->authored = "2026-04-14";
    questionnaire::ResponseRecorder recorder(store);
    auto prepared = recorder.prepare(person, "phq-9", std::move(r).value());
    return prepared && recorder.record(*prepared).ok();
}

} // namespace

int main(int argc, char* argv[])
{
    testing::prepareScreenshotEnvironment();
    QApplication app(argc, argv);
    const QString folder = testing::screenshotFolder(argc, argv);
    QTemporaryDir dir;
    base::FixedClock clock{testing::kTestNow};
    auto store = testing::demoPractice(dir.filePath("demo-practice.carehouse"), clock, 20);
    if (!store || !store->login("nurse", demo::DemoPractice::kPassword)) {
        std::fprintf(stderr, "cannot sign in\n");
        return 1;
    }
    auto page = record::PatientDirectory(*store).find("a", 50);
    std::string person;
    for (const auto& item : page ? page->items : std::vector<record::PatientListItem>{})
        if (!item.restricted) {
            person = item.id;
            break;
        }
    if (person.empty() || !earlierPhq9(*store, person)) {
        std::fprintf(stderr, "no person to show\n");
        return 1;
    }

    ui::PatientView view;
    view.setStore(store.get());
    view.resize(1400, 900);
    view.show();
    if (!view.showPatient(person).ok())
        return 1;
    auto* tab = view.questionnairesView();
    view.tabs()->setCurrentWidget(tab);
    auto* list = tab->findChild<QListWidget*>("questionnaireListWidget");
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->text().contains("PHQ-9"))
            list->setCurrentRow(i);
    tab->startForm(list->currentRow());
    // Half-way through a returned paper copy: items 1 to 7 answered.
    const int answers[] = {1, 1, 2, 1, 0, 1, 1};
    bool ok = true;
    for (int i = 0; i < 7; ++i)
        ok &= click(&view, fmt::format("answer_phq9-{}_{}", i + 1, answers[i]));
    ok &= testing::saveScreenshot(&view, folder, "questionnaire-form.png");

    // Items 8 and 9 (9 above 0), saved: the alert is on the banner of every tab.
    ok &= click(&view, "answer_phq9-8_0");
    ok &= click(&view, "answer_phq9-9_1");
    ok &= click(&view, "answer_phq9-difficulty_1");
    ok &= click(&view, "saveQuestionnaireButton");
    view.tabs()->setCurrentIndex(0);
    ok &= testing::saveScreenshot(&view, folder, "patient-safety-alert.png");
    return ok ? 0 : 1;
}
