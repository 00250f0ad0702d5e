#include "ui/QuestionnairesView.h"

#include "core/questionnaire/ResponseHistory.h"
#include "core/questionnaire/ResponseReader.h"
#include "core/questionnaire/ResponseRecorder.h"
#include "core/questionnaire/SafetyAlertBook.h"
#include "core/record/FieldRecordReader.h"
#include "tests/support/TestPeople.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/MessageBanner.h"
#include "ui/MessageBox.h"
#include "ui/PatientBanner.h"
#include "ui/PatientView.h"
#include "ui/QuestionnaireForm.h"
#include "ui/QuestionnaireResponseModel.h"
#include "ui/ScoreChartView.h"

#include <QChart>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

using namespace carehouse;
using carehouse::testing::child;
using model::Role;

namespace {

// Two people on the patient page, the Questionnaires tab open for the first.
struct OnThePage
{
    testing::TempDatabase db{Role::Nurse};
    std::string begum;
    std::string okafor;
    ui::PatientView view;

    explicit OnThePage(Role role = Role::Nurse)
    {
        begum = testing::addPersonWithDiabetes(db.store(), "Begum", "Rokeya", "1956-02-04", "9434765919");
        okafor = testing::addPersonWithDiabetes(db.store(), "Okafor", "Chidi", "1961-08-19", "4010232137");
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
    template <typename T = QWidget>
    T* w(const char* name)
    {
        return child<T>(&view, name);
    }
    ui::QuestionnaireForm* form() { return view.questionnairesView()->form(); }
    // Starts the form for the listed questionnaire with this title.
    void start(const QString& title)
    {
        auto* list = w<QListWidget>("questionnaireListWidget");
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->text() == title) {
                list->setCurrentRow(i);
                QTest::mouseClick(w<QPushButton>("fillInQuestionnaireButton"), Qt::LeftButton);
                REQUIRE(form()->isOpen());
                return;
            }
        FAIL("no questionnaire called " << title.toStdString());
    }
    void click(const std::string& name)
    {
        auto* button = w<QAbstractButton>(name.c_str());
        REQUIRE(button);
        REQUIRE(button->isVisibleTo(&view));
        QTest::mouseClick(button, Qt::LeftButton);
    }
    // PHQ-9 items 1-9 answered with these option indexes by clicking them.
    void answerPhq9(const std::vector<int>& options)
    {
        for (std::size_t i = 0; i < options.size(); ++i)
            click(fmt::format("answer_phq9-{}_{}", i + 1, options[i]));
    }
    void save() { QTest::mouseClick(w<QPushButton>("saveQuestionnaireButton"), Qt::LeftButton); }
    ui::PatientBanner* banner() { return view.banner(); }
    std::vector<model::QuestionnaireResponse> stored(const std::string& id)
    {
        auto all = questionnaire::ResponseHistory(db.store()).forPatient(id);
        REQUIRE(all.ok());
        return *all;
    }
};

const QString kPhq9 = QStringLiteral("Patient Health Questionnaire (PHQ-9)");

} // namespace

TEST_CASE("The Questionnaires tab sits between Care planning and History and lists the shipped questionnaires",
          "[ui][questionnaire]")
{
    OnThePage p;
    auto* tabs = p.view.tabs();
    REQUIRE(tabs->count() == 7);
    CHECK(tabs->tabText(4) == "Care planning");
    CHECK(tabs->tabText(5) == "Questionnaires");
    CHECK(tabs->tabText(6) == "History");
    auto* list = p.w<QListWidget>("questionnaireListWidget");
    QStringList titles;
    for (int i = 0; i < list->count(); ++i)
        titles << list->item(i)->text();
    CHECK(list->count() == 5);
    CHECK(titles.contains(kPhq9));
    CHECK(titles.filter("GAD-7").size() == 1);
    CHECK(titles.filter("PHQ-2").size() == 1);
    CHECK(titles.filter("GAD-2").size() == 1);
}

