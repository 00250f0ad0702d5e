#include "core/record/IntegrityCheck.h"
#include "core/record/RecordStore.h"
#include "tests/support/TempDatabase.h"

#include <catch2/catch.hpp>
#include <csignal>
#include <cstdlib>
#include <map>
#include <random>
#include <set>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

using namespace carehouse;

namespace {

struct Writer
{
    pid_t pid = -1;
    int out = -1;
    std::string buffered;

    Writer(const std::string& db, long count = -1)
    {
        // CTest passes one environment variable per suite reliably; the build also bakes the path in.
        const char* exe = std::getenv("CAREHOUSE_CRASH_WRITER");
        if (!exe || !*exe)
            exe = CAREHOUSE_CRASH_WRITER_PATH;
        int fds[2];
        REQUIRE(pipe(fds) == 0);
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_adddup2(&actions, fds[1], 1);
        posix_spawn_file_actions_addclose(&actions, fds[0]);
        std::string countText = std::to_string(count);
        std::vector<char*> argv{const_cast<char*>(exe),     const_cast<char*>(db.c_str()),
                                const_cast<char*>("nurse"), const_cast<char*>(testing::TempDatabase::kPassword),
                                countText.data(),           nullptr};
        REQUIRE(posix_spawn(&pid, exe, &actions, nullptr, argv.data(), environ) == 0);
        posix_spawn_file_actions_destroy(&actions);
        close(fds[1]);
        out = fds[0];
    }
    ~Writer() { close(out); }

    // Reads whole lines until one equals `line` (or the pipe closes).
    bool waitFor(const std::string& line)
    {
        char buf[4096];
        while (buffered.find(line + "\n") == std::string::npos) {
            auto n = read(out, buf, sizeof buf);
            if (n <= 0)
                return false;
            buffered.append(buf, static_cast<std::size_t>(n));
        }
        return true;
    }
    int waitExit()
    {
        char buf[4096];
        ssize_t n;
        while ((n = read(out, buf, sizeof buf)) > 0)
            buffered.append(buf, static_cast<std::size_t>(n));
        int status = 0;
        waitpid(pid, &status, 0);
        return status;
    }
    std::set<std::string> committed() const
    {
        std::set<std::string> ids;
        std::size_t pos = 0;
        const std::string tag = "committed ";
        while ((pos = buffered.find(tag, pos)) != std::string::npos) {
            auto end = buffered.find('\n', pos);
            if (end == std::string::npos)
                break; // a line cut by the kill: the commit may or may not have landed
            ids.insert(buffered.substr(pos + tag.size(), end - pos - tag.size()));
            pos = end;
        }
        return ids;
    }
};

std::map<std::string, long long> observationsPerWriterPatient(record::RecordStore& s)
{
    std::map<std::string, long long> out;
    auto st = s.connection().prepare("SELECT p.id, (SELECT count(*) FROM observation o WHERE o.patient_id = p.id) "
                                     "FROM patient p WHERE p.family_name = 'Crash'");
    while (*st->step())
        out[st->columnText(0)] = st->columnInt64(1);
    return out;
}

} // namespace

TEST_CASE("A writer killed mid-commit loses no committed change and leaves no partial one", "[crash]")
{
    testing::TempDatabase db(model::Role::Nurse);
    const std::string path = db.path();
    std::mt19937 rng(20261123);
    std::uniform_int_distribution<int> delayMs(1, 120);
    std::set<std::string> everCommitted;
    constexpr int kRounds = 20;
    for (int round = 0; round < kRounds; ++round) {
        Writer w(path);
        REQUIRE(w.waitFor("ready"));
        usleep(static_cast<useconds_t>(delayMs(rng) * 1000));
        kill(w.pid, SIGKILL);
        int status = w.waitExit();
        CHECK(WIFSIGNALED(status));
        auto ids = w.committed();
        everCommitted.insert(ids.begin(), ids.end());

        db.reopen();
        auto present = observationsPerWriterPatient(db.store());
        for (const auto& id : everCommitted) {
            INFO("round " << round << ": committed patient " << id);
            REQUIRE(present.count(id) == 1);
        }
        for (const auto& [id, observations] : present) {
            INFO("round " << round << ": patient " << id << " has a partial commit");
            REQUIRE(observations == 30);
        }
        auto report = record::IntegrityCheck(db.store()).run();
        REQUIRE(report.ok());
        INFO((report->problems.empty() ? std::string() : report->problems.front()));
        REQUIRE(report->ok());
    }
    CHECK(everCommitted.size() >= kRounds / 2); // the kills really landed between commits
}

TEST_CASE("Two CareHouse processes writing one database at once both land every change", "[crash]")
{
    testing::TempDatabase db(model::Role::Nurse);
    const std::string path = db.path();
    Writer a(path, 25), b(path, 25);
    CHECK(a.waitExit() == 0);
    CHECK(b.waitExit() == 0);
    CHECK(a.committed().size() == 25);
    CHECK(b.committed().size() == 25);
    db.reopen();
    CHECK(observationsPerWriterPatient(db.store()).size() == 50);
    CHECK(*db.store().connection().scalarInt("SELECT count(*) FROM journal")
          == *db.store().connection().scalarInt("SELECT count(DISTINCT counter) FROM journal"));
    auto report = record::IntegrityCheck(db.store()).run();
    REQUIRE(report.ok());
    CHECK(report->ok());
}
