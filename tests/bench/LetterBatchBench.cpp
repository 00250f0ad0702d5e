// Results letter batch benchmark (issue 5): builds a demo practice in a temporary folder,
// composes and renders one results letter per person into one PDF, and reports letters per
// second and the process's resident memory (VmRSS) every 100 letters, to show it stays flat.
// Goal: >= 100 letters/s for 1,000 letters.
//
//   carehouse-letter-bench [output-folder] [people]     writes <output-folder>/letter-bench.json

#include "core/base/Clock.h"
#include "core/demo/DemoPractice.h"
#include "core/letters/ResultsLetterComposer.h"
#include "core/recall/Worklist.h"
#include "core/record/RecordStore.h"
#include "ui/print/ResultsLetterRenderer.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

using namespace carehouse;

namespace {

long vmRssKiB()
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmRSS:", 0) == 0)
            return std::stol(line.substr(6));
    return -1;
}

double secondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const std::string outDir = argc > 1 ? argv[1] : "bench-results";
    const int people = argc > 2 ? std::stoi(argv[2]) : 1000;
    QDir().mkpath(QString::fromStdString(outDir));

    QTemporaryDir dir;
    base::FixedClock clock{1795435200000}; // 23-Nov-2026, as the tests
    auto opened = record::RecordStore::open(dir.filePath("demo.carehouse").toStdString(), clock,
                                            record::RecordStore::OpenMode::CreateIfMissing);
    if (!opened) {
        std::fprintf(stderr, "cannot create database: %s\n", opened.error().describe().c_str());
        return 1;
    }
    auto store = std::move(opened).value();
    auto t0 = std::chrono::steady_clock::now();
    demo::DemoOptions options;
    options.people = people;
    if (auto built = demo::DemoPractice::build(*store, options); !built) {
        std::fprintf(stderr, "demo build failed: %s\n", built.error().describe().c_str());
        return 1;
    }
    const double buildSeconds = secondsSince(t0);
    store->logout();
    if (!store->login("nurse", demo::DemoPractice::kPassword)) {
        std::fprintf(stderr, "demo login failed\n");
        return 1;
    }
    auto everyone = recall::WorklistReader(*store).everyone();
    if (!everyone) {
        std::fprintf(stderr, "cannot read the register: %s\n", everyone.error().describe().c_str());
        return 1;
    }
    std::vector<std::string> ids;
    for (const auto& row : *everyone)
        ids.push_back(row.patientId);
    std::printf("demo practice: %zu people in %.1f s\n", ids.size(), buildSeconds);

    nlohmann::json samples = nlohmann::json::array();
    const long rssBefore = vmRssKiB();
    std::size_t next = 0;
    int failed = 0;
    double composeSeconds = 0;
    const QString pdf = dir.filePath("results-letters.pdf");
    t0 = std::chrono::steady_clock::now();
    auto rendered = ui::ResultsLetterRenderer::renderBatch(
        [&]() -> std::optional<letters::ResultsLetterContent> {
            while (next < ids.size()) {
                const auto c0 = std::chrono::steady_clock::now();
                auto c = letters::ResultsLetterComposer::compose(*store, ids[next++]);
                composeSeconds += secondsSince(c0);
                if (c)
                    return std::move(c).value();
                ++failed;
            }
            return std::nullopt;
        },
        pdf,
        [&](int printed) {
            if (printed % 100 != 0)
                return;
            const double s = secondsSince(t0);
            const long rss = vmRssKiB();
            samples.push_back({{"letters", printed}, {"seconds", s}, {"vmRssKiB", rss}});
            std::printf("%5d letters  %6.2f s  %6.1f letters/s  VmRSS %ld KiB\n", printed, s, printed / s, rss);
        });
    const double seconds = secondsSince(t0);
    if (!rendered) {
        std::fprintf(stderr, "render failed: %s\n", rendered.error().describe().c_str());
        return 1;
    }
    const int letters = static_cast<int>(rendered->firstPages.size());
    const double rate = letters / seconds;
    const long first = samples.empty() ? rssBefore : samples.front()["vmRssKiB"].get<long>();
    const long last = samples.empty() ? rssBefore : samples.back()["vmRssKiB"].get<long>();
    nlohmann::json result = {{"people", ids.size()},
                             {"letters", letters},
                             {"pages", rendered->pages},
                             {"composeFailed", failed},
                             {"seconds", seconds},
                             {"composeSeconds", composeSeconds},
                             {"lettersPerSecond", rate},
                             {"goalLettersPerSecond", 100},
                             {"pdfBytes", QFileInfo(pdf).size()},
                             {"vmRssBeforeKiB", rssBefore},
                             {"vmRssGrowthFirstToLastSampleKiB", last - first},
                             {"samples", samples}};
    std::ofstream(outDir + "/letter-bench.json") << result.dump(2) << "\n";
    std::printf("\n%d letters, %d pages in %.2f s (compose %.2f s): %.1f letters/s (goal 100)\n", letters,
                rendered->pages, seconds, composeSeconds, rate);
    std::printf("VmRSS %ld KiB before, %ld KiB at 100 letters, %ld KiB at the end (%+ld KiB)\n", rssBefore, first, last,
                last - first);
    std::printf("JSON: %s/letter-bench.json\n", outDir.c_str());
    return 0;
}