TEST_CASE("A PHQ-9 filled in by clicking its answers is saved with its score and band", "[ui][questionnaire]")
{
    OnThePage p;
    p.start(kPhq9);
    p.answerPhq9({1, 2, 1, 1, 0, 1, 1, 1, 0}); // 8
    CHECK(p.w<QLabel>("questionnaireScoreLabel")->text().startsWith("Score 8 of 27: Mild"));
    // Anything above "not at all" asks how difficult it has made things.
    CHECK(p.w("questionRow_phq9-difficulty")->isVisibleTo(&p.view));
    p.click("answer_phq9-difficulty_1");
    p.save();
    auto saved = p.stored(p.begum);
    REQUIRE(saved.size() == 1);
    CHECK(*saved[0].totalScore == 8);
    CHECK(saved[0].band == "mild");
    CHECK_FALSE(saved[0].safetyAlert);
    CHECK(saved[0].completedBy == model::QuestionnaireResponse::CompletedBy::Person);
    CHECK(saved[0].authored.iso() == "2026-11-23");
    // Listed with its score, band and date; the form is closed; no alert.
    auto* model = p.view.questionnairesView()->responses();
    REQUIRE(model->rowCount() == 1);
    CHECK(model->index(0, ui::QuestionnaireResponseModel::Score).data().toString() == "8");
    CHECK(model->index(0, ui::QuestionnaireResponseModel::Completed).data().toString() == "23-Nov-2026");
    CHECK(model->index(0, ui::QuestionnaireResponseModel::Band).data().toString().startsWith("Mild"));
    CHECK_FALSE(p.form()->isOpen());
    CHECK(p.w<ui::MessageBanner>("questionnairesMessageBanner")->text().contains("score 8"));
    CHECK_FALSE(p.banner()->safetyAlertShown());
}

TEST_CASE("The agenda's 'what else' question appears only once 'Anything else' is ticked", "[ui][questionnaire]")
{
    OnThePage p;
    p.start(QStringLiteral("Getting ready for your care planning appointment"));
    CHECK_FALSE(p.w("questionRow_topics-other")->isVisibleTo(&p.view));
    p.click("answer_topics_0"); // food
    CHECK_FALSE(p.w("questionRow_topics-other")->isVisibleTo(&p.view));
    p.click("answer_topics_10"); // anything else
    REQUIRE(p.w("questionRow_topics-other")->isVisibleTo(&p.view));
    QTest::keyClicks(p.w<QLineEdit>("answer_topics-other"), "My hearing");
    p.save();
    auto saved = p.stored(p.begum);
    REQUIRE(saved.size() == 1);
    CHECK(saved[0].answers.find("My hearing") != std::string::npos);
}

TEST_CASE("A required question left unanswered is named beside it and in the banner, and nothing is saved",
          "[ui][questionnaire]")
{
    OnThePage p;
    p.start(kPhq9);
    p.answerPhq9({0, 0, 0, 0, 0, 0, 0, 0}); // item 9 missed
    p.save();
    CHECK(p.stored(p.begum).empty());
    auto* problem = p.w<QLabel>("problem_phq9-9");
    CHECK(problem->isVisibleTo(&p.view));
    CHECK(problem->text() == "An answer is needed here before saving.");
    const QString banner = p.w<ui::MessageBanner>("questionnaireMessageBanner")->text();
    CHECK(banner.contains("Not saved yet: 1 answer(s) need attention."));
    CHECK(banner.contains("9. Thoughts that you would be better off dead"));
    CHECK_FALSE(p.w<QLabel>("problem_phq9-1")->isVisibleTo(&p.view));
    CHECK(p.form()->hasUnsavedChanges());
}

