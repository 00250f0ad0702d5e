#include "ui/CareProcessesView.h"

#include "core/base/Uuid.h"
#include "core/record/ChangeSet.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/CareProcessGridModel.h"
#include "ui/PatientView.h"
#include "ui/TrendChartView.h"

#include <QBrush>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QLabel>
#include <QLineSeries>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QValueAxis>
#include <catch2/catch.hpp>

using namespace carehouse;
using carehouse::testing::child;
using Grid = ui::CareProcessGridModel;

namespace {

constexpr const char* kHbA1c = "999791000000106";
constexpr const char* kBloodPressure = "75367002";

// Today is 23-Nov-2026 (testing::kTestNow): the 15-month window opened on 24-Aug-2025.
struct CareProcessesFixture
{
    testing::TempDatabase db;
    testing::UiPeople people;
    ui::PatientView view;

    CareProcessesFixture()
        : db(model::Role::Nurse)
        , people(testing::addStandardPeople(db, model::Role::Nurse))
    {
        const auto& id = people.aliceJones;
        record::ChangeSet cs("record-observation", id);
        auto add = [&](const char* code, int y, int m, int d, double v, std::optional<double> v2, const char* unit) {
            model::Observation o;
            o.id = base::newUuid();
            o.patientId = id;
            o.code = code;
            o.effective = *base::CivilDate::fromYmd(y, m, d);
            o.value = v;
            o.value2 = v2;
            o.unit = unit;
            cs.addObservation(o);
        };
        add(kHbA1c, 2024, 5, 10, 64, std::nullopt, "mmol/mol");
        add(kHbA1c, 2025, 6, 1, 55, std::nullopt, "mmol/mol");
        add(kHbA1c, 2026, 10, 1, 71, std::nullopt, "mmol/mol");
        add(kBloodPressure, 2024, 2, 3, 146, 84, "mm[Hg]");
        add(kBloodPressure, 2025, 1, 15, 150, 88, "mm[Hg]"); // before the window: stale
        REQUIRE(db.store().commit(cs).ok());

        view.setStore(&db.store());
        view.resize(1200, 900);
        view.show();
        REQUIRE(QTest::qWaitForWindowExposed(&view));
        REQUIRE(view.showPatient(id).ok());
        auto* tabs = child<QTabWidget>(&view, "patientTabWidget");
        tabs->setCurrentIndex(1);
    }
    QTableView* grid() { return child<QTableView>(&view, "careProcessGridTableView"); }
    QString cell(int row, int column) { return grid()->model()->index(row, column).data().toString(); }
    ui::TrendChartView* chart() { return child<ui::TrendChartView>(&view, "trendChartView"); }
    QComboBox* chooser() { return child<QComboBox>(&view, "trendItemComboBox"); }
    QLineSeries* series(const char* name)
    {
        for (auto* s : chart()->chart()->series())
            if (s->objectName() == QLatin1String(name))
                return qobject_cast<QLineSeries*>(s);
        return nullptr;
    }
    int rowOf(const char* processName)
    {
        for (int row = 0; row < grid()->model()->rowCount(); ++row)
            if (cell(row, Grid::Process).endsWith(QLatin1String(processName)))
                return row;
        FAIL_CHECK("no grid row for " << processName);
        return -1;
    }
};

} // namespace

TEST_CASE("The care processes tab sits between Summary and History, under the banner", "[ui]")
{
    CareProcessesFixture f;
    auto* tabs = child<QTabWidget>(&f.view, "patientTabWidget");
    REQUIRE(tabs->count() == 7);
    CHECK(tabs->tabText(0) == "Summary");
    CHECK(tabs->tabText(1) == "Care processes");
    CHECK(tabs->tabText(2) == "Surveillance");
    CHECK(tabs->tabText(3) == "Letters");
    CHECK(tabs->tabText(4) == "Care planning");
    CHECK(tabs->tabText(5) == "Questionnaires");
    CHECK(tabs->tabText(6) == "History");
    CHECK(tabs->currentWidget()->objectName() == "careProcessesPageView");
    CHECK(child<QLabel>(&f.view, "bannerNameLabel")->isVisible());
}

