// carehouse-exchange-bench: peer exchange through exchange files (issue 7, "Benchmarks").
//   carehouse-exchange-bench [--out DIR] [--runs N] [--days N] [--area] [--area-db PATH] [--area-runs N]
//                            [--memory-limit-mb N]   (each side's address-space ceiling, default 8192)
// 1. The first full exchange of a demo practice (800 people, 5 years): versions, file size,
//    export and import time and rate, and each side's peak memory (export and import each run
//    in a child process of their own, so VmHWM belongs to that side alone). Median of --runs.
// 2. With --area, the same for the 50,000-person area: --area-db names the database
//    carehouse-bench generated (DIR/area-50000x5.carehouse by default); it is copied, never
//    changed, and generated here only when it does not exist.
// 3. An everyday exchange after the practice's first full exchange: one clinic day's changes
//    (~300 versions: observations and demographic edits) exported and applied at the peer,
//    timed from the start of the export to the versions applied (goal < 1 s); median of --days.
// Writes DIR/exchange-bench.json and prints a table.
#include "core/base/Clock.h"
#include "core/base/Uuid.h"
#include "core/demo/DemoPractice.h"
#include "core/exchange/ExchangeExport.h"
#include "core/exchange/ExchangeImport.h"
#include "core/exchange/PeerDirectory.h"
#include "core/exchange/SiteKeyStore.h"
#include "core/model/Observation.h"
#include "core/record/ChangeSet.h"
#include "core/record/PatientRegistration.h"
#include "core/record/PatientRepository.h"
#include "core/record/RecordStore.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <memory>
#include <new>
#include <nlohmann/json.hpp>
#include <spawn.h>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <vector>

extern char** environ;

using namespace carehouse;
using nlohmann::json;
using Clock = std::chrono::steady_clock;
namespace fs = std::filesystem;

