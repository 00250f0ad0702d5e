#include "ui/ResultsInboxView.h"

#include "core/results/ResultsInbox.h"
#include "tests/ui/RecallTestSupport.h"
#include "ui/ReasonDialog.h"
#include "ui/ResultsInboxModel.h"

#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <catch2/catch.hpp>

using namespace carehouse;
using carehouse::testing::child;
using Col = carehouse::ui::ResultsInboxModel;

namespace {

struct InboxFixture
{
    testing::TempDatabase db{model::Role::Nurse};
    testing::TempDir dir;
    ui::ResultsInboxView view;

    InboxFixture()
    {
        testing::addRegisteredPerson(db.store(), "Kowalski", "Ewa", "Mrs", "03/05/1961", "9434765919");
        // The older result is within target; the newer one, sent in per cent, is above it.
        testing::importCsv(db.store(), dir,
                           "9434765919,03/05/1961,http://loinc.org,59261-8,46,mmol/mol,2026-11-10\n"
                           "9434765919,03/05/1961,http://loinc.org,4548-4,8.7,%,2026-11-20\n");
        view.setStore(&db.store());
        view.resize(1200, 500);
        view.show();
    }
    QString cell(int row, int column) { return view.model()->index(row, column).data().toString(); }
};

} // namespace

TEST_CASE("The inbox lists an abnormal result first, flagged in words, with its original unit", "[ui][results]")
{
    InboxFixture f;
    REQUIRE(f.view.model()->rowCount() == 2);
    CHECK(f.cell(0, Col::Flag).startsWith("⚠ Above target"));
    CHECK(f.cell(0, Col::Name) == "KOWALSKI, Ewa (Mrs)");
    CHECK(f.cell(0, Col::NhsNumber) == "943 476 5919");
    CHECK(f.cell(0, Col::BirthDate) == "03-May-1961");
    CHECK(f.cell(0, Col::Test) == "HbA1c");
    CHECK(f.cell(0, Col::Value).endsWith("mmol/mol (8.7 %)"));
    CHECK(f.cell(0, Col::Date) == "20-Nov-2026");
    CHECK(f.view.model()->index(0, Col::Flag).data(Qt::ForegroundRole).value<QBrush>().color()
          == QColor(0xb0, 0x1c, 0x1c));
    CHECK(f.cell(1, Col::Flag) == "Within target");
    CHECK(f.view.countText() == "To review: 2  ·  needing attention: 1");
}

TEST_CASE("Filing a result records the review and takes it off the inbox", "[ui][results]")
{
    InboxFixture f;
    f.view.selectRow(0);
    auto* file = child<QPushButton>(&f.view, "inboxFileButton");
    REQUIRE(file->isEnabled());
    file->click();
    REQUIRE(f.view.model()->rowCount() == 1);
    CHECK(f.cell(0, Col::Flag) == "Within target");
    CHECK(f.view.messageText() == "Result filed.");
    CHECK(results::ResultsInbox(f.db.store()).awaitingReview()->size() == 1);
}

TEST_CASE("Marking a result as needing action asks what action, then takes it off the inbox", "[ui][results]")
{
    InboxFixture f;
    f.view.selectRow(0);
    child<QPushButton>(&f.view, "inboxNeedsActionButton")->click();
    auto* dialog = testing::openedDialog<ui::ReasonDialog>(&f.view);
    REQUIRE(dialog);
    auto* ok = child<QPushButton>(dialog, "reasonOkButton");
    CHECK_FALSE(ok->isEnabled());
    child<QPlainTextEdit>(dialog, "reasonTextEdit")->setPlainText("Discuss at care planning");
    REQUIRE(ok->isEnabled());
    ok->click();
    CHECK(f.view.model()->rowCount() == 1);
    CHECK(f.view.messageText() == "Result marked as needing action.");
}

TEST_CASE("A receptionist sees the inbox buttons disabled: reviewing is a clinician's", "[ui][results]")
{
    InboxFixture f;
    f.db.loginAs(model::Role::Receptionist);
    f.view.setStore(&f.db.store());
    f.view.selectRow(0);
    CHECK_FALSE(child<QPushButton>(&f.view, "inboxFileButton")->isEnabled());
}
