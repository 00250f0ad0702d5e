// An import or an export killed at a random moment (power cut, task manager): the record is
// never half-applied, no half-written exchange file is ever published, and doing it again
// applies everything exactly once.

#include "core/exchange/EnvelopeReader.h"
#include "core/record/IntegrityCheck.h"
#include "tests/support/KeyedSite.h"

#include <catch2/catch.hpp>
#include <chrono>
#include <csignal>
#include <filesystem>
#include <random>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace carehouse;
using testing::KeyedSite;

namespace {

std::int64_t journalCount(record::RecordStore& s)
{
    return *s.connection().scalarInt("SELECT count(*) FROM journal");
}

// Runs `work` in a child process on its own connection to `path`, and kills it after `delay`
// unless it has finished. True when it was killed before finishing.
template <typename Work>
bool runAndKill(const std::string& path, std::chrono::microseconds delay, Work work)
{
    const pid_t pid = fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        base::FixedClock clock(testing::kTestNow + 3'600'000);
        auto store = record::RecordStore::open(path, clock);
        if (!store || !(*store)->login("gp", testing::TempDatabase::kPassword))
            _exit(3);
        _exit(work(**store) ? 0 : 4);
    }
    int status = 0;
    const auto until = std::chrono::steady_clock::now() + delay;
    pid_t done = 0;
    while (done == 0 && std::chrono::steady_clock::now() < until) {
        done = waitpid(pid, &status, WNOHANG);
        if (done == 0)
            std::this_thread::sleep_for(std::chrono::microseconds(200));
    }
    if (done == 0) {
        kill(pid, SIGKILL);
        REQUIRE(waitpid(pid, &status, 0) == pid);
    }
    if (WIFEXITED(status)) {
        CHECK(WEXITSTATUS(status) == 0);
        return false;
    }
    return true;
}

} // namespace

TEST_CASE("An import killed at random points applies everything or nothing, and once when repeated",
          "[property][sync][fault]")
{
    KeyedSite practice("Riverside Medical Practice");
    KeyedSite team("Community Diabetes Team");
    practice.addPeer(team);
    team.addPeer(practice);
    testing::TempDir folder;
    std::vector<std::string> people;
    for (int n = 0; n < 150; ++n) {
        people.push_back(testing::registerPerson(practice.site(), 200 + n));
        REQUIRE(testing::moveTo(practice.site(), people.back(), "Mill Road").ok());
    }
    auto file = practice.exportTo(team, folder.path());
    REQUIRE(file.ok());
    const auto before = journalCount(team.store());
    const auto after = before + static_cast<std::int64_t>(file->versions);

    // Each attempt works on its own copy of the community team's record as it was before.
    testing::TempDir scratch;
    int copies = 0;
    auto freshCopy = [&] {
        const auto path = scratch.file("copy" + std::to_string(copies++) + ".carehouse");
        REQUIRE(team.store().connection().exec("VACUUM INTO '" + path + "'").ok());
        return path;
    };
    auto importIn = [&](record::RecordStore& s) {
        return exchange::ExchangeImport(s).file(file->path, testing::kKeyPassphrase).ok();
    };
    // How long a whole import takes here (process start included), so the kills land inside it.
    const auto started = std::chrono::steady_clock::now();
    CHECK_FALSE(runAndKill(freshCopy(), std::chrono::seconds(120), importIn));
    const auto whole
        = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - started);

    std::mt19937 rng(20261201);
    int killed = 0;
    base::FixedClock clock(testing::kTestNow + 3'600'000);
    for (int attempt = 0; attempt < 6; ++attempt) {
        const auto path = freshCopy();
        const auto delay = std::chrono::microseconds(rng() % static_cast<unsigned>(whole.count() + 1));
        killed += runAndKill(path, delay, importIn) ? 1 : 0;
        INFO("attempt " << attempt << ", killed after " << delay.count() << " us of " << whole.count());
        auto opened = record::RecordStore::open(path, clock);
        REQUIRE(opened.ok());
        auto& s = **opened;
        REQUIRE(s.login("gp", testing::TempDatabase::kPassword).ok());
        const auto now = journalCount(s);
        CHECK((now == before || now == after));
        auto check = record::IntegrityCheck(s).run();
        REQUIRE(check.ok());
        CHECK(check->ok());
        // Whatever happened, importing again leaves it applied exactly once.
        auto again = exchange::ExchangeImport(s).file(file->path, testing::kKeyPassphrase);
        REQUIRE(again.ok());
        CHECK(journalCount(s) == after);
        CHECK(again->report.applied + again->report.alreadyHeld == file->versions);
        CHECK(exchange::ExchangeImport(s).file(file->path, testing::kKeyPassphrase)->report.applied == 0);
    }
    CHECK(killed >= 3); // the test is about the ones killed part way
    REQUIRE(team.importFile(file->path).ok());
    CHECK(testing::townOf(team.site(), people.back()) == "Mill Road");
}

TEST_CASE("An export killed at random points never leaves a half-written exchange file to be read",
          "[property][sync][fault]")
{
    KeyedSite practice("Riverside Medical Practice");
    KeyedSite team("Community Diabetes Team");
    practice.addPeer(team);
    team.addPeer(practice);
    for (int n = 0; n < 150; ++n)
        (void)testing::registerPerson(practice.site(), 400 + n);
    testing::TempDir folder;
    std::mt19937 rng(7);
    for (int attempt = 0; attempt < 5; ++attempt) {
        const auto delay = std::chrono::microseconds(rng() % 1'000'000);
        (void)runAndKill(practice.store().path(), delay, [&](record::RecordStore& s) {
            return exchange::ExchangeExport(s).toPeer(team.uuid(), folder.path(), testing::kKeyPassphrase).ok();
        });
    }
    // Every published file is whole: it verifies and imports; leftovers are hidden partial files.
    int published = 0;
    for (const auto& entry : std::filesystem::directory_iterator(folder.path())) {
        const auto name = entry.path().filename().string();
        if (entry.path().extension() != ".chx") {
            CHECK(name.rfind('.', 0) == 0); // a hidden ".…partial" temporary, never a .chx
            continue;
        }
        ++published;
        auto applied = team.importFile(entry.path().string());
        INFO(name << ": " << (applied.ok() ? "" : applied.error().describe()));
        CHECK(applied.ok());
    }
    auto finalExport = practice.exportTo(team, folder.path());
    REQUIRE(finalExport.ok());
    REQUIRE(team.importFile(finalExport->path).ok());
    CHECK(*team.store().connection().scalarInt("SELECT count(*) FROM patient") == 150);
    CAPTURE(published);
}
