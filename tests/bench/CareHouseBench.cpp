// carehouse-bench: the figures README quotes, measured in one run on one demo area.
//   carehouse-bench [--people N] [--years Y] [--out DIR] [--gui PATH] [--reuse]
// Writes DIR/bench.json and prints a table.
#include "BulkInsertBaseline.h"
#include "core/base/Clock.h"
#include "core/demo/DemoPractice.h"
#include "core/model/NhsNumber.h"
#include "core/recall/Worklist.h"
#include "core/record/PatientDirectory.h"
#include "core/record/RecordStore.h"
#include "core/results/LabResultImport.h"
#include "core/results/ResultsInbox.h"
#include "core/surveillance/SurveillanceRecorder.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <nlohmann/json.hpp>
#include <spawn.h>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char** environ;

using namespace carehouse;
using Clock = std::chrono::steady_clock;

namespace {

struct Stats
{
    double median = 0, p95 = 0, max = 0;
    std::size_t n = 0;
};

Stats summarise(std::vector<double> ms)
{
    Stats s;
    if (ms.empty())
        return s;
    std::sort(ms.begin(), ms.end());
    s.n = ms.size();
    s.median = ms[ms.size() / 2];
    s.p95 = ms[std::min(ms.size() - 1, static_cast<std::size_t>(static_cast<double>(ms.size()) * 0.95))];
    s.max = ms.back();
    return s;
}

double msSince(Clock::time_point t)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - t).count();
}

std::vector<std::string> column(record::RecordStore& s, const std::string& sql)
{
    std::vector<std::string> out;
    auto st = s.connection().prepare(sql);
    while (st && *st->step())
        out.push_back(st->columnText(0));
    return out;
}

struct ColdStart
{
    bool ran = false;
    double wallMs = 0;
    double readyMs = -1;
    double peakRssMb = 0;
    std::string note;
};

// Starts the GUI on the area database, logged in automatically, and waits for it to report
// its main window ready and quit. Peak RSS comes from the kernel's rusage for the child.
ColdStart coldStart(const std::string& gui, const std::string& db)
{
    ColdStart r;
    if (gui.empty() || !std::filesystem::exists(gui)) {
        r.note = "GUI binary not found";
        return r;
    }
    // Best effort: drop the page cache so the database is read from disk (needs root).
    if (std::FILE* f = std::fopen("/proc/sys/vm/drop_caches", "w")) {
        sync();
        std::fputs("3", f);
        r.note = std::fclose(f) == 0 ? "page cache dropped" : "page cache not dropped";
    } else {
        r.note = "page cache not dropped (no permission)";
    }
    int fds[2];
    if (pipe(fds) != 0)
        return r;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, fds[1], 1);
    posix_spawn_file_actions_addclose(&actions, fds[0]);
    std::vector<std::string> env{"QT_QPA_PLATFORM=offscreen", "CAREHOUSE_AUTOLOGIN_USER=nurse",
                                 std::string("CAREHOUSE_PASSWORD=") + demo::DemoPractice::kPassword};
    for (char** e = environ; *e; ++e)
        if (std::string_view(*e).rfind("CAREHOUSE_", 0) != 0 && std::string_view(*e).rfind("QT_QPA_PLATFORM=", 0) != 0)
            env.emplace_back(*e);
    std::vector<char*> envp;
    for (auto& e : env)
        envp.push_back(e.data());
    envp.push_back(nullptr);
    std::string dbArg = db;
    std::vector<char*> argv{const_cast<char*>(gui.c_str()), const_cast<char*>("--db"), dbArg.data(),
                            const_cast<char*>("--quit-when-ready"), nullptr};
    pid_t pid = -1;
    auto start = Clock::now();
    if (posix_spawn(&pid, gui.c_str(), &actions, nullptr, argv.data(), envp.data()) != 0) {
        r.note = "could not start the GUI";
        return r;
    }
    posix_spawn_file_actions_destroy(&actions);
    close(fds[1]);
    std::string output;
    char buf[512];
    ssize_t n;
    while ((n = read(fds[0], buf, sizeof buf)) > 0)
        output.append(buf, static_cast<std::size_t>(n));
    close(fds[0]);
    int status = 0;
    struct rusage usage
    {
    };
    wait4(pid, &status, 0, &usage);
    r.wallMs = msSince(start);
    r.peakRssMb = -1;
    if (auto pos = output.find("peak-rss-kb="); pos != std::string::npos)
        r.peakRssMb = std::stod(output.substr(pos + 12)) / 1024.0;
    r.ran = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    if (auto pos = output.find("ready-ms="); pos != std::string::npos)
        r.readyMs = std::stod(output.substr(pos + 9));
    return r;
}

} // namespace

