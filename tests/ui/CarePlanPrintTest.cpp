#include "core/careplan/CarePlanBook.h"
#include "core/record/ChangeSet.h"
#include "core/record/PatientRepository.h"
#include "tests/ui/RecallTestSupport.h"
#include "ui/CarePlanModels.h"
#include "ui/CarePlanningView.h"
#include "ui/print/CarePlanRenderer.h"

#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <catch2/catch.hpp>

using namespace carehouse;
using carehouse::testing::child;

namespace {

QString pdfText(const QString& path, int page = 0)
{
    if (QStandardPaths::findExecutable("pdftotext").isEmpty())
        FAIL("pdftotext is needed (poppler-utils)");
    QStringList args{"-layout"};
    if (page > 0)
        args << "-f" << QString::number(page) << "-l" << QString::number(page);
    args << path << "-";
    QProcess p;
    p.start("pdftotext", args);
    REQUIRE(p.waitForFinished(20000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

// Mrs Adebayo on the Care planning tab with the nurse; Mr Nowak, someone else, has a plan too.
struct PlanningTab
{
    testing::TempDatabase db{model::Role::Nurse};
    testing::TempDir dir;
    std::string person;
    std::string other;
    ui::CarePlanningView view;

    PlanningTab()
    {
        person = testing::addRegisteredPerson(db.store(), "Adebayo", "Efua", "Mrs", "1951-04-02", "9434765919",
                                              "41 Cephas Avenue");
        other = testing::addRegisteredPerson(db.store(), "Nowak", "Lukasz", "Mr", "1945-07-14", "9434765870");
        view.setStore(&db.store());
        view.resize(1400, 950);
        view.show();
    }

    // A plan saved in core, as another window would have saved it.
    void savePlan(const std::string& who, const std::string& goal, int extraGoals = 0)
    {
        auto d = careplan::CarePlanBook(db.store()).start(who);
        REQUIRE(d.ok());
        d->plan.goals.push_back({"g-" + who.substr(0, 8), goal, "so I can dance at my granddaughter's wedding", 8,
                                 *base::CivilDate::parseIso("2026-11-23")});
        for (int i = 0; i < extraGoals; ++i)
            d->plan.goals.push_back(
                {"x" + std::to_string(i) + who.substr(0, 6), "Another goal of mine, number " + std::to_string(i + 1),
                 "because it matters to me and my family", 6, *base::CivilDate::parseIso("2026-11-23")});
        d->plan.actions.push_back({"a1", "Walk to the market on Saturdays", model::PlanAction::Owner::Person, "",
                                   *base::CivilDate::parseIso("2027-02-28")});
        d->plan.support.push_back({"community-podiatry", "Community podiatry", "podiatry", "020 7946 0150", "", true});
        d->plan.targets.push_back({"hba1c", 53, std::nullopt, ""});
        auto saved = careplan::CarePlanBook(db.store()).save(*d);
        if (!saved)
            FAIL(saved.error().describe());
    }
    void largePrint()
    {
        auto p = record::PatientRepository(db.store()).patient(person);
        REQUIRE(p.ok());
        auto patient = p->value;
        patient.largePrint = true;
        record::ChangeSet cs("edit-patient", person);
        cs.addPatient(patient, p->headSeq);
        REQUIRE(db.store().commit(cs).ok());
    }
    QPushButton* printButton() { return child<QPushButton>(&view, "printCarePlanButton"); }
    // Prints as the print dialog would, onto a PDF printer; returns the file.
    QString print(const char* name)
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString path = QString::fromStdString(dir.file(name));
        printer.setOutputFileName(path);
        auto st = view.printOn(printer);
        if (!st)
            FAIL(st.error().describe());
        return path;
    }
};

} // namespace

TEST_CASE("Print care plan is offered only once the person's plan is saved", "[ui][careplan]")
{
    PlanningTab t;
    REQUIRE(t.view.openPatient(t.person).ok());
    CHECK_FALSE(t.printButton()->isEnabled());
    CHECK_FALSE(t.view.hasSavedPlan());
    CHECK(t.view.printedPlan().error().field == "care plan");

    model::Goal g;
    g.id = "goal-typed";
    g.what = "Swim once a week";
    g.setOn = *base::CivilDate::parseIso("2026-11-23");
    t.view.goals()->addGoal(g);
    REQUIRE(t.view.save());
    CHECK(t.printButton()->isEnabled());
    CHECK(t.printButton()->text() == QStringLiteral("Print care plan…"));
    auto plan = t.view.printedPlan();
    REQUIRE(plan.ok());
    CHECK(plan->goals.front().what == "Swim once a week");
}

TEST_CASE("The printed care plan has the person's goal, name and NHS number on every page and no one else's",
          "[ui][careplan]")
{
    PlanningTab t;
    t.savePlan(t.other, "Give up smoking by the spring");
    t.savePlan(t.person, "Walk for 30 minutes every day", 6);
    t.largePrint();
    REQUIRE(t.view.openPatient(t.person).ok());
    REQUIRE(t.printButton()->isEnabled());

    const auto path = t.print("care-plan.pdf");
    const QString all = pdfText(path);
    CHECK(all.contains("Your care plan"));
    CHECK(all.contains("Walk for 30 minutes every day"));
    CHECK(all.contains("so I can dance at my granddaughter's wedding"));
    CHECK(all.contains("What you will do"));
    CHECK(all.contains("We have asked Community podiatry to contact you."));
    CHECK(all.contains("The target you agreed: HbA1c 53 mmol/mol or less"));
    CHECK_FALSE(all.contains("Give up smoking"));
    CHECK_FALSE(all.contains("NOWAK"));
    CHECK_FALSE(all.contains("943 476 5870"));

    // Large print with seven goals runs over more than one page: each has the footer.
    const QRegularExpression pages(QStringLiteral("Page 1 of (\\d+)"));
    const auto m = pages.match(all);
    REQUIRE(m.hasMatch());
    const int count = m.captured(1).toInt();
    CHECK(count >= 2);
    for (int page = 1; page <= count; ++page) {
        const QString text = pdfText(path, page);
        INFO("page " << page);
        CHECK(text.contains("ADEBAYO, Efua (Mrs)"));
        CHECK(text.contains("NHS number: 943 476 5919"));
        CHECK(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(count)));
    }
}

TEST_CASE("Another person's page prints their own care plan", "[ui][careplan]")
{
    PlanningTab t;
    t.savePlan(t.person, "Walk for 30 minutes every day");
    t.savePlan(t.other, "Give up smoking by the spring");
    REQUIRE(t.view.openPatient(t.person).ok());
    REQUIRE(t.view.openPatient(t.other).ok());
    const QString text = pdfText(t.print("nowak.pdf"));
    CHECK(text.contains("Give up smoking by the spring"));
    CHECK(text.contains("NHS number: 943 476 5870"));
    CHECK_FALSE(text.contains("Walk for 30 minutes"));
    CHECK_FALSE(text.contains("ADEBAYO"));
}
