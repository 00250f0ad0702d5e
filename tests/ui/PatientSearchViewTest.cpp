#include "ui/PatientSearchView.h"

#include "tests/ui/UiTestSupport.h"
#include "ui/PatientSearchModel.h"

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>

using namespace carehouse;
using carehouse::testing::child;

namespace {

struct SearchFixture
{
    testing::TempDatabase db{model::Role::Receptionist};
    testing::UiPeople people = testing::addStandardPeople(db, model::Role::Receptionist);
    ui::PatientSearchView view;
    QLineEdit* box = nullptr;
    QTableView* table = nullptr;
    QLabel* status = nullptr;

    SearchFixture()
    {
        view.setStore(&db.store());
        view.resize(1000, 600);
        view.show();
        view.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&view));
        box = child<QLineEdit>(&view, "searchLineEdit");
        table = child<QTableView>(&view, "searchResultsView");
        status = child<QLabel>(&view, "searchStatusLabel");
        box->setFocus();
    }
    QString cell(int row, int column) const { return table->model()->index(row, column).data().toString(); }
};

} // namespace

TEST_CASE("Typing part of a family name lists both John Smiths, told apart by birth date and NHS number", "[ui]")
{
    SearchFixture f;
    QTest::keyClicks(f.box, "smi");
    REQUIRE(f.table->model()->rowCount() == 3);
    CHECK(f.status->text() == "3 people found");

    QStringList johns;
    for (int row = 0; row < f.table->model()->rowCount(); ++row)
        if (f.cell(row, ui::PatientSearchModel::Name) == "SMITH, John (Mr)"
            || f.cell(row, ui::PatientSearchModel::Name) == "SMITH, John")
            johns << f.cell(row, ui::PatientSearchModel::Born) + " " + f.cell(row, ui::PatientSearchModel::NhsNumber);
    johns.sort();
    CHECK(johns == QStringList{"02-Mar-1980 401 023 2137", "14-Jul-1945 943 476 5919"});
}

TEST_CASE("Typing an NHS number with spaces finds exactly that person", "[ui]")
{
    SearchFixture f;
    QTest::keyClicks(f.box, "943 476 5919");
    REQUIRE(f.table->model()->rowCount() == 1);
    CHECK(f.cell(0, ui::PatientSearchModel::Name) == "SMITH, John (Mr)");
    CHECK(f.cell(0, ui::PatientSearchModel::Age) == "81y");
    CHECK(f.status->text() == "1 person found");
}

TEST_CASE("Typing a date of birth lists everyone born that day", "[ui]")
{
    SearchFixture f;
    QTest::keyClicks(f.box, "14/07/1945");
    REQUIRE(f.table->model()->rowCount() == 2);
    QStringList names{f.cell(0, ui::PatientSearchModel::Name), f.cell(1, ui::PatientSearchModel::Name)};
    names.sort();
    CHECK(names == QStringList{"JONES, Alice (Mrs)", "SMITH, John (Mr)"});
}

TEST_CASE("An impossible date says so instead of finding no one", "[ui]")
{
    SearchFixture f;
    QTest::keyClicks(f.box, "31/02/1950");
    CHECK(f.table->model()->rowCount() == 0);
    CHECK(f.status->text() == "That is not a valid date");
}

TEST_CASE("A name no one has says no one was found", "[ui]")
{
    SearchFixture f;
    QTest::keyClicks(f.box, "zzyzx");
    CHECK(f.status->text() == "No one found");
}

TEST_CASE("Down moves from the search box into the results and Enter opens the selected person", "[ui]")
{
    SearchFixture f;
    QSignalSpy chosen(&f.view, &ui::PatientSearchView::patientChosen);
    QTest::keyClicks(f.box, "jones");
    QTest::keyClick(f.box, Qt::Key_Down);
    CHECK(f.table->hasFocus());
    QTest::keyClick(f.table, Qt::Key_Return);
    REQUIRE(chosen.count() == 1);
    CHECK(chosen.at(0).at(0).toString().toStdString() == f.people.aliceJones);
}

TEST_CASE("A restricted record shows no postcode in the search results", "[ui]")
{
    SearchFixture f;
    QTest::keyClicks(f.box, "smithson");
    REQUIRE(f.table->model()->rowCount() == 1);
    CHECK(f.cell(0, ui::PatientSearchModel::Postcode) == "Withheld (restricted)");
}