namespace {

constexpr const char* kPassword = demo::DemoPractice::kPassword;
constexpr const char* kKeys = demo::DemoPractice::kKeyPassphrase;

double secondsSince(Clock::time_point t)
{
    return std::chrono::duration<double>(Clock::now() - t).count();
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// This process's peak resident set (VmHWM), in KiB.
long peakRssKb()
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmHWM:", 0) == 0)
            return std::stol(line.substr(6));
    return -1;
}

[[noreturn]] void fail(const std::string& what, const base::Error& error)
{
    std::fprintf(stderr, "%s: %s\n", what.c_str(), error.describe().c_str());
    std::exit(1);
}

template <typename T>
T must(base::Result<T> r, const std::string& what)
{
    if (!r)
        fail(what, r.error());
    return std::move(r).value();
}

void must(const base::Status& s, const std::string& what)
{
    if (!s)
        fail(what, s.error());
}

std::unique_ptr<record::RecordStore> openStore(const std::string& path, const base::Clock& clock,
                                               const std::string& user)
{
    auto store = must(record::RecordStore::open(path, clock), "open " + path);
    must(store->login(user, kPassword), "login " + user + " at " + path);
    return store;
}

void removeDatabase(const std::string& path)
{
    for (auto suffix : {"", "-wal", "-shm", "-journal"})
        fs::remove(path + suffix);
}

// --child export DB USER PEER FOLDER RESULT / --child import DB USER FILE RESULT: one side of a
// full exchange alone in this process, its figures written to RESULT as JSON.
void childSide(const std::vector<std::string>& a, record::RecordStore& store, json& out);

int child(const std::vector<std::string>& a)
{
    if (a.size() != 6)
        return 2;
    // A memory ceiling (--memory-limit-mb), so a side that would need more than the machine has
    // fails alone with its peak reported instead of pushing a shared machine into swap.
    if (const char* limit = std::getenv("CAREHOUSE_BENCH_CHILD_LIMIT_MB")) {
        const rlim_t bytes = static_cast<rlim_t>(std::stoll(limit)) * 1024 * 1024;
        const rlimit r{bytes, bytes};
        setrlimit(RLIMIT_AS, &r);
    }
    base::SystemClock clock;
    auto store = openStore(a[1], clock, a[2]);
    json out;
    const auto start = Clock::now();
    try {
        childSide(a, *store, out);
    } catch (const std::bad_alloc&) {
        out = {{"error", "out of memory"}, {"seconds", secondsSince(start)}};
    }
    out["peakRssKb"] = peakRssKb();
    std::ofstream(a[5]) << out.dump() << "\n";
    return 0;
}

void childSide(const std::vector<std::string>& a, record::RecordStore& s, json& out)
{
    auto* store = &s;
    const auto start = Clock::now();
    if (a[0] == "export") {
        auto w = must(exchange::ExchangeExport(*store).toPeer(a[3], a[4], kKeys), "export");
        out = {{"seconds", secondsSince(start)}, {"versions", w.versions}, {"people", w.people}, {"bytes", w.bytes},
               {"files", w.files.size()},        {"path", w.path}};
    } else {
        // A folder: every part of the export, in the order their names sort (the import order).
        std::vector<std::string> files;
        if (fs::is_directory(a[3])) {
            for (const auto& e : fs::directory_iterator(a[3]))
                if (e.path().extension() == ".chx")
                    files.push_back(e.path().string());
            std::sort(files.begin(), files.end());
        } else {
            files.push_back(a[3]);
        }
        std::size_t applied = 0, alreadyHeld = 0;
        for (const auto& file : files) {
            auto r = must(exchange::ExchangeImport(*store).file(file, kKeys), "import " + file);
            applied += r.report.applied;
            alreadyHeld += r.report.alreadyHeld;
        }
        out = {{"seconds", secondsSince(start)},
               {"applied", applied},
               {"alreadyHeld", alreadyHeld},
               {"files", files.size()}};
    }
}

json runChild(const std::string& self, const std::vector<std::string>& args)
{
    std::vector<std::string> all{self, "--child"};
    all.insert(all.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& s : all)
        argv.push_back(s.data());
    argv.push_back(nullptr);
    pid_t pid = 0;
    const auto start = Clock::now();
    if (posix_spawn(&pid, self.c_str(), nullptr, nullptr, argv.data(), environ) != 0) {
        std::fprintf(stderr, "cannot start %s\n", self.c_str());
        std::exit(1);
    }
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        // Ended abnormally (an allocation failing where it cannot be caught, under the ceiling):
        // what the parent saw is all there is.
        std::fprintf(stderr, "%s of %s ended abnormally\n", args[0].c_str(), args[1].c_str());
        return {{"error",
                 WIFSIGNALED(status) ? fmt::format("ended by signal {}", WTERMSIG(status))
                                     : fmt::format("ended with status {}", WEXITSTATUS(status))},
                {"seconds", secondsSince(start)},
                {"peakRssKb", usage.ru_maxrss}};
    }
    std::ifstream in(args.back());
    return json::parse(in);
}

// Keys at `path` (as its admin), made on first use under the demo's key passphrase.
void ensureKeys(const std::string& path, const base::Clock& clock)
{
    auto store = openStore(path, clock, "admin");
    must(exchange::SiteKeyStore(*store).ensure(kKeys), "keys at " + path);
}

exchange::SiteCard cardOf(const std::string& path, const base::Clock& clock)
{
    auto store = openStore(path, clock, "admin");
    return must(exchange::SiteKeyStore(*store).card(), "card of " + path);
}

void addPeer(const std::string& path, const exchange::SiteCard& card, const base::Clock& clock)
{
    auto store = openStore(path, clock, "admin");
    exchange::AddPeerRequest r;
    r.card = card;
    r.confirmedFingerprint = card.fingerprint.hex();
    r.sharing = exchange::SharingScope::All;
    (void)must(exchange::PeerDirectory(*store).add(r), "add peer at " + path);
}

