#include "tests/cli/CliHarness.h"
#include "tests/support/TempDatabase.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <sqlite3.h>

using namespace carehouse;
using carehouse::testing::readWholeFile;
using carehouse::testing::runInProcess;
using carehouse::testing::TempDatabase;
using carehouse::testing::TempDir;

namespace {

base::FixedClock g_clock{carehouse::testing::kTestNow};

std::map<std::string, std::string> env(const std::string& password = TempDatabase::kPassword)
{
    return {{"CAREHOUSE_PASSWORD", password}, {"HOME", "/nonexistent"}};
}

} // namespace

TEST_CASE("init creates a database and its administrator, and refuses to run twice", "[cli]")
{
    TempDir dir;
    auto path = dir.file("new.carehouse");
    auto r = runInProcess({"--db", path, "init", "--site-name", "Riverside Surgery"}, env(), g_clock);
    REQUIRE(r.exit == 0);
    CHECK_THAT(r.out, Catch::Contains("Riverside Surgery"));
    CHECK(std::filesystem::exists(path));

    auto again = runInProcess({"--db", path, "init", "--site-name", "Other"}, env(), g_clock);
    CHECK(again.exit == 6);
    CHECK_THAT(again.err, Catch::Contains("already set up for 'Riverside Surgery'"));

    auto list = runInProcess({"--db", path, "--user", "admin", "user", "list", "--json"}, env(), g_clock);
    REQUIRE(list.exit == 0);
    auto users = nlohmann::json::parse(list.out);
    REQUIRE(users.size() == 1);
    CHECK(users[0]["role"] == "admin");
}

TEST_CASE("init asks for the password twice when it is not in the environment", "[cli]")
{
    TempDir dir;
    auto path = dir.file("prompted.carehouse");
    std::map<std::string, std::string> noPassword = {{"HOME", "/nonexistent"}};
    auto mismatch = runInProcess({"--db", path, "--user", "boss", "init", "--site-name", "X"}, noPassword, g_clock,
                                 "password1\npassword2\n");
    CHECK(mismatch.exit == 4);
    CHECK_THAT(mismatch.err, Catch::Contains("do not match"));
    CHECK_FALSE(std::filesystem::exists(path));

    auto ok = runInProcess({"--db", path, "--user", "boss", "init", "--site-name", "X"}, noPassword, g_clock,
                           "longenough\nlongenough\n");
    CHECK(ok.exit == 0);
    CHECK_THAT(ok.err, Catch::Contains("New password for boss:"));
    CHECK_THAT(ok.err, !Catch::Contains("longenough"));

    auto login = runInProcess({"--db", path, "--user", "boss", "verify"}, noPassword, g_clock, "longenough\n");
    CHECK(login.exit == 0);
}

TEST_CASE("a file that is not a CareHouse database is refused and left unchanged", "[cli]")
{
    TempDir dir;
    auto text = dir.file("notes.txt");
    testing::writeWholeFile(text, "Shopping list\nmilk\n");
    auto foreign = dir.file("other.db");
    {
        sqlite3* db = nullptr;
        REQUIRE(sqlite3_open(foreign.c_str(), &db) == SQLITE_OK);
        REQUIRE(sqlite3_exec(db, "CREATE TABLE t (x); INSERT INTO t VALUES (1);", nullptr, nullptr, nullptr)
                == SQLITE_OK);
        sqlite3_close(db);
    }
    for (const auto& path : {text, foreign}) {
        auto before = readWholeFile(path);
        for (auto args : std::vector<std::vector<std::string>>{{"--db", path, "--user", "admin", "verify"},
                                                               {"--db", path, "init", "--site-name", "X"},
                                                               {"--db", path, "demo", "--people", "5"}}) {
            auto r = runInProcess(args, env(), g_clock);
            CHECK(r.exit == 6);
            CHECK(r.err == "'" + path + "' is not a CareHouse database; it has not been changed.\n");
        }
        CHECK(readWholeFile(path) == before);
        CHECK_FALSE(std::filesystem::exists(path + "-wal"));
    }
}

