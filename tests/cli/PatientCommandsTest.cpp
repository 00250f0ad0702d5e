#include "core/base/Uuid.h"
#include "core/record/PatientDirectory.h"
#include "tests/cli/CliHarness.h"
#include "tests/support/TempDatabase.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace carehouse;
using carehouse::testing::runInProcess;
using carehouse::testing::TempDatabase;

namespace {

struct Cli
{
    TempDatabase db{model::Role::Admin};
    testing::CliResult operator()(const std::string& user, std::vector<std::string> args)
    {
        args.insert(args.begin(), {"--db", db.path(), "--user", user});
        return runInProcess(args, {{"CAREHOUSE_PASSWORD", TempDatabase::kPassword}, {"HOME", "/nonexistent"}},
                            db.clock());
    }
    std::string addNowak(const std::string& user = "reception")
    {
        auto r
            = (*this)(user, {"patient",    "add",         "--family",   "Nowak", "--given",      "Łukasz",   "--title",
                             "Mr",         "--dob",       "14/07/1945", "--nhs", "943 476 5919", "--gender", "male",
                             "--address1", "1 Mill Lane", "--town",     "Leeds", "--postcode",   "ls1 4ab"});
        REQUIRE(r.exit == 0);
        auto id = r.out.substr(0, r.out.size() - 1);
        REQUIRE(base::isUuid(id));
        return id;
    }
    long long people()
    {
        auto n = record::PatientDirectory(db.store()).count();
        REQUIRE(n.ok());
        return *n;
    }
};

} // namespace

TEST_CASE("patient add prints only the new record id, and --json an object", "[cli]")
{
    Cli cli;
    auto r = cli(
        "reception",
        {"patient", "add", "--family", "Nowak", "--given", "Łukasz", "--dob", "14/07/1945", "--nhs", "943 476 5919"});
    REQUIRE(r.exit == 0);
    CHECK(base::isUuid(r.out.substr(0, r.out.size() - 1)));
    CHECK(r.out.back() == '\n');
    CHECK_THAT(r.err, Catch::Contains("Registered NOWAK, Łukasz"));

    auto j = cli("reception", {"--json", "patient", "add", "--family", "Lee", "--given", "Ann", "--dob", "1950-01-02"});
    REQUIRE(j.exit == 0);
    auto parsed = nlohmann::json::parse(j.out);
    CHECK(base::isUuid(parsed["id"].get<std::string>()));
    CHECK(parsed["name"] == "LEE, Ann");
    CHECK(parsed["birthDate"] == "1950-01-02");
    CHECK(cli.people() == 2);
}

TEST_CASE("patient find matches a prefix, accents, 'family, given', NHS numbers and dates of birth", "[cli]")
{
    Cli cli;
    auto id = cli.addNowak();
    for (std::string query :
         {"now", "lukasz", "Łukasz", "nowak, luk", "943 476 5919", "9434765919", "14/07/1945", "14-Jul-1945"}) {
        INFO(query);
        auto r = cli("reception", {"patient", "find", query});
        REQUIRE(r.exit == 0);
        CHECK_THAT(r.out, Catch::Contains("NOWAK, Łukasz (Mr)"));
        CHECK_THAT(r.out, Catch::Contains("14-Jul-1945"));
        CHECK_THAT(r.out, Catch::Contains("81y"));
        CHECK_THAT(r.out, Catch::Contains("Male"));
        CHECK_THAT(r.out, Catch::Contains("943 476 5919"));
        CHECK_THAT(r.out, Catch::Contains(id));
    }
    auto none = cli("reception", {"patient", "find", "smith"});
    CHECK(none.exit == 0);
    CHECK_THAT(none.out, Catch::Contains("No one on the register matches 'smith'"));

    auto j = cli("reception", {"patient", "find", "nowak", "--json"});
    REQUIRE(j.exit == 0);
    auto arr = nlohmann::json::parse(j.out);
    REQUIRE(arr.size() == 1);
    CHECK(arr[0]["id"] == id);
    CHECK(arr[0]["nhsNumberDisplay"] == "943 476 5919");
    CHECK(arr[0]["born"] == "14-Jul-1945");

    auto bad = cli("reception", {"patient", "find", "31/02/1950"});
    CHECK(bad.exit == 4);
    CHECK_THAT(bad.err, Catch::Contains("'31/02/1950' is not a possible date"));
}