// A new site at `path` (admin / demo password) with exchange keys, made peers with `sender`.
std::string newPeerOf(const std::string& sender, const std::string& path, const std::string& name,
                      const base::Clock& clock)
{
    removeDatabase(path);
    {
        auto store = must(record::RecordStore::open(path, clock, record::RecordStore::OpenMode::CreateIfMissing),
                          "create " + path);
        must(store->initialise(name, "admin", "Administrator", kPassword), "initialise " + path);
    }
    ensureKeys(path, clock);
    const auto senderCard = cardOf(sender, clock);
    const auto peerCard = cardOf(path, clock);
    addPeer(sender, peerCard, clock);
    addPeer(path, senderCard, clock);
    return peerCard.siteId;
}

struct FullExchange
{
    std::vector<double> exportSeconds, importSeconds, exportPeakMb, importPeakMb;
    std::uint64_t versions = 0, bytes = 0;
    std::size_t people = 0;
    std::string lastPeerDb, lastPeerId, senderId;
    std::string failure; // why the full exchange could not be done, if it could not

    json toJson() const
    {
        if (!failure.empty())
            return {{"failure", failure}};
        const double ex = median(exportSeconds), im = median(importSeconds);
        return {{"runs", exportSeconds.size()},
                {"versions", versions},
                {"people", people},
                {"fileBytes", bytes},
                {"bytesPerVersion", versions ? static_cast<double>(bytes) / static_cast<double>(versions) : 0.0},
                {"exportSeconds", ex},
                {"exportSecondsAll", exportSeconds},
                {"exportVersionsPerSecond", ex > 0 ? static_cast<double>(versions) / ex : 0.0},
                {"exportPeakMb", median(exportPeakMb)},
                {"importSeconds", im},
                {"importSecondsAll", importSeconds},
                {"importVersionsPerSecond", im > 0 ? static_cast<double>(versions) / im : 0.0},
                {"importPeakMb", median(importPeakMb)}};
    }
};

// `runs` first full exchanges from `sender`, each to a new peer; export and import each in a
// child process. The last peer is kept for the everyday exchange.
FullExchange fullExchanges(const std::string& self, const std::string& sender, const std::string& dir,
                           const std::string& label, int runs, const base::Clock& clock)
{
    FullExchange f;
    f.senderId = cardOf(sender, clock).siteId;
    for (int run = 0; run < runs; ++run) {
        const auto peerDb = fmt::format("{}/{}-peer.carehouse", dir, label);
        const auto peer = newPeerOf(sender, peerDb, "Riverside Community Diabetes Team (bench)", clock);
        f.lastPeerDb = peerDb;
        const auto folder = fmt::format("{}/{}-files", dir, label);
        fs::remove_all(folder);
        fs::create_directories(folder);
        std::fprintf(stderr, "%s: full exchange %d/%d: export...\n", label.c_str(), run + 1, runs);
        const auto ex = runChild(self, {"export", sender, "nurse", peer, folder, dir + "/child-export.json"});
        if (ex.contains("error")) {
            f.failure
                = fmt::format("export: {} after {:.0f} s at {:.0f} MB (limit {} MB)", ex["error"].get<std::string>(),
                              ex["seconds"].get<double>(), ex["peakRssKb"].get<double>() / 1024.0,
                              std::getenv("CAREHOUSE_BENCH_CHILD_LIMIT_MB"));
            std::fprintf(stderr, "%s: %s\n", label.c_str(), f.failure.c_str());
            return f;
        }
        std::fprintf(stderr, "%s: %s versions, %s bytes in %.1f s; import...\n", label.c_str(),
                     ex["versions"].dump().c_str(), ex["bytes"].dump().c_str(), ex["seconds"].get<double>());
        const auto im = runChild(self, {"import", peerDb, "admin", folder, "-", dir + "/child-import.json"});
        if (im.contains("error")) {
            f.failure = fmt::format("import: {} after {:.0f} s at {:.0f} MB", im["error"].get<std::string>(),
                                    im["seconds"].get<double>(), im["peakRssKb"].get<double>() / 1024.0);
            std::fprintf(stderr, "%s: %s\n", label.c_str(), f.failure.c_str());
            return f;
        }
        f.versions = ex["versions"].get<std::uint64_t>();
        f.people = ex["people"].get<std::size_t>();
        f.bytes = ex["bytes"].get<std::uint64_t>();
        if (im["applied"].get<std::uint64_t>() != f.versions)
            std::fprintf(stderr, "warning: %s applied of %s versions\n", im["applied"].dump().c_str(),
                         ex["versions"].dump().c_str());
        f.exportSeconds.push_back(ex["seconds"].get<double>());
        f.importSeconds.push_back(im["seconds"].get<double>());
        f.exportPeakMb.push_back(ex["peakRssKb"].get<double>() / 1024.0);
        f.importPeakMb.push_back(im["peakRssKb"].get<double>() / 1024.0);
        std::fprintf(stderr, "%s: imported in %.1f s\n", label.c_str(), im["seconds"].get<double>());
        fs::remove_all(folder);
        f.lastPeerDb = peerDb;
        f.lastPeerId = peer;
    }
    return f;
}

