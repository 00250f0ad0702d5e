// Renders pre-consultation results letters for one person of a demo practice (several results,
// one test not done) in standard print, large print and Bengali, and saves the first page of
// each as a PNG (docs/screenshots by default, through pdftoppm), so the printed letter can be
// reviewed without a printer.
//
//   QT_QPA_PLATFORM=offscreen ui_results_letter_screenshots [output-folder]

#include "core/base/Clock.h"
#include "core/letters/ResultsLetterComposer.h"
#include "core/recall/Worklist.h"
#include "core/record/RecordStore.h"
#include "tests/ui/ScreenshotSession.h"
#include "ui/print/ResultsLetterRenderer.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <cstdio>

using namespace carehouse;

namespace {

int doneCount(const letters::ResultsLetterContent& c)
{
    int n = 0;
    for (const auto& r : c.rows)
        n += r.done ? 1 : 0;
    return n;
}

// Page 1 of the PDF as a small PNG.
bool firstPagePng(const QString& pdf, const QString& target)
{
    const QString prefix = pdf + "-page";
    QProcess pdftoppm;
    pdftoppm.start("pdftoppm", {"-png", "-r", "70", "-f", "1", "-l", "1", "-singlefile", pdf, prefix});
    if (!pdftoppm.waitForFinished(30000) || pdftoppm.exitCode() != 0)
        return false;
    const QImage image = QImage(prefix + ".png").convertToFormat(QImage::Format_Indexed8, Qt::ThresholdDither);
    QFile::remove(target);
    return !image.isNull() && image.save(target);
}

} // namespace

int main(int argc, char* argv[])
{
    testing::prepareScreenshotEnvironment();
    QApplication app(argc, argv);
    const QString folder = testing::screenshotFolder(argc, argv);
    QTemporaryDir dir;
    base::FixedClock clock{testing::kTestNow};
    auto store = testing::demoPractice(dir.filePath("demo-practice.carehouse"), clock, 200);
    if (!store)
        return 1;
    // The letterhead as a practice sets it up.
    if (!store->login("admin", demo::DemoPractice::kPassword)
        || !store->setSetting("practice.address", "Mill Road\nRiverside\nRV1 1AA").ok()
        || !store->setSetting("practice.phone", "020 7946 0000").ok()) {
        std::fprintf(stderr, "cannot set the practice's details\n");
        return 1;
    }
    store->logout();
    if (!store->login("nurse", demo::DemoPractice::kPassword)) {
        std::fprintf(stderr, "demo login failed\n");
        return 1;
    }

    // Someone with an address, several results and exactly one test not done.
    auto everyone = recall::WorklistReader(*store).everyone();
    if (!everyone) {
        std::fprintf(stderr, "cannot read the register: %s\n", everyone.error().describe().c_str());
        return 1;
    }
    std::string chosen;
    for (const auto& row : *everyone) {
        if (row.restricted || row.postcode.empty())
            continue;
        auto c = letters::ResultsLetterComposer::compose(*store, row.patientId);
        if (c && !c->person.addressLines.empty() && doneCount(*c) >= 5
            && doneCount(*c) == static_cast<int>(c->rows.size()) - 1) {
            chosen = row.patientId;
            break;
        }
    }
    if (chosen.empty()) {
        std::fprintf(stderr, "no demo person with several results and one not done\n");
        return 1;
    }

    struct Shot
    {
        const char* file;
        const char* language;
        bool largePrint;
    };
    bool ok = true;
    for (const Shot& shot :
         {Shot{"results-letter.png", "en", false}, Shot{"results-letter-large-print.png", "en", true},
          Shot{"results-letter-bengali.png", "bn", false}}) {
        letters::ResultsLetterComposer::Options options;
        options.language = shot.language;
        options.largePrint = shot.largePrint;
        options.includePhq2Gad2 = true;
        auto content = letters::ResultsLetterComposer::compose(*store, chosen, options);
        if (!content) {
            std::fprintf(stderr, "compose failed: %s\n", content.error().describe().c_str());
            return 1;
        }
        const QString pdf = dir.filePath(QString::fromLatin1(shot.file) + ".pdf");
        auto out = ui::ResultsLetterRenderer::renderBatch(std::vector<letters::ResultsLetterContent>{*content}, pdf);
        const QString target = folder + "/" + shot.file;
        const bool written = out && firstPagePng(pdf, target);
        std::printf("%s %s (%d pages)\n", written ? "wrote" : "FAILED", qPrintable(target), out ? out->pages : 0);
        ok &= written;
    }
    return ok ? 0 : 1;
}
