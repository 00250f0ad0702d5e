// Renders the recall and results pages offscreen on a demo practice and saves them as PNGs
// (docs/screenshots by default): the worklist, the results import report, the results inbox,
// the unmatched results queue, and the first page of a printed invitation letter (through
// pdftoppm), so the look can be reviewed without a display.
//
//   QT_QPA_PLATFORM=offscreen ui_recall_screenshots [output-folder]
#include "core/base/Clock.h"
#include "core/demo/DemoPractice.h"
#include "core/recall/Worklist.h"
#include "core/record/RecordStore.h"
#include "tests/support/TempDatabase.h"
#include "tests/ui/ScreenshotSession.h"
#include "ui/MainWindow.h"
#include "ui/MatchPersonDialog.h"
#include "ui/ResultsImportDialog.h"
#include "ui/ResultsInboxView.h"
#include "ui/ResultsLettersDialog.h"
#include "ui/UnmatchedResultsView.h"
#include "ui/WorklistView.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>
#include <fstream>

using namespace carehouse;

namespace {

// A laboratory file as a practice receives it: most rows for people here (one in per cent, to
// be converted), one for someone not registered, one with a date of birth that differs and one
// with a value that cannot be read.
std::string demoResultsCsv(record::RecordStore& store)
{
    auto everyone = recall::WorklistReader(store).everyone();
    std::string csv = "nhs_number,date_of_birth,system,code,value,unit,effective_date\n";
    int n = 0;
    for (const auto& row : everyone ? *everyone : std::vector<recall::WorklistRow>{}) {
        if (row.nhsNumber.empty() || row.restricted || n >= 6)
            continue;
        const std::string who = row.nhsNumber + "," + row.birthDate.iso();
        if (n == 0)
            csv += who + ",http://loinc.org,4548-4,8.7,%,2026-11-20\n";
        else if (n == 1)
            csv += who + ",http://loinc.org,4548-4,abc,%,2026-11-20\n";
        else if (n == 2)
            csv += row.nhsNumber + ",01/01/1931,http://loinc.org,59261-8,61,mmol/mol,2026-11-19\n";
        else
            csv += who + ",http://loinc.org,59261-8," + std::to_string(44 + n * 5) + ",mmol/mol,2026-11-19\n";
        ++n;
    }
    csv += "9434765919,14/07/1945,http://loinc.org,2093-3,5.9,mmol/L,2026-11-18\n";
    return csv;
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
    auto store = testing::demoPractice(path, clock, 800);
    if (!store)
        return 1;
    // The practice's letterhead, as an administrator sets it up.
    if (!store->login("admin", demo::DemoPractice::kPassword)
        || !store->setSetting("practice.name", "Riverside Medical Practice")
        || !store->setSetting("practice.address", "Mill Road\nRiverside\nRV1 1AA")
        || !store->setSetting("practice.phone", "020 7946 0123")) {
        std::fprintf(stderr, "cannot set up the practice\n");
        return 1;
    }
    store->logout();
    if (!store->login("nurse", demo::DemoPractice::kPassword)) {
        std::fprintf(stderr, "demo login failed\n");
        return 1;
    }

    bool ok = true;
    ui::MainWindow window(clock);
    window.resize(1280, 800);
    window.useStore(*store, path);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        std::fprintf(stderr, "window not exposed\n");

    window.showWorklists();
    auto* worklist = window.worklistView();
    worklist->showList(recall::WorklistKind::Due);
    auto* table = worklist->findChild<QTableView*>("worklistTableView");
    table->selectRow(1);
    ok &= testing::saveScreenshot(&window, folder, "worklist.png");

    // Print results letters…: the batch dialog over Letters to send, with a week of consultations.
    worklist->showList(recall::WorklistKind::LettersToSend);
    table->selectionModel()->clearSelection();
    if (auto* dialog = worklist->openResultsLettersDialog()) {
        if (auto* range = dialog->findChild<QCheckBox*>("letterRangeCheck"))
            range->setChecked(true);
        ok &= testing::saveScreenshot(dialog, folder, "results-letters-batch.png");
        dialog->close();
    } else {
        std::fprintf(stderr, "no results letters dialog\n");
        ok = false;
    }
    worklist->showList(recall::WorklistKind::Due);
    table->selectRow(1);

    // A printed batch: the first three people on the list.
    table->selectionModel()->clearSelection();
    for (int r = 0; r < 3 && r < table->model()->rowCount(); ++r)
        table->selectionModel()->select(table->model()->index(r, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QString pdf = dir.filePath("invitations.pdf");
    auto printed = worklist->printInvitationLetters(pdf);
    if (!printed || printed->printed == 0) {
        std::fprintf(stderr, "printing failed\n");
        ok = false;
    } else {
        const QString prefix = dir.filePath("letter");
        QProcess pdftoppm;
        pdftoppm.start("pdftoppm", {"-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdf, prefix});
        const bool converted = pdftoppm.waitForFinished(30000) && pdftoppm.exitCode() == 0;
        const QString target = folder + "/invitation-letter.png";
        QFile::remove(target);
        const bool copied = converted && QFile::copy(prefix + ".png", target);
        std::printf("%s %s (%d letters, %d pages)\n", copied ? "wrote" : "FAILED", qPrintable(target), printed->printed,
                    printed->pages);
        ok &= copied;
    }

    auto* import = window.importResults();
    const QString csv = dir.filePath("riverside-lab-2026-11-21.csv");
    std::ofstream(csv.toStdString()) << demoResultsCsv(*store);
    import->setFile(csv);
    import->findChild<QCheckBox*>("importValidRowsCheckBox")->setChecked(true);
    QSignalSpy finished(import, &ui::ResultsImportDialog::importFinished);
    import->startImport();
    if (!finished.wait(30000))
        std::fprintf(stderr, "import did not finish\n");
    import->resize(700, 600);
    ok &= testing::saveScreenshot(import, folder, "results-import.png");
    import->close();

    window.showResultsInbox();
    window.resultsInboxView()->selectRow(0);
    ok &= testing::saveScreenshot(&window, folder, "results-inbox.png");
    window.showUnmatchedResults();
    window.unmatchedResultsView()->selectRow(0);
    ok &= testing::saveScreenshot(&window, folder, "unmatched-results.png");

    // Matching the first by hand: the person found from the NHS number, then confirmed.
    window.unmatchedResultsView()->findChild<QPushButton*>("unmatchedMatchButton")->click();
    if (auto* match = window.unmatchedResultsView()->findChild<ui::MatchPersonDialog*>()) {
        match->choose(0);
        ok &= testing::saveScreenshot(match, folder, "match-person.png");
        match->reject();
    }
    return ok ? 0 : 1;
}