TEST_CASE("patient show gives the banner, consent, address and every care process", "[cli]")
{
    Cli cli;
    cli.addNowak();
    auto r = cli("nurse", {"patient", "show", "943", "476", "5919"});
    REQUIRE(r.exit == 0);
    CHECK_THAT(r.out,
               Catch::StartsWith("NOWAK, Łukasz (Mr)\nBorn 14-Jul-1945 (81y) · Male · NHS number 943 476 5919\n"));
    CHECK_THAT(r.out, Catch::Contains("Not on the diabetes register"));
    CHECK_THAT(r.out, Catch::Contains("Sharing consent:     Not recorded"));
    CHECK_THAT(r.out, Catch::Contains("1 Mill Lane, Leeds, LS1 4AB"));
    CHECK_THAT(r.out, Catch::Contains("HbA1c"));
    CHECK_THAT(r.out, Catch::Contains("Not recorded"));

    auto j = cli("nurse", {"patient", "show", "9434765919", "--json"});
    REQUIRE(j.exit == 0);
    auto s = nlohmann::json::parse(j.out);
    CHECK(s["address"]["postcode"] == "LS1 4AB");
    CHECK(s["diabetes"].is_null());
    CHECK(s["careProcesses"].size() >= 9);
    CHECK(s["careProcesses"][0]["recorded"] == false);

    auto missing = cli("nurse", {"patient", "show", "401 023 2137"});
    CHECK(missing.exit == 3);
    CHECK_THAT(missing.err, Catch::Contains("No patient was found for '401 023 2137'"));
}

TEST_CASE("a restricted record never shows its address", "[cli]")
{
    Cli cli;
    auto add = cli("reception",
                   {"patient", "add", "--family", "Hidden", "--given", "Ann", "--dob", "01/02/1960", "--address1",
                    "12 Secret Road", "--postcode", "ZZ1 1ZZ", "--restricted"});
    REQUIRE(add.exit == 0);
    auto id = add.out.substr(0, add.out.size() - 1);
    auto r = cli("gp", {"patient", "show", id});
    REQUIRE(r.exit == 0);
    CHECK_THAT(r.out, Catch::Contains("restricted record"));
    CHECK_THAT(r.out, !Catch::Contains("Secret") && !Catch::Contains("ZZ1"));
    auto j = cli("gp", {"patient", "show", id, "--json"});
    CHECK_THAT(j.out, !Catch::Contains("Secret") && !Catch::Contains("ZZ1"));
    auto f = cli("gp", {"patient", "find", "hidden", "--json"});
    CHECK_THAT(f.out, !Catch::Contains("ZZ1"));
}

TEST_CASE("patient edit changes only the given fields and history says who changed what", "[cli]")
{
    Cli cli;
    auto id = cli.addNowak();
    auto r = cli("reception", {"patient", "edit", id, "--town", "York", "--phone", "0113 496 0000"});
    REQUIRE(r.exit == 0);
    CHECK_THAT(r.out, Catch::Contains("Changed the town from 'Leeds' to 'York'"));
    CHECK_THAT(r.out, Catch::Contains("Set the phone number to '0113 496 0000'"));

    auto show = cli("reception", {"patient", "show", id, "--json"});
    auto s = nlohmann::json::parse(show.out);
    CHECK(s["address"]["town"] == "York");
    CHECK(s["address"]["line1"] == "1 Mill Lane");
    CHECK(s["givenName"] == "Łukasz");
    CHECK(s["nhsNumber"] == "9434765919");

    auto same = cli("reception", {"patient", "edit", id, "--town", "York"});
    CHECK(same.exit == 0);
    CHECK_THAT(same.out, Catch::Contains("Nothing changed"));

    auto nothing = cli("reception", {"patient", "edit", id});
    CHECK(nothing.exit == 2);

    auto h = cli("nurse", {"history", "943 476 5919"});
    REQUIRE(h.exit == 0);
    CHECK_THAT(h.out, Catch::Contains("Changed the town from 'Leeds' to 'York'"));
    CHECK_THAT(h.out, Catch::Contains("Test reception (reception) at Test Practice"));
    CHECK_THAT(h.out, Catch::Contains("Registered NOWAK, Łukasz (Mr), born 14-Jul-1945"));
    CHECK_THAT(h.out, Catch::Contains("23-Nov-2026 12:00"));
    // Newest first
    CHECK(h.out.find("York") < h.out.find("Registered"));

    auto hj = cli("nurse", {"history", id, "--json"});
    auto entries = nlohmann::json::parse(hj.out);
    REQUIRE(entries.size() == 2);
    CHECK(entries[0]["author"] == "reception");
    CHECK(entries[0]["created"] == false);
}