// One clinic day at `store`: 30 people seen (8 care-process values each) and 60 people's
// demographics edited: 300 new versions.
std::size_t clinicDay(record::RecordStore& store, const base::Clock& clock, int day)
{
    std::vector<std::string> ids;
    {
        // People whose changes may travel (a withdrawn consent keeps them at the practice).
        auto st = store.connection().prepare(
            "SELECT id FROM patient WHERE sharing_consent = 'shared-care-team' ORDER BY id LIMIT 90 OFFSET ?");
        st->bind(1, static_cast<std::int64_t>(day) * 90);
        while (*st->step())
            ids.push_back(st->columnText(0));
    }
    struct Value
    {
        const char* code;
        double value;
        const char* unit;
        std::optional<double> value2;
    };
    const Value values[] = {{"999791000000106", 52, "mmol/mol", {}},
                            {"75367002", 134, "mm[Hg]", 78.0},
                            {"1005671000000105", 4.6, "mmol/L", {}},
                            {"1000731000000107", 84, "umol/L", {}},
                            {"1011481000000105", 71, "mL/min/{1.73_m2}", {}},
                            {"1023491000000104", 2.1, "mg/mmol", {}},
                            {"27113001", 82.4, "kg", {}},
                            {"60621009", 28.3, "kg/m2", {}}};
    std::size_t made = 0;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (i < 30) {
            record::ChangeSet cs("record-observation", ids[i]);
            for (const auto& v : values) {
                model::Observation o;
                o.id = base::newUuid();
                o.patientId = ids[i];
                o.code = v.code;
                o.effective = clock.today();
                o.value = v.value + static_cast<double>(day % 5);
                o.value2 = v.value2;
                o.unit = v.unit;
                cs.addObservation(o);
                ++made;
            }
            must(store.commit(cs), "record observations");
        } else {
            auto p = must(record::PatientRepository(store).patient(ids[i]), "read " + ids[i]);
            auto draft = record::PatientRegistration::draftFrom(p.value);
            draft.town = fmt::format("Riverside {}", day);
            must(record::PatientRegistration(store).update(ids[i], draft, p.headSeq), "edit " + ids[i]);
            ++made;
        }
    }
    return made;
}