int main(int argc, char** argv)
{
    int people = 50000, years = 5;
    std::string outDir = "bench-results", gui;
    bool reuse = false;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        auto next = [&] { return i + 1 < argc ? std::string(argv[++i]) : std::string(); };
        if (a == "--people")
            people = std::stoi(next());
        else if (a == "--years")
            years = std::stoi(next());
        else if (a == "--out")
            outDir = next();
        else if (a == "--gui")
            gui = next();
        else if (a == "--reuse")
            reuse = true;
        else {
            std::fprintf(stderr,
                         "usage: carehouse-bench [--people N] [--years Y] [--out DIR] [--gui PATH] [--reuse]\n");
            return 2;
        }
    }
    std::filesystem::create_directories(outDir);
    const std::string db = fmt::format("{}/area-{}x{}.carehouse", outDir, people, years);
    nlohmann::json result = {{"people", people}, {"years", years}, {"database", db}};
    base::SystemClock clock;

    // 1. Demo generation through RecordStore::commit.
    if (!reuse || !std::filesystem::exists(db)) {
        for (auto suffix : {"", "-wal", "-shm"})
            std::filesystem::remove(db + suffix);
        auto store = record::RecordStore::open(db, clock, record::RecordStore::OpenMode::CreateIfMissing);
        if (!store) {
            std::fprintf(stderr, "cannot create %s: %s\n", db.c_str(), store.error().describe().c_str());
            return 1;
        }
        demo::DemoOptions options;
        options.people = people;
        options.years = years;
        options.seed = 2026;
        auto start = Clock::now();
        auto stats = demo::DemoPractice::build(**store, options, [&](int done, int total) {
            std::fprintf(stderr, "\rgenerating %d/%d people", done, total);
            return true;
        });
        double seconds = msSince(start) / 1000.0;
        std::fprintf(stderr, "\n");
        if (!stats) {
            std::fprintf(stderr, "demo failed: %s\n", stats.error().describe().c_str());
            return 1;
        }
        // Rows written: each version's journal row and its current row, plus the audit entries.
        auto audit = (*store)->connection().scalarInt("SELECT count(*) FROM audit");
        std::int64_t rows = 2 * stats->versions() + (audit ? *audit : 0);
        result["generation"] = {{"seconds", seconds},
                                {"versions", stats->versions()},
                                {"rows", rows},
                                {"rowsPerSecond", static_cast<double>(rows) / seconds},
                                {"people", stats->people},
                                {"observations", stats->observations}};
        // The same clinical rows, inserted plainly.
        auto baseline = bench::plainBulkInsert(db, outDir + "/baseline.sqlite");
        double rate = static_cast<double>(baseline.rows) / baseline.seconds;
        result["baseline"] = {{"seconds", baseline.seconds}, {"rows", baseline.rows}, {"rowsPerSecond", rate}};
        result["generation"]["ratioToBaseline"] = result["generation"]["rowsPerSecond"].get<double>() / rate;
        std::filesystem::remove(outDir + "/baseline.sqlite");
        std::filesystem::remove(outDir + "/baseline.sqlite-wal");
        std::filesystem::remove(outDir + "/baseline.sqlite-shm");
    }
    result["databaseMb"] = static_cast<double>(std::filesystem::file_size(db)) / (1024.0 * 1024.0);

    // 2. Search latency, as typed: name prefixes, "family, given", and NHS numbers with spaces.
    {
        auto store = record::RecordStore::open(db, clock);
        if (!store) {
            std::fprintf(stderr, "cannot open %s\n", db.c_str());
            return 1;
        }
        auto names = column(**store, "SELECT family_name || '|' || given_name FROM patient ORDER BY id LIMIT 400");
        auto numbers = column(**store, "SELECT nhs_number FROM patient ORDER BY id LIMIT 1000");
        record::PatientDirectory directory(**store);
        std::vector<double> nameMs, nhsMs;
        std::size_t found = 0;
        for (const auto& n : names) {
            auto bar = n.find('|');
            auto family = n.substr(0, bar), given = n.substr(bar + 1);
            // Each keystroke of the family name, then "family, g".
            std::vector<std::string> queries;
            for (std::size_t len = 1; len <= family.size() && len <= 5; ++len)
                queries.push_back(family.substr(0, len));
            queries.push_back(family + ", " + given.substr(0, 1));
            for (const auto& q : queries) {
                auto t = Clock::now();
                auto page = directory.find(q);
                nameMs.push_back(msSince(t));
                found += page ? page->items.size() : 0;
            }
        }
        for (const auto& digits : numbers) {
            auto text = model::displayNhsNumber(digits);
            auto t = Clock::now();
            auto page = directory.find(text);
            nhsMs.push_back(msSince(t));
            found += page ? page->items.size() : 0;
        }
        auto ns = summarise(nameMs), hs = summarise(nhsMs);
        result["nameSearch"] = {{"queries", ns.n}, {"medianMs", ns.median}, {"p95Ms", ns.p95}, {"maxMs", ns.max}};
        result["nhsSearch"] = {{"queries", hs.n}, {"medianMs", hs.median}, {"p95Ms", hs.p95}, {"maxMs", hs.max}};
        result["searchRowsReturned"] = found;
    }

    // 3. Cold start of the GUI to a ready main window (median of 3 starts).
    {
        std::vector<double> wall, ready, rss;
        std::string note;
        for (int i = 0; i < 3; ++i) {
            auto c = coldStart(gui, db);
            note = c.note;
            if (!c.ran)
                break;
            wall.push_back(c.wallMs);
            ready.push_back(c.readyMs);
            rss.push_back(c.peakRssMb);
        }
        if (wall.empty()) {
            result["coldStart"] = {{"ran", false}, {"note", note}};
        } else {
            result["coldStart"] = {{"ran", true},
                                   {"runs", wall.size()},
                                   {"readyMsMedian", summarise(ready).median},
                                   {"readyMsAll", ready},
                                   {"processWallMsMedian", summarise(wall).median},
                                   {"peakRssMbMax", summarise(rss).max},
                                   {"note", note}};
        }
    }

    // 4. Worklists, the results inbox, a laboratory file and the surveillance save, as the
    //    admin team and the HCA use them on this area.
    {
        auto store = record::RecordStore::open(db, clock);
        if (!store || !(*store)->login("gp", demo::DemoPractice::kPassword)) {
            std::fprintf(stderr, "cannot open %s as gp\n", db.c_str());
            return 1;
        }
        recall::WorklistReader worklists(**store);
        std::vector<double> everyoneMs;
        std::size_t registerSize = 0;
        nlohmann::json sizes = nlohmann::json::object();
        for (int i = 0; i < 5; ++i) {
            auto t = Clock::now();
            auto all = worklists.everyone();
            everyoneMs.push_back(msSince(t));
            if (!all) {
                std::fprintf(stderr, "worklists failed: %s\n", all.error().describe().c_str());
                return 1;
            }
            registerSize = all->size();
            if (i == 0)
                for (auto kind : recall::allWorklists()) {
                    int n = 0;
                    for (const auto& row : *all)
                        n += recall::WorklistReader::belongs(kind, row.cycle) ? 1 : 0;
                    sizes[std::string(recall::worklistCode(kind))] = n;
                }
        }
        auto w = summarise(everyoneMs);
        result["worklists"] = {{"people", registerSize}, {"medianMs", w.median}, {"maxMs", w.max}, {"sizes", sizes}};

        std::vector<double> inboxMs;
        std::size_t inboxSize = 0;
        for (int i = 0; i < 5; ++i) {
            auto t = Clock::now();
            auto items = results::ResultsInbox(**store).awaitingReview(100000);
            inboxMs.push_back(msSince(t));
            inboxSize = items ? items->size() : 0;
        }
        result["inbox"] = {{"results", inboxSize}, {"medianMs", summarise(inboxMs).median}};

        // A day's laboratory file: 5,000 results for people on the register, 2% with a wrong
        // date of birth (unmatched). Values differ each run so a reused area imports them anew.
        const auto people
            = column(**store, "SELECT nhs_number || '|' || birth_date FROM patient ORDER BY id LIMIT 2500");
        const auto csvPath = outDir + "/labs.csv";
        {
            std::ofstream csv(csvPath);
            csv << "nhs_number,date_of_birth,system,code,value,unit,effective_date\n";
            const auto today = clock.today().iso();
            const auto salt = static_cast<int>(clock.nowMillis() % 1000);
            for (std::size_t i = 0; i < 5000 && !people.empty(); ++i) {
                const auto& who = people[i % people.size()];
                auto bar = who.find('|');
                std::string dob = who.substr(bar + 1);
                if (i % 50 == 0)
                    dob = "1900-01-01";
                if (i % 2 == 0)
                    csv << fmt::format("{},{},LOINC,59261-8,{},mmol/mol,{}\n", who.substr(0, bar), dob,
                                       40 + (i * 7 + static_cast<std::size_t>(salt)) % 60, today);
                else
                    csv << fmt::format(
                        "{},{},LOINC,4548-4,{:.1f},%,{}\n", who.substr(0, bar), dob,
                        5.5
                            + static_cast<double>((i + i / people.size() * 7 + static_cast<std::size_t>(salt)) % 50)
                                / 10.0,
                        today);
            }
        }
        results::LabResultImport importer(**store);
        auto t = Clock::now();
        auto first = importer.importFile(csvPath, {});
        double firstMs = msSince(t);
        t = Clock::now();
        auto again = importer.importFile(csvPath, {});
        double againMs = msSince(t);
        if (!first || !again) {
            std::fprintf(stderr, "import failed: %s\n", (first ? again : first).error().describe().c_str());
            return 1;
        }
        result["resultsImport"] = {{"rows", first->rows},
                                   {"matched", first->matched},
                                   {"converted", first->converted},
                                   {"unmatched", first->unmatched},
                                   {"duplicates", first->duplicates},
                                   {"seconds", firstMs / 1000.0},
                                   {"rowsPerSecond", static_cast<double>(first->rows) / (firstMs / 1000.0)},
                                   {"reimportDuplicates", again->duplicates},
                                   {"reimportSeconds", againMs / 1000.0}};
        std::filesystem::remove(csvPath);

        // Saving a complete surveillance appointment (weight, height, BMI, 3 BP readings, the
        // categories and 5 tests) for 50 people: what the HCA waits for after "Complete".
        (void)(*store)->login("hca", demo::DemoPractice::kPassword);
        auto ids = column(**store, "SELECT id FROM patient ORDER BY id DESC LIMIT 50");
        std::vector<double> saveMs;
        for (const auto& id : ids) {
            surveillance::SurveillanceEntry e;
            e.weight = 84.5;
            e.height = 170;
            e.bloodPressure = {{152, 90}, {144, 86}, {141, 84}};
            e.smoking = "8517006";
            e.footLeft = "low";
            e.footRight = "moderate";
            e.eyeScreening = "no-retinopathy";
            e.education = "offered";
            e.carePlanningExplained = "explained-leaflet-given";
            e.bloodsSent = e.urineSent = true;
            auto st = Clock::now();
            auto saved = surveillance::SurveillanceRecorder(**store).save(id, e, true);
            saveMs.push_back(msSince(st));
            if (!saved) {
                std::fprintf(stderr, "surveillance save failed: %s\n", saved.error().describe().c_str());
                return 1;
            }
        }
        auto sv = summarise(saveMs);
        result["surveillanceSave"] = {{"appointments", sv.n}, {"medianMs", sv.median}, {"p95Ms", sv.p95}};
    }

    std::ofstream(outDir + "/bench.json") << result.dump(2) << "\n";

    auto num = [&](const nlohmann::json& j, const char* a, const char* b) {
        return j.contains(a) && j[a].contains(b) ? fmt::format("{:.2f}", j[a][b].get<double>()) : std::string("-");
    };
    std::printf("\nCareHouse benchmarks: %d people x %d years (%s, %.0f MB)\n\n", people, years, db.c_str(),
                result["databaseMb"].get<double>());
    std::printf("| measure | figure | goal |\n|---|---|---|\n");
    std::printf("| name search median / p95 | %s / %s ms | < 5 ms median |\n",
                num(result, "nameSearch", "medianMs").c_str(), num(result, "nameSearch", "p95Ms").c_str());
    std::printf("| NHS number search median / p95 | %s / %s ms | < 5 ms median |\n",
                num(result, "nhsSearch", "medianMs").c_str(), num(result, "nhsSearch", "p95Ms").c_str());
    if (result["coldStart"].value("ran", false))
        std::printf("| cold start to ready main window (median of 3; whole process incl. exit) | %s ms (%s ms), "
                    "peak RSS %s MB | < 500 ms, < 150 MB |\n",
                    num(result, "coldStart", "readyMsMedian").c_str(),
                    num(result, "coldStart", "processWallMsMedian").c_str(),
                    num(result, "coldStart", "peakRssMbMax").c_str());
    else
        std::printf("| cold start | not run: %s | |\n", result["coldStart"].value("note", "").c_str());
    if (result.contains("generation"))
        std::printf("| demo generation | %s rows/s (%s s) | |\n| plain sqlite3 bulk insert, same rows | %s rows/s | |\n"
                    "| generation / plain insert | %s | >= 0.3 |\n",
                    num(result, "generation", "rowsPerSecond").c_str(), num(result, "generation", "seconds").c_str(),
                    num(result, "baseline", "rowsPerSecond").c_str(),
                    num(result, "generation", "ratioToBaseline").c_str());
    std::printf("| worklists: every person's cycle (%s people; median of 5) | %s ms | |\n",
                result["worklists"]["people"].dump().c_str(), num(result, "worklists", "medianMs").c_str());
    std::printf("| results inbox (%s awaiting; median of 5) | %s ms | |\n", result["inbox"]["results"].dump().c_str(),
                num(result, "inbox", "medianMs").c_str());
    std::printf("| laboratory file of %s results (%s matched, %s converted, %s unmatched) | %s s, %s results/s | |\n",
                result["resultsImport"]["rows"].dump().c_str(), result["resultsImport"]["matched"].dump().c_str(),
                result["resultsImport"]["converted"].dump().c_str(),
                result["resultsImport"]["unmatched"].dump().c_str(), num(result, "resultsImport", "seconds").c_str(),
                num(result, "resultsImport", "rowsPerSecond").c_str());
    std::printf("| the same file again (all duplicates) | %s s | |\n",
                num(result, "resultsImport", "reimportSeconds").c_str());
    std::printf("| complete surveillance appointment save, median / p95 | %s / %s ms | |\n",
                num(result, "surveillanceSave", "medianMs").c_str(), num(result, "surveillanceSave", "p95Ms").c_str());
    std::printf("\nJSON: %s/bench.json\n", outDir.c_str());
    return 0;
}