TEST_CASE("a receptionist may not record a diagnosis but a nurse may", "[cli]")
{
    Cli cli;
    auto id = cli.addNowak();
    auto denied = cli("reception", {"diagnosis", "add", id, "--code", "44054006"});
    CHECK(denied.exit == 5);
    CHECK(denied.err == "Permission denied: a receptionist may not record a diagnosis.\n");
    CHECK(denied.out.empty());

    auto unknown = cli("nurse", {"diagnosis", "add", id, "--code", "12345"});
    CHECK(unknown.exit == 4);
    CHECK_THAT(unknown.err, Catch::Contains("'12345'"));

    auto ok = cli("nurse", {"diagnosis", "add", "943 476 5919", "--code", "44054006", "--onset", "01/03/2015"});
    REQUIRE(ok.exit == 0);
    CHECK(base::isUuid(ok.out.substr(0, ok.out.size() - 1)));

    auto show = cli("nurse", {"patient", "show", id});
    CHECK_THAT(show.out, Catch::Contains("Type 2 diabetes mellitus (since 01-Mar-2015)"));
    auto h = cli("nurse", {"history", id});
    CHECK_THAT(h.out, Catch::Contains("Recorded the diagnosis Type 2 diabetes mellitus"));
}

TEST_CASE("invalid details are refused in words, with a non-zero exit, and nothing is added", "[cli]")
{
    Cli cli;
    struct Case
    {
        std::vector<std::string> extra;
        int exit;
        std::string message;
    };
    std::vector<Case> cases = {
        {{"--family", "Smith", "--dob", "01/01/1950", "--nhs", "943 476 5918"},
         4,
         "The NHS number '943 476 5918' is not valid: the check digit does not match."},
        {{"--family", "Smith", "--dob", "01/01/2090"}, 4, "The date of birth '01/01/2090' is in the future."},
        {{"--family", "", "--dob", "01/01/1950"}, 4, "The family name is required"},
        {{"--family", "Smith", "--dob", "31/02/1950"}, 4, "The date of birth '31/02/1950' is not a possible date"},
        {{"--family", "Smith", "--dob", "1/1/50"}, 4, "write it day first"},
        {{"--family", "Smith", "--dob", "01/01/1950", "--gender", "x"}, 4, "The gender 'x'"},
        {{"--family", "Smith", "--dob", "01/01/1950", "--consent", "maybe"}, 4, "The sharing consent 'maybe'"},
    };
    for (const auto& c : cases) {
        std::vector<std::string> args = {"patient", "add", "--given", "Jo"};
        args.insert(args.end(), c.extra.begin(), c.extra.end());
        auto r = cli("reception", args);
        INFO(r.err);
        CHECK(r.exit == c.exit);
        CHECK_THAT(r.err, Catch::Contains(c.message));
        CHECK_THAT(r.err, Catch::Contains("Nothing was saved."));
        CHECK(r.out.empty());
    }
    CHECK(cli.people() == 0);

    // Every problem at once
    auto many = cli("reception", {"patient", "add", "--family", "", "--given", "", "--dob", "31/02/1950"});
    CHECK_THAT(many.err,
               Catch::Contains("family name") && Catch::Contains("given name") && Catch::Contains("31/02/1950"));

    // A duplicate NHS number is refused too
    cli.addNowak();
    auto dup = cli(
        "reception",
        {"patient", "add", "--family", "Other", "--given", "Person", "--dob", "01/01/1960", "--nhs", "9434765919"});
    CHECK(dup.exit == 4);
    CHECK_THAT(dup.err, Catch::Contains("already has the NHS number 943 476 5919"));
    CHECK(cli.people() == 1);

    // --dry-run checks and saves nothing
    auto dry
        = cli("reception", {"patient", "add", "--family", "Dry", "--given", "Run", "--dob", "01/01/1960", "--dry-run"});
    CHECK(dry.exit == 0);
    CHECK_THAT(dry.out, Catch::Contains("Nothing was saved"));
    CHECK(cli.people() == 1);
}

TEST_CASE("patient show flags a value above target in words", "[cli]")
{
    Cli cli;
    auto id = cli.addNowak();
    model::Observation o;
    o.id = base::newUuid();
    o.patientId = id;
    o.code = "75367002";
    o.effective = *base::CivilDate::fromYmd(2026, 10, 1);
    o.value = 152;
    o.value2 = 88;
    o.unit = "mm[Hg]";
    record::ChangeSet cs("record-observation", id);
    cs.addObservation(o);
    cli.db.loginAs(model::Role::Nurse);
    REQUIRE(cli.db.store().commit(cs).ok());
    auto r = cli("nurse", {"patient", "show", "9434765919"});
    REQUIRE(r.exit == 0);
    CHECK_THAT(r.out, Catch::Contains("152/88 mmHg"));
    CHECK_THAT(r.out, Catch::Contains("! Above target (140/80 mmHg or less)"));
    auto j = nlohmann::json::parse(cli("nurse", {"patient", "show", "9434765919", "--json"}).out);
    bool found = false;
    for (const auto& row : j["careProcesses"])
        if (row["code"] == "75367002") {
            found = true;
            CHECK(row["flag"] == "Above target (140/80 mmHg or less)");
        }
    CHECK(found);
}