// After a first full exchange: the peer's file back (its acknowledgement), then `days` clinic
// days, each exported and applied at the peer, timed from export start to applied.
json everyday(const FullExchange& f, const std::string& sender, const std::string& dir, int days,
              const base::Clock& clock)
{
    auto out = openStore(sender, clock, "nurse");
    auto peer = openStore(f.lastPeerDb, clock, "admin");
    const auto folder = dir + "/everyday-files";
    fs::remove_all(folder);
    fs::create_directories(folder);
    auto ack = [&] {
        auto back = must(exchange::ExchangeExport(*peer).toPeer(f.senderId, folder, kKeys), "export back");
        (void)must(exchange::ExchangeImport(*out).file(back.path, kKeys), "import back");
    };
    ack();
    std::vector<double> total, exportS, importS, ackS, unlockS;
    std::size_t versions = 0, made = 0;
    for (int day = 0; day < days; ++day) {
        made = clinicDay(*out, clock, day + 1);
        const auto start = Clock::now();
        auto w = must(exchange::ExchangeExport(*out).toPeer(f.lastPeerId, folder, kKeys), "everyday export");
        exportS.push_back(secondsSince(start));
        const auto importStart = Clock::now();
        auto applied = must(exchange::ExchangeImport(*peer).file(w.path, kKeys), "everyday import");
        importS.push_back(secondsSince(importStart));
        total.push_back(secondsSince(start));
        versions = w.versions;
        if (applied.report.applied != w.versions)
            std::fprintf(stderr, "warning: everyday applied %zu of %zu\n", applied.report.applied, w.versions);
        const auto ackStart = Clock::now();
        ack();
        ackS.push_back(secondsSince(ackStart));
        // What each side spends opening its sealed keys (Argon2id) before any version moves.
        const auto unlockStart = Clock::now();
        (void)must(exchange::SiteKeyStore(*out).unlock(kKeys), "unlock");
        unlockS.push_back(secondsSince(unlockStart));
    }
    fs::remove_all(folder);
    return {{"days", days},
            {"versionsMade", made},
            {"versions", versions},
            {"totalMs", median(total) * 1000},
            {"totalSecondsAll", total},
            {"keyUnlockMs", median(unlockS) * 1000},
            {"exportMs", median(exportS) * 1000},
            {"importMs", median(importS) * 1000},
            {"ackBackMs", median(ackS) * 1000}};
}

void printFull(const char* what, const json& j)
{
    if (j.contains("failure")) {
        std::printf("| first full exchange, %s | not done: %s |\n", what, j["failure"].get<std::string>().c_str());
        return;
    }
    std::printf(
        "| first full exchange, %s: %s versions of %s people | file %.1f MB (%.0f bytes/version); export %.2f s "
        "(%.0f versions/s, peak %.0f MB); import %.2f s (%.0f versions/s, peak %.0f MB); median of %s |\n",
        what, j["versions"].dump().c_str(), j["people"].dump().c_str(), j["fileBytes"].get<double>() / 1e6,
        j["bytesPerVersion"].get<double>(), j["exportSeconds"].get<double>(),
        j["exportVersionsPerSecond"].get<double>(), j["exportPeakMb"].get<double>(), j["importSeconds"].get<double>(),
        j["importVersionsPerSecond"].get<double>(), j["importPeakMb"].get<double>(), j["runs"].dump().c_str());
}

void printEveryday(const char* what, const json& j)
{
    std::printf("| everyday exchange, %s: one clinic day (%s versions) exported and applied at the peer | %.0f ms "
                "(export %.0f, import %.0f, each side's key unlock %.0f of it; acknowledgement back %.0f); median of "
                "%s | < 1 s "
                "|\n",
                what, j["versions"].dump().c_str(), j["totalMs"].get<double>(), j["exportMs"].get<double>(),
                j["importMs"].get<double>(), j["keyUnlockMs"].get<double>(), j["ackBackMs"].get<double>(),
                j["days"].dump().c_str());
}

} // namespace