TEST_CASE("PHQ-9 item 9 above 0 raises the safety alert on the banner, for that person only", "[ui][questionnaire]")
{
    OnThePage p(Role::Hca);
    p.start(kPhq9);
    p.answerPhq9({0, 0, 0, 0, 0, 0, 0, 0, 1});
    CHECK(p.w<QLabel>("questionnaireScoreLabel")->text().contains("safety alert"));
    p.click("answer_phq9-difficulty_0");
    p.save();
    REQUIRE(p.stored(p.begum).size() == 1);
    REQUIRE(p.banner()->safetyAlertShown());
    CHECK(p.banner()->safetyAlertText().contains(
        "PHQ-9 item 9 (thoughts of self-harm) answered above 0 on 23-Nov-2026 — talk to the person today"));
    // On every tab: the banner is above them all.
    p.view.tabs()->setCurrentIndex(0);
    CHECK(p.w("bannerSafetyAlertFrame")->isVisible());
    // The HCA sees it, is told who can acknowledge it, and cannot.
    CHECK(p.w("bannerSafetyAlertRoleLabel")->isVisible());
    CHECK_FALSE(p.w("acknowledgeSafetyAlertButton")->isVisible());
    emit p.banner()->acknowledgeRequested({QString::fromStdString(p.stored(p.begum)[0].id)}, "Seen");
    CHECK(p.w<QLabel>("bannerSafetyAlertProblemLabel")->text().contains("Your role does not allow this"));
    CHECK(p.banner()->safetyAlertShown());

    // Another person, without an alert: none on their banner.
    p.open(p.okafor);
    CHECK_FALSE(p.banner()->safetyAlertShown());
    CHECK_FALSE(p.w("bannerSafetyAlertFrame")->isVisible());
    // And back: still there.
    p.open(p.begum);
    CHECK(p.banner()->safetyAlertShown());
}

TEST_CASE("A nurse acknowledges the safety alert with a note, and it leaves the banner", "[ui][questionnaire]")
{
    OnThePage p;
    p.start(kPhq9);
    p.answerPhq9({2, 2, 1, 1, 1, 1, 1, 1, 2});
    p.click("answer_phq9-difficulty_2");
    p.save();
    REQUIRE(p.banner()->safetyAlertShown());
    auto* note = p.w<QLineEdit>("safetyAlertNoteLineEdit");
    auto* acknowledge = p.w<QPushButton>("acknowledgeSafetyAlertButton");
    REQUIRE(acknowledge->isVisible());
    // Without a note: refused, in words.
    QTest::mouseClick(acknowledge, Qt::LeftButton);
    CHECK(p.w<QLabel>("bannerSafetyAlertProblemLabel")->text()
          == "Write what was done before acknowledging the alert.");
    CHECK(p.banner()->safetyAlertShown());
    QTest::keyClicks(note, "Talked with Mrs Begum: no plans, safety plan agreed, GP call tomorrow");
    QTest::mouseClick(acknowledge, Qt::LeftButton);
    CHECK_FALSE(p.banner()->safetyAlertShown());
    auto acks = questionnaire::SafetyAlertBook(p.db.store()).acknowledgements(p.begum);
    REQUIRE(acks.ok());
    REQUIRE(acks->size() == 1);
    CHECK((*acks)[0].acknowledgedBy == "nurse");
    CHECK((*acks)[0].note == "Talked with Mrs Begum: no plans, safety plan agreed, GP call tomorrow");
}

