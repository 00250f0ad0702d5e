#include "core/demo/DemoPractice.h"
#include "tests/cli/CliHarness.h"
#include "tests/support/TempDatabase.h"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <nlohmann/json.hpp>

using namespace carehouse;
using carehouse::testing::runInProcess;
using carehouse::testing::TempDir;

namespace {
base::FixedClock g_clock{carehouse::testing::kTestNow};
}

TEST_CASE("demo builds the practice, shows progress on a terminal and prints the logins", "[cli]")
{
    TempDir dir;
    auto path = dir.file("demo.carehouse");
    std::map<std::string, std::string> env = {{"HOME", dir.path()}};
    auto r
        = runInProcess({"--db", path, "demo", "--people", "20", "--years", "1", "--seed", "5"}, env, g_clock, {}, true);
    REQUIRE(r.exit == 0);
    CHECK_THAT(r.err, Catch::Contains("\rBuilding the demo practice: 100% (20 of 20 people)"));
    CHECK_THAT(r.out, Catch::Contains("People:        20"));
    CHECK_THAT(r.out, Catch::Contains("rows/s"));
    CHECK_THAT(r.out, Catch::Contains(demo::DemoPractice::kPassword));
    for (const auto& u : demo::DemoPractice::users())
        CHECK_THAT(r.out, Catch::Contains(u.username));

    env["CAREHOUSE_PASSWORD"] = demo::DemoPractice::kPassword;
    auto find = runInProcess({"--db", path, "--user", "gp", "patient", "find", "a", "--json"}, env, g_clock);
    REQUIRE(find.exit == 0);
    CHECK_FALSE(nlohmann::json::parse(find.out).empty());

    auto again = runInProcess({"--db", path, "demo", "--people", "20"}, env, g_clock);
    CHECK(again.exit != 0);
    CHECK_FALSE(again.err.empty());
}

TEST_CASE("demo --json gives the counts and never shows progress when stderr is not a terminal", "[cli]")
{
    TempDir dir;
    auto path = dir.file("demo.carehouse");
    auto r = runInProcess({"--db", path, "--json", "demo", "--people", "10", "--years", "1"}, {{"HOME", dir.path()}},
                          g_clock);
    REQUIRE(r.exit == 0);
    CHECK(r.err.empty());
    auto j = nlohmann::json::parse(r.out);
    CHECK(j["people"] == 10);
    CHECK(j["logins"].size() == demo::DemoPractice::users().size());

    auto bad = runInProcess({"--db", path, "demo", "--people", "lots"}, {{"HOME", dir.path()}}, g_clock);
    CHECK(bad.exit == 4);
    CHECK_THAT(bad.err, Catch::Contains("--people 'lots'"));
}

TEST_CASE("the man page lists every command and exit code", "[cli]")
{
    const char* resources = std::getenv("CAREHOUSE_RESOURCES");
    REQUIRE(resources != nullptr);
    auto page = testing::readWholeFile(std::string(resources) + "/../packaging/carehouse-cli.1");
    REQUIRE_FALSE(page.empty());
    auto registry = cli::CommandRegistry::standard();
    for (const auto& c : registry.commands())
        CHECK_THAT(page, Catch::Contains(".B " + c->name()));
    for (int code = 0; code <= 11; ++code)
        CHECK_THAT(page, Catch::Contains(".B " + std::to_string(code) + "\n"));
}