int main(int argc, char** argv)
{
    std::vector<std::string> args(argv + 1, argv + argc);
    if (!args.empty() && args[0] == "--child")
        return child({args.begin() + 1, args.end()});
    std::string outDir = "bench-results", areaDb;
    int runs = 3, days = 5, areaRuns = 1;
    long memoryLimitMb = 8192;
    bool area = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const auto& a = args[i];
        auto next = [&] { return i + 1 < args.size() ? args[++i] : std::string(); };
        if (a == "--out")
            outDir = next();
        else if (a == "--runs")
            runs = std::max(1, std::stoi(next()));
        else if (a == "--days")
            days = std::max(1, std::stoi(next()));
        else if (a == "--area")
            area = true;
        else if (a == "--area-db")
            areaDb = next();
        else if (a == "--area-runs")
            areaRuns = std::max(1, std::stoi(next()));
        else if (a == "--memory-limit-mb")
            memoryLimitMb = std::stol(next());
        else {
            std::fprintf(stderr,
                         "usage: carehouse-exchange-bench [--out DIR] [--runs N] [--days N] [--area] "
                         "[--area-db PATH] [--area-runs N] [--memory-limit-mb N]\n");
            return 2;
        }
    }
    const std::string self = fs::read_symlink("/proc/self/exe").string();
    setenv("CAREHOUSE_BENCH_CHILD_LIMIT_MB", std::to_string(memoryLimitMb).c_str(), 1);
    const std::string dir = outDir + "/exchange";
    fs::create_directories(dir);
    base::SystemClock clock;
    json result;

    // 1. The practice: generated here (a few seconds), keys made, then full exchanges.
    const auto practice = dir + "/practice-800x5.carehouse";
    {
        removeDatabase(practice);
        auto store = must(record::RecordStore::open(practice, clock, record::RecordStore::OpenMode::CreateIfMissing),
                          "create practice");
        demo::DemoOptions options;
        options.people = 800;
        options.years = 5;
        options.seed = 2026;
        (void)must(demo::DemoPractice::build(*store, options), "demo practice");
    }
    ensureKeys(practice, clock);
    const auto full = fullExchanges(self, practice, dir, "practice", runs, clock);
    result["practice"] = full.toJson();
    std::fprintf(stderr, "practice: everyday exchange...\n");
    result["practiceEveryday"] = everyday(full, practice, dir, days, clock);

    // 2. The area: a copy of carehouse-bench's database (opening a copy starts a new incarnation).
    if (area) {
        if (areaDb.empty())
            areaDb = outDir + "/area-50000x5.carehouse";
        if (!fs::exists(areaDb)) {
            std::fprintf(stderr, "generating %s...\n", areaDb.c_str());
            auto store = must(record::RecordStore::open(areaDb, clock, record::RecordStore::OpenMode::CreateIfMissing),
                              "create area");
            demo::DemoOptions options;
            options.people = 50000;
            options.years = 5;
            options.seed = 2026;
            (void)must(demo::DemoPractice::build(*store, options), "demo area");
        }
        const auto sender = dir + "/area-sender.carehouse";
        removeDatabase(sender);
        // The original is never opened here (opening could migrate it): the file and any
        // write-ahead log beside it are copied as they are.
        fs::copy_file(areaDb, sender);
        if (fs::exists(areaDb + "-wal"))
            fs::copy_file(areaDb + "-wal", sender + "-wal");
        ensureKeys(sender, clock);
        const auto areaFull = fullExchanges(self, sender, dir, "area", areaRuns, clock);
        result["area"] = areaFull.toJson();
        if (areaFull.failure.empty()) {
            std::fprintf(stderr, "area: everyday exchange...\n");
            result["areaEveryday"] = everyday(areaFull, sender, dir, days, clock);
        }
        removeDatabase(sender);
        removeDatabase(areaFull.lastPeerDb);
        fs::remove_all(dir + "/area-files");
    }
    removeDatabase(full.lastPeerDb);
    removeDatabase(practice);
    fs::remove(dir + "/child-export.json");
    fs::remove(dir + "/child-import.json");

    std::ofstream(outDir + "/exchange-bench.json") << result.dump(2) << "\n";
    std::printf("\nCareHouse exchange benchmarks\n\n| measure | figure |\n|---|---|\n");
    printFull("practice (800 people x 5 years)", result["practice"]);
    printEveryday("practice", result["practiceEveryday"]);
    if (area) {
        printFull("area (50,000 people x 5 years)", result["area"]);
        if (result.contains("areaEveryday"))
            printEveryday("area", result["areaEveryday"]);
    }
    std::printf("\nJSON: %s/exchange-bench.json\n", outDir.c_str());
    return 0;
}
