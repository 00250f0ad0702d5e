#include "ui/ResultsImportDialog.h"

#include "core/results/ResultsInbox.h"
#include "core/results/UnmatchedResults.h"
#include "tests/ui/RecallTestSupport.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <catch2/catch.hpp>

using namespace carehouse;
using carehouse::testing::child;

namespace {

struct ImportFixture
{
    testing::TempDatabase db{model::Role::Nurse};
    testing::TempDir dir;
    std::string ewa;
    ui::ResultsImportDialog dialog{db.store()};

    ImportFixture()
    {
        ewa = testing::addRegisteredPerson(db.store(), "Kowalski", "Ewa", "Mrs", "03/05/1961", "9434765919");
        dialog.show();
    }
    // Two results for Ewa (one in per cent, converted), one for someone not registered here, and
    // one row whose value cannot be read.
    QString smallFile()
    {
        return QString::fromStdString(
            testing::writeFile(dir, "lab.csv",
                               std::string(testing::kResultsHeader)
                                   + "943 476 5919,03/05/1961,http://loinc.org,4548-4,8.7,%,2026-11-20\n"
                                     "9434765919,1961-05-03,http://loinc.org,2093-3,4.2,mmol/L,2026-11-20\n"
                                     "9123456787,01/01/1940,http://loinc.org,59261-8,61,mmol/mol,2026-11-19\n"
                                     "9434765919,03/05/1961,http://loinc.org,59261-8,abc,mmol/mol,2026-11-19\n"));
    }
    QString count(const char* name) { return child<QLabel>(&dialog, name)->text(); }
    void runImport(bool validRows)
    {
        dialog.setFile(smallFile());
        child<QCheckBox>(&dialog, "importValidRowsCheckBox")->setChecked(validRows);
        QSignalSpy finished(&dialog, &ui::ResultsImportDialog::importFinished);
        child<QPushButton>(&dialog, "importStartButton")->click();
        REQUIRE(finished.wait(20000));
    }
    std::size_t inInbox()
    {
        auto items = results::ResultsInbox(db.store()).awaitingReview();
        REQUIRE(items.ok());
        return items->size();
    }
    std::size_t unmatched()
    {
        auto items = results::UnmatchedResults(db.store()).open();
        REQUIRE(items.ok());
        return items->size();
    }
};

} // namespace

TEST_CASE("The import dialog imports a small CSV and counts what it matched, converted, queued and rejected",
          "[ui][results]")
{
    ImportFixture f;
    f.runImport(true);
    CHECK(f.count("importRowsCountLabel") == "4");
    CHECK(f.count("importMatchedCountLabel") == "2");
    CHECK(f.count("importConvertedCountLabel") == "1");
    CHECK(f.count("importUnmatchedCountLabel") == "1");
    CHECK(f.count("importDuplicatesCountLabel") == "0");
    CHECK(f.count("importRejectedCountLabel") == "1");
    CHECK(f.dialog.statusText().startsWith("Saved: 2 attached to people, 1 sent to the unmatched results queue."));
    REQUIRE(f.dialog.problemTexts().size() == 1);
    CHECK(f.dialog.problemTexts()[0] == "lab.csv, line 5: \"abc\" in the value column cannot be read.");
    CHECK(f.inInbox() == 2);
    CHECK(f.unmatched() == 1);

    SECTION("Importing the same file again adds nothing, to the inbox or to the queue")
    {
        f.runImport(true);
        CHECK(f.count("importDuplicatesCountLabel") == "3");
        CHECK(f.unmatched() == 1);
        CHECK(f.inInbox() == 2);
    }
}

TEST_CASE("Without the valid-rows box, a file with a bad row saves nothing and says why", "[ui][results]")
{
    ImportFixture f;
    f.runImport(false);
    CHECK(f.count("importRejectedCountLabel") == "1");
    CHECK(f.dialog.statusText().startsWith("Nothing was saved, because some rows have problems"));
    CHECK(f.inInbox() == 0);
    CHECK(f.unmatched() == 0);
}

TEST_CASE("Cancel stops the import on its thread, the window keeps working, and nothing is saved", "[ui][results]")
{
    ImportFixture f;
    QSemaphore reached;
    QSemaphore carryOn;
    // Holds the worker at its first progress step until the test has pressed Cancel.
    f.dialog.setProgressObserverForTests([&](std::size_t, std::size_t) {
        reached.release();
        carryOn.acquire();
    });
    f.dialog.setFile(f.smallFile());
    child<QCheckBox>(&f.dialog, "importValidRowsCheckBox")->setChecked(true);
    QSignalSpy finished(&f.dialog, &ui::ResultsImportDialog::importFinished);
    child<QPushButton>(&f.dialog, "importStartButton")->click();
    REQUIRE(reached.tryAcquire(1, 20000));

    // The import is running on its own thread; this thread still handles the window.
    CHECK(f.dialog.running());
    auto* cancel = child<QPushButton>(&f.dialog, "importCancelButton");
    REQUIRE(cancel->isEnabled());
    CHECK_FALSE(child<QPushButton>(&f.dialog, "importCloseButton")->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    carryOn.release(100);
    REQUIRE(finished.wait(20000));

    CHECK_FALSE(f.dialog.running());
    CHECK(f.dialog.statusText() == "Import cancelled. Nothing was saved.");
    CHECK(f.inInbox() == 0);
    CHECK(f.unmatched() == 0);
}

TEST_CASE("A file without the columns a results file needs is explained, and nothing is saved", "[ui][results]")
{
    ImportFixture f;
    f.dialog.setFile(QString::fromStdString(testing::writeFile(f.dir, "notes.csv", "name,comment\nx,y\n")));
    QSignalSpy finished(&f.dialog, &ui::ResultsImportDialog::importFinished);
    child<QPushButton>(&f.dialog, "importStartButton")->click();
    REQUIRE(finished.wait(20000));
    CHECK(f.dialog.statusText().contains("notes.csv has no \"nhs_number\" column"));
    CHECK(f.dialog.statusText().endsWith("Nothing was saved."));
}