TEST_CASE("The PHQ-9 chart has a point for each completed PHQ-9 and a line where each band starts",
          "[ui][questionnaire]")
{
    OnThePage p;
    // An earlier one typed in from a paper copy dated in the summer.
    {
        nlohmann::json plain = nlohmann::json::object();
        for (int i = 1; i <= 9; ++i)
            plain[fmt::format("phq9-{}", i)] = i <= 8 ? 2 : 0;
        auto q = questionnaire::QuestionnaireLibrary(p.db.store()).find("phq-9");
        REQUIRE(q.ok());
        auto r = questionnaire::ResponseReader::readJson(plain, q->definition.questionnaire, "answers.json");
        REQUIRE(r.ok());
        r->authored = "2026-06-01";
        questionnaire::ResponseRecorder recorder(p.db.store());
        auto prepared = recorder.prepare(p.begum, "phq-9", std::move(r).value());
        REQUIRE(prepared.ok());
        REQUIRE(recorder.record(*prepared).ok());
    }
    p.open(p.okafor);
    p.open(p.begum);
    p.start(kPhq9);
    p.answerPhq9({0, 1, 0, 1, 0, 0, 0, 0, 0});
    p.click("answer_phq9-difficulty_0");
    p.save();
    auto* list = p.w<QListWidget>("questionnaireListWidget");
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->text() == kPhq9)
            list->setCurrentRow(i);
    auto* chart = p.view.questionnairesView()->chart();
    REQUIRE(chart->scoreSeries());
    REQUIRE(chart->scoreSeries()->count() == 2);
    CHECK(chart->scoreSeries()->at(0).y() == 16);
    CHECK(chart->scoreSeries()->at(1).y() == 2);
    CHECK(chart->title() == "Patient Health Questionnaire (PHQ-9): 2 scores");
    QStringList bands;
    for (auto* s : chart->chart()->series())
        if (s->objectName().startsWith("bandLine_"))
            bands << s->name();
    CHECK(bands.contains("Moderate (10-14)"));
    CHECK(bands.size() == 4);
    auto* model = p.view.questionnairesView()->responses();
    REQUIRE(model->rowCount() == 2);
    CHECK(model->index(0, ui::QuestionnaireResponseModel::Completed).data().toString()
          == "23-Nov-2026"); // newest first
}

TEST_CASE("Leaving the person with a half-filled questionnaire asks first", "[ui][questionnaire]")
{
    OnThePage p;
    p.start(kPhq9);
    p.click("answer_phq9-1_1");
    REQUIRE(p.view.questionnairesView()->hasUnsavedChanges());
    (void)ui::MessageBox::takeAsked();
    ui::MessageBox::setNextAnswer(ui::MessageBox::Answer::Cancel);
    CHECK_FALSE(p.view.confirmLeave());
    CHECK(ui::MessageBox::takeAsked());
    CHECK(p.view.tabs()->currentWidget() == p.view.questionnairesView());
    ui::MessageBox::setNextAnswer(ui::MessageBox::Answer::Discard);
    CHECK(p.view.confirmLeave());
    CHECK_FALSE(p.view.questionnairesView()->hasUnsavedChanges());
    CHECK(p.stored(p.begum).empty());
}

TEST_CASE("A PHQ-9 typed against the wrong person is marked entered in error with a reason, and its alert goes",
          "[ui][questionnaire]")
{
    OnThePage p(Role::Nurse);
    p.start(kPhq9);
    p.answerPhq9({1, 1, 1, 1, 1, 1, 1, 1, 1});
    p.click("answer_phq9-difficulty_0");
    p.save();
    REQUIRE(p.banner()->safetyAlertShown());
    auto* button = p.w<QPushButton>("responseEnteredInErrorButton");
    CHECK_FALSE(button->isEnabled()); // nothing chosen yet
    auto* table = p.w<QTableView>("questionnaireResponsesTableView");
    table->selectRow(0);
    REQUIRE(button->isEnabled());
    auto* view = p.view.questionnairesView();
    CHECK(view->markSelectedEnteredInError("  ").error().code == base::ErrorCode::RequiredField);
    REQUIRE(view->markSelectedEnteredInError("Mrs Begum's sister's form").ok());
    CHECK(view->responses()->rowCount() == 0);
    CHECK_FALSE(p.banner()->safetyAlertShown());
    CHECK(p.w<ui::MessageBanner>("questionnairesMessageBanner")->text().contains("marked entered in error"));
    // Kept in the record, marked, with who and why.
    auto all = record::FieldRecordReader(p.db.store()).all<model::QuestionnaireResponse>("patient_id = ?", {p.begum});
    REQUIRE(all.ok());
    REQUIRE(all->size() == 1);
    CHECK(all->front().value.status == model::QuestionnaireResponse::Status::EnteredInError);
    CHECK(all->front().value.statusReason == "Mrs Begum's sister's form");
    CHECK(all->front().value.statusChangedBy == "nurse");
}
