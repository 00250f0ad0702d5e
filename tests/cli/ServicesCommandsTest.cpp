#include "tests/cli/CliHarness.h"
#include "tests/support/TempDatabase.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace carehouse;
using carehouse::testing::runInProcess;
using carehouse::testing::TempDatabase;

TEST_CASE("services list shows the directory by kind and locality, and names the kinds when one is unknown",
          "[cli][careplan]")
{
    TempDatabase db{model::Role::Nurse};
    auto run = [&](std::vector<std::string> args) {
        args.insert(args.begin(), {"--db", db.path(), "--user", "nurse"});
        return runInProcess(args, {{"CAREHOUSE_PASSWORD", TempDatabase::kPassword}, {"HOME", "/nonexistent"}},
                            db.clock());
    };
    auto all = run({"services", "list"});
    REQUIRE(all.exit == 0);
    CHECK_THAT(all.out,
               Catch::Contains("Walking group") && Catch::Contains("Community podiatry")
                   && Catch::Contains("Contact: 020 7946 0150"));
    auto walks = run({"services", "list", "--kind", "walking-group", "--locality", "Mill Road"});
    REQUIRE(walks.exit == 0);
    CHECK_THAT(walks.out, Catch::Contains("Mill Road women's walking group") && Catch::Contains("1 service."));
    CHECK_THAT(walks.out, !Catch::Contains("Riverside Park health walks"));
    auto json = run({"--json", "services", "list", "--kind", "podiatry"});
    REQUIRE(json.exit == 0);
    const auto list = nlohmann::json::parse(json.out);
    REQUIRE(list.size() == 1);
    CHECK(list[0]["referral"] == true);
    auto unknown = run({"services", "list", "--kind", "yoga"});
    CHECK(unknown.exit == 2);
    CHECK_THAT(unknown.err, Catch::Contains("'yoga' is not a kind of service") && Catch::Contains("podiatry"));
}
