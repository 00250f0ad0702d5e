#include "app/cli/CommandRegistry.h"

#include "tests/cli/CliHarness.h"

#include <catch2/catch.hpp>

using namespace carehouse;
using carehouse::testing::runInProcess;

namespace {

const std::map<std::string, std::string> kNoEnv = {{"HOME", "/nonexistent-carehouse-home"}};
base::FixedClock g_clock{1795435200000};

} // namespace

TEST_CASE("carehouse-cli --help lists every command with its summary", "[cli]")
{
    auto r = runInProcess({"--help"}, kNoEnv, g_clock);
    CHECK(r.exit == 0);
    auto registry = cli::CommandRegistry::standard();
    for (const auto& c : registry.commands()) {
        CHECK_THAT(r.out, Catch::Contains(c->name()));
        CHECK_THAT(r.out, Catch::Contains(c->summary()));
    }
    CHECK_THAT(r.out, Catch::Contains("--db PATH"));
    CHECK_THAT(r.out, Catch::Contains("CAREHOUSE_PASSWORD"));
}

TEST_CASE("every command's --help shows its usage, arguments and options and exits 0", "[cli]")
{
    auto registry = cli::CommandRegistry::standard();
    REQUIRE(registry.commands().size() == 57);
    for (const auto& c : registry.commands()) {
        INFO(c->name());
        std::vector<std::string> args;
        auto space = c->name().find(' ');
        if (space == std::string::npos) {
            args = {c->name(), "--help"};
        } else {
            args = {c->name().substr(0, space), c->name().substr(space + 1), "--help"};
        }
        auto r = runInProcess(args, kNoEnv, g_clock);
        CHECK(r.exit == 0);
        CHECK(r.err.empty());
        CHECK_THAT(r.out, Catch::StartsWith("Usage: carehouse-cli [--db PATH] [--user NAME] [--json] " + c->name()));
        for (const auto& o : c->options())
            CHECK_THAT(r.out, Catch::Contains("--" + o.name));
        for (const auto& a : c->arguments())
            CHECK_THAT(r.out, Catch::Contains(a.name));
        // help before the command works too
        auto before = args;
        before.pop_back();
        before.insert(before.begin(), "--help");
        CHECK(runInProcess(before, kNoEnv, g_clock).out == r.out);
    }
}

TEST_CASE("a group's --help lists the commands in that group", "[cli]")
{
    auto r = runInProcess({"patient", "--help"}, kNoEnv, g_clock);
    CHECK(r.exit == 0);
    for (const char* name : {"patient add", "patient find", "patient show", "patient edit"})
        CHECK_THAT(r.out, Catch::Contains(name));
    CHECK_THAT(r.out, !Catch::Contains("user add"));

    auto bare = runInProcess({"user"}, kNoEnv, g_clock);
    CHECK(bare.exit == 2);
    CHECK_THAT(bare.err, Catch::Contains("user list"));
}

TEST_CASE("an unknown command or option is a usage error with exit code 2", "[cli]")
{
    auto r = runInProcess({"frobnicate"}, kNoEnv, g_clock);
    CHECK(r.exit == 2);
    CHECK(r.err == "'frobnicate' is not a carehouse-cli command; see 'carehouse-cli --help'.\n");

    r = runInProcess({"patient", "delete", "x"}, kNoEnv, g_clock);
    CHECK(r.exit == 2);
    CHECK_THAT(r.err, Catch::Contains("'patient delete' is not a carehouse-cli command"));

    r = runInProcess({"patient", "find", "smith", "--colour", "red"}, kNoEnv, g_clock);
    CHECK(r.exit == 2);
    CHECK_THAT(r.err, Catch::Contains("'patient find' does not take the option '--colour'"));

    r = runInProcess({"patient", "add", "--family", "Smith"}, kNoEnv, g_clock);
    CHECK(r.exit == 2);
    CHECK_THAT(r.err, Catch::Contains("needs --given"));

    r = runInProcess({}, kNoEnv, g_clock);
    CHECK(r.exit == 2);
}

TEST_CASE("a password on the command line is refused wherever it appears", "[cli]")
{
    for (auto args :
         std::vector<std::vector<std::string>>{{"--password", "secret", "verify"},
                                               {"verify", "--password", "secret"},
                                               {"--user", "admin", "patient", "find", "smith", "--password=secret"},
                                               {"user", "add", "bob", "--role", "nurse", "--new-password", "x"}}) {
        auto r = runInProcess(args, kNoEnv, g_clock);
        CHECK(r.exit == 2);
        CHECK_THAT(r.err, Catch::Contains("CAREHOUSE_PASSWORD"));
        CHECK_THAT(r.err, Catch::Contains("never accepted on the command line"));
        CHECK(r.out.empty());
    }
}