TEST_CASE("a missing database, a missing user and a wrong password are worded", "[cli]")
{
    TempDatabase db;
    auto missing = runInProcess({"--db", db.path() + ".nope", "--user", "admin", "verify"}, env(), g_clock);
    CHECK(missing.exit == 3);
    CHECK_THAT(missing.err, Catch::Contains("There is no CareHouse database at"));

    auto noUser = runInProcess({"--db", db.path(), "verify"}, env(), g_clock);
    CHECK(noUser.exit == 2);
    CHECK_THAT(noUser.err, Catch::Contains("--user NAME or set CAREHOUSE_USER"));

    auto fromEnv = runInProcess({"verify"},
                                {{"CAREHOUSE_PASSWORD", "password1"},
                                 {"CAREHOUSE_USER", "lead"},
                                 {"CAREHOUSE_DB", db.path()},
                                 {"HOME", "/nonexistent"}},
                                g_clock);
    CHECK(fromEnv.exit == 0);

    auto wrong = runInProcess({"--db", db.path(), "--user", "nurse", "verify"}, env("wrong-password"), g_clock);
    CHECK(wrong.exit == 9);
    CHECK_THAT(wrong.err, Catch::Contains("The username or password is wrong for 'nurse'"));

    auto noPassword = runInProcess({"--db", db.path(), "--user", "nurse", "verify"}, {{"HOME", "/x"}}, g_clock, "");
    CHECK(noPassword.exit == 2);
    CHECK_THAT(noPassword.err, Catch::Contains("set CAREHOUSE_PASSWORD"));
}

TEST_CASE("an administrator adds a user who can then log in, and others may not", "[cli]")
{
    TempDatabase db;
    auto e = env();
    e["CAREHOUSE_NEW_PASSWORD"] = "jaya-secret";
    auto r = runInProcess(
        {"--db", db.path(), "--user", "admin", "user", "add", "jpatel", "--role", "nurse", "--name", "Jaya Patel"}, e,
        g_clock);
    REQUIRE(r.exit == 0);
    CHECK_THAT(r.out, Catch::Contains("jpatel"));

    auto login = runInProcess({"--db", db.path(), "--user", "jpatel", "patient", "find", "smith"}, env("jaya-secret"),
                              g_clock);
    CHECK(login.exit == 0);

    auto dup
        = runInProcess({"--db", db.path(), "--user", "admin", "user", "add", "jpatel", "--role", "gp"}, e, g_clock);
    CHECK(dup.exit == 4);
    CHECK_THAT(dup.err, Catch::Contains("already a user called 'jpatel'"));

    auto badRole
        = runInProcess({"--db", db.path(), "--user", "admin", "user", "add", "x", "--role", "wizard"}, e, g_clock);
    CHECK(badRole.exit == 4);
    CHECK_THAT(badRole.err, Catch::Contains("The role 'wizard'"));

    auto nurse = runInProcess({"--db", db.path(), "--user", "nurse", "user", "add", "y", "--role", "gp"}, e, g_clock);
    CHECK(nurse.exit == 5);
    CHECK(nurse.err == "Permission denied: a nurse may not manage staff accounts.\n");

    auto list = runInProcess({"--db", db.path(), "--user", "admin", "user", "list"}, env(), g_clock);
    CHECK(list.exit == 0);
    CHECK_THAT(list.out, Catch::Contains("Jaya Patel") && Catch::Contains("reception"));
}

TEST_CASE("verify reports each check and fails when the audit trail was edited", "[cli]")
{
    TempDatabase db;
    auto ok = runInProcess({"--db", db.path(), "--user", "admin", "verify"}, env(), g_clock);
    REQUIRE(ok.exit == 0);
    CHECK_THAT(ok.out, Catch::Contains("Audit trail unbroken (hash chain):       OK"));

    {
        sqlite3* raw = nullptr;
        REQUIRE(sqlite3_open(db.path().c_str(), &raw) == SQLITE_OK);
        REQUIRE(sqlite3_exec(raw, "UPDATE audit SET username = 'mallory' WHERE seq = 2", nullptr, nullptr, nullptr)
                == SQLITE_OK);
        sqlite3_close(raw);
    }
    auto bad = runInProcess({"--db", db.path(), "--user", "admin", "verify", "--json"}, env(), g_clock);
    CHECK(bad.exit == 7);
    auto j = nlohmann::json::parse(bad.out);
    CHECK(j["ok"] == false);
    CHECK(j["audit"] == false);
    CHECK(j["auditBrokenAt"] == 2);
    CHECK_THAT(bad.err, Catch::Contains("failed verification"));
}
