#include "app/cli/ArgumentParser.h"

#include "app/cli/TextTable.h"

#include <catch2/catch.hpp>
#include <sstream>

using namespace carehouse::cli;

namespace {

ArgumentParser showParser()
{
    return ArgumentParser("patient show", {{"limit", "N", "How many."}, {"json", "", "JSON."}},
                          {{"ID|NHSNUMBER", "Who.", true, true}});
}

} // namespace

TEST_CASE("options take values with a space or an equals sign, flags take none", "[cli]")
{
    auto o = showParser().parse({"--limit", "5", "abc", "--json"});
    REQUIRE(o.problem.empty());
    CHECK(o.args.value("limit") == "5");
    CHECK(o.args.flag("json"));
    CHECK(o.args.positional(0) == "abc");

    o = showParser().parse({"--limit=7", "x"});
    CHECK(o.args.value("limit") == "7");

    o = showParser().parse({"--json=yes", "x"});
    CHECK_THAT(o.problem, Catch::Contains("takes no value"));
}

TEST_CASE("a variadic argument joins the remaining words so NHS numbers need no quotes", "[cli]")
{
    auto o = showParser().parse({"943", "476", "5919"});
    REQUIRE(o.problem.empty());
    CHECK(o.args.positional(0) == "943 476 5919");
}

TEST_CASE("missing arguments, missing values and unknown options are reported in words", "[cli]")
{
    CHECK_THAT(showParser().parse({}).problem, Catch::Contains("'patient show' needs ID|NHSNUMBER"));
    CHECK_THAT(showParser().parse({"x", "--limit"}).problem, Catch::Contains("needs a value (N)"));
    CHECK_THAT(showParser().parse({"x", "--nope"}).problem, Catch::Contains("does not take the option '--nope'"));
    CHECK(showParser().parse({"x", "--help"}).help);
    CHECK(showParser().parse({"--", "--help"}).args.positional(0) == "--help");
}

TEST_CASE("a password option is recognised in every spelling", "[cli]")
{
    CHECK(ArgumentParser::isPasswordOption("--password"));
    CHECK(ArgumentParser::isPasswordOption("--password=x"));
    CHECK_FALSE(ArgumentParser::isPasswordOption("--passwordless"));
    CHECK_THAT(showParser().parse({"x", "--password", "y"}).problem, Catch::Contains("CAREHOUSE_PASSWORD"));
}

TEST_CASE("a text table lines up columns by characters, not bytes", "[cli]")
{
    TextTable t({"Name", "Born"});
    t.addRow({"NOWAK, Łukasz", "14-Jul-1945"});
    t.addRow({"SMITH, Jo", "01-Jan-1950"});
    std::ostringstream out;
    t.print(out);
    CHECK(out.str()
          == "Name           Born\n"
             "NOWAK, Łukasz  14-Jul-1945\n"
             "SMITH, Jo      01-Jan-1950\n");
}
