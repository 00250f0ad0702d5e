#include "ui/UnmatchedResultsView.h"

#include "core/record/PatientRepository.h"
#include "core/results/UnmatchedResults.h"
#include "tests/ui/RecallTestSupport.h"
#include "ui/MatchPersonDialog.h"
#include "ui/ReasonDialog.h"
#include "ui/UnmatchedResultsModel.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <catch2/catch.hpp>

using namespace carehouse;
using carehouse::testing::child;
using Col = carehouse::ui::UnmatchedResultsModel;

namespace {

struct QueueFixture
{
    testing::TempDatabase db{model::Role::Nurse};
    testing::TempDir dir;
    std::string ewa;
    ui::UnmatchedResultsView view;

    QueueFixture()
    {
        ewa = testing::addRegisteredPerson(db.store(), "Kowalski", "Ewa", "Mrs", "03/05/1961", "9434765919");
        // Ewa's result sent with an NHS number nobody here has (a digit slip at the laboratory).
        testing::importCsv(db.store(), dir, "9123456787,03/05/1961,http://loinc.org,59261-8,61,mmol/mol,2026-11-19\n");
        view.setStore(&db.store());
        view.resize(1200, 500);
        view.show();
    }
    QString cell(int row, int column) { return view.model()->index(row, column).data().toString(); }
};

} // namespace

TEST_CASE("The unmatched queue says in words why each result was not attached", "[ui][results]")
{
    QueueFixture f;
    REQUIRE(f.view.model()->rowCount() == 1);
    CHECK(f.cell(0, Col::Reason) == "No one here has NHS number 912 345 6787");
    CHECK(f.cell(0, Col::BirthDate) == "03-May-1961");
    CHECK(f.cell(0, Col::Test) == "HbA1c");
    CHECK(f.cell(0, Col::Value) == "61 mmol/mol");
    CHECK(f.view.countText() == "Waiting: 1");

    testing::importCsv(f.db.store(), f.dir, "9434765919,04/05/1961,http://loinc.org,59261-8,62,mmol/mol,2026-11-19\n");
    f.view.refresh();
    QStringList reasons;
    for (int r = 0; r < f.view.model()->rowCount(); ++r)
        reasons << f.cell(r, Col::Reason);
    CHECK(reasons.contains("Date of birth differs from the register"));
}

TEST_CASE("Matching an unmatched result needs the person confirmed, then attaches it to them", "[ui][results]")
{
    QueueFixture f;
    f.view.selectRow(0);
    child<QPushButton>(&f.view, "unmatchedMatchButton")->click();
    auto* dialog = testing::openedDialog<ui::MatchPersonDialog>(&f.view);
    REQUIRE(dialog);
    auto* search = child<QLineEdit>(dialog, "matchSearchLineEdit");
    CHECK(search->text() == "9123456787"); // starts from the NHS number the laboratory gave: nobody here
    search->clear();
    QTest::keyClicks(search, "kowalski");
    dialog->choose(0);
    CHECK(dialog->confirmationText()
          == "Attach this HbA1c result to KOWALSKI, Ewa (Mrs), born 03-May-1961, NHS number 943 476 5919? "
             "Their NHS number is not the one on the result (912 345 6787).");
    auto* ok = child<QPushButton>(dialog, "matchOkButton");
    CHECK_FALSE(ok->isEnabled()); // not until the person is confirmed
    child<QCheckBox>(dialog, "matchConfirmCheckBox")->setChecked(true);
    REQUIRE(ok->isEnabled());
    ok->click();

    CHECK(f.view.model()->rowCount() == 0);
    CHECK(f.view.messageText().startsWith("Result attached."));
    auto hba1c = record::PatientRepository(f.db.store()).latestObservation(f.ewa, "999791000000106");
    REQUIRE(hba1c.ok());
    REQUIRE(hba1c->has_value());
    CHECK(*(*hba1c)->value == 61);
}

TEST_CASE("Discarding an unmatched result needs a reason", "[ui][results]")
{
    QueueFixture f;
    f.view.selectRow(0);
    child<QPushButton>(&f.view, "unmatchedDiscardButton")->click();
    auto* dialog = testing::openedDialog<ui::ReasonDialog>(&f.view);
    REQUIRE(dialog);
    auto* ok = child<QPushButton>(dialog, "reasonOkButton");
    CHECK_FALSE(ok->isEnabled());
    child<QPlainTextEdit>(dialog, "reasonTextEdit")->setPlainText("Not registered here; returned to the laboratory");
    ok->click();
    CHECK(f.view.model()->rowCount() == 0);
    CHECK(f.view.messageText() == "Result discarded.");
    CHECK(results::UnmatchedResults(f.db.store()).open()->empty());
}