TEST_CASE("The grid shows each process's latest value with unit and date, and whether it was done in 15 months", "[ui]")
{
    CareProcessesFixture f;
    REQUIRE(f.grid()->model()->rowCount() == 9);
    CHECK(f.cell(0, Grid::Process) == "1. HbA1c");
    CHECK(f.cell(0, Grid::LastValue) == "71 mmol/mol");
    CHECK(f.cell(0, Grid::Date) == "01-Oct-2026");
    CHECK(f.cell(0, Grid::InWindow) == "Done");
    CHECK(f.cell(0, Grid::AgainstTarget) == "⚠ Above target (58 mmol/mol or less)");
    CHECK(f.grid()->model()->index(0, Grid::AgainstTarget).data(Qt::ForegroundRole).value<QBrush>().color()
          == QColor(0xb0, 0x1c, 0x1c));

    // A value from before the window is shown, but never as if it were current.
    const int bp = f.rowOf("Blood pressure");
    CHECK(f.cell(bp, Grid::LastValue) == "150/88 mmHg");
    CHECK(f.cell(bp, Grid::Date) == "15-Jan-2025");
    CHECK(f.cell(bp, Grid::InWindow) == "⚠ Not done in the last 15 months");
    CHECK(f.cell(bp, Grid::AgainstTarget) == "⚠ Above target (140/80 mmHg or less)");
    CHECK(f.grid()->model()->index(bp, Grid::InWindow).data(Qt::ForegroundRole).value<QBrush>().color()
          == QColor(0xb0, 0x1c, 0x1c));

    const int cholesterol = f.rowOf("Cholesterol");
    CHECK(f.cell(cholesterol, Grid::LastValue) == "Not recorded");
    CHECK(f.cell(cholesterol, Grid::Date) == "Not recorded");
    CHECK(f.cell(cholesterol, Grid::InWindow) == "⚠ Not done: never recorded");
    CHECK(f.cell(cholesterol, Grid::AgainstTarget) == "Not recorded");

    CHECK(child<QLabel>(&f.view, "careProcessesSummaryLabel")->text()
          == "1 of 9 care processes done in the last 15 months (since 24-Aug-2025)");
}

TEST_CASE("Selecting HbA1c shows its values over time with the target line, dates and unit on the axes", "[ui]")
{
    CareProcessesFixture f;
    f.grid()->selectRow(f.rowOf("Blood pressure"));
    f.grid()->selectRow(f.rowOf("HbA1c"));
    CHECK(f.chooser()->currentText() == "HbA1c");
    auto* values = f.series("valueSeries");
    REQUIRE(values);
    CHECK(values->count() == 3);
    CHECK(values->at(2).y() == 71);
    auto* target = f.series("targetSeries");
    REQUIRE(target);
    CHECK(target->count() == 2);
    CHECK(target->at(0).y() == 58);
    CHECK(target->name() == "Target: 58 mmol/mol or less");
    CHECK(target->pen().style() == Qt::DashLine);
    REQUIRE(f.series("windowStartSeries"));
    CHECK(f.series("windowStartSeries")->name() == "15-month window starts 24-Aug-2025");
    REQUIRE(f.chart()->dateAxis());
    CHECK(f.chart()->dateAxis()->format() == "dd-MMM-yyyy");
    CHECK(f.chart()->dateAxis()->max().date() >= QDate(2026, 11, 23)); // the axis runs to today
    REQUIRE(f.chart()->valueAxis());
    CHECK(f.chart()->valueAxis()->titleText() == "mmol/mol");
    CHECK(f.chart()->title() == "HbA1c (mmol/mol): 3 values");
}

TEST_CASE("Blood pressure is charted as systolic and diastolic, each with its target", "[ui]")
{
    CareProcessesFixture f;
    f.grid()->selectRow(f.rowOf("Blood pressure"));
    CHECK(f.chooser()->currentText() == "Blood pressure");
    REQUIRE(f.series("valueSeries"));
    REQUIRE(f.series("diastolicSeries"));
    CHECK(f.series("valueSeries")->count() == 2);
    CHECK(f.series("diastolicSeries")->at(1).y() == 88);
    REQUIRE(f.series("targetSeries"));
    REQUIRE(f.series("diastolicTargetSeries"));
    CHECK(f.series("targetSeries")->at(0).y() == 140);
    CHECK(f.series("diastolicTargetSeries")->at(0).y() == 80);
    CHECK(f.series("diastolicTargetSeries")->name() == "Diastolic target: 80 mmHg or less");
    CHECK(f.chart()->valueAxis()->titleText() == "mmHg");
}

TEST_CASE("The chooser charts any measured item, and says so when it has no values", "[ui]")
{
    CareProcessesFixture f;
    for (const char* name : {"HbA1c", "Blood pressure", "Weight", "BMI", "Total cholesterol", "eGFR", "Urine ACR"})
        CHECK(f.chooser()->findText(QString::fromLatin1(name)) >= 0);
    f.chooser()->setCurrentIndex(f.chooser()->findText("Weight"));
    CHECK(f.chart()->title() == "No Weight values recorded");
    CHECK(f.chart()->chart()->series().isEmpty());
    // The grid follows the chooser to the process the item belongs to.
    CHECK(f.grid()->currentIndex().row() == f.rowOf("BMI"));
}

TEST_CASE("A process recorded in words has no trend chart, and the chart says why", "[ui]")
{
    CareProcessesFixture f;
    f.grid()->selectRow(f.rowOf("Smoking status"));
    CHECK(f.chooser()->currentIndex() == -1);
    CHECK(f.chart()->title().startsWith("Smoking status is recorded in words"));
    CHECK(f.chart()->chart()->series().isEmpty());
}

TEST_CASE("Reloading the same person keeps the chosen trend", "[ui]")
{
    CareProcessesFixture f;
    f.grid()->selectRow(f.rowOf("Blood pressure"));
    REQUIRE(f.view.reload().ok());
    CHECK(f.chooser()->currentText() == "Blood pressure");
    CHECK(f.series("diastolicSeries"));
}
