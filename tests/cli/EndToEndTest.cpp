// Runs the built carehouse-cli binary as a separate process, as a script or a person would.
#include "core/base/Uuid.h"
#include "tests/cli/CliHarness.h"
#include "tests/support/TempDatabase.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <sqlite3.h>

using namespace carehouse;
using carehouse::testing::CliResult;
using carehouse::testing::firstLine;
using carehouse::testing::readWholeFile;
using carehouse::testing::TempDir;

namespace {

class Binary
{
public:
    Binary()
        : m_db(m_dir.file("practice.carehouse"))
    {
        REQUIRE_FALSE(testing::cliBinary().empty());
    }

    CliResult run(std::vector<std::string> args, const std::string& user = {},
                  const std::string& password = "password1", const std::string& input = {})
    {
        std::map<std::string, std::string> env = {{"HOME", m_dir.path()}, {"CAREHOUSE_DB", m_db}};
        if (!password.empty())
            env["CAREHOUSE_PASSWORD"] = password;
        if (!user.empty())
            args.insert(args.begin(), {"--user", user});
        return testing::runBinary(m_dir.path(), args, env, input);
    }
    const std::string& db() const { return m_db; }
    std::string file(const std::string& name) const { return m_dir.file(name); }
    const std::string& home() const { return m_dir.path(); }

private:
    TempDir m_dir;
    std::string m_db;
};

// Runs SQL on a file behind CareHouse's back, as a person with the sqlite3 tool might.
void execSql(const std::string& path, const std::string& sql)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    CHECK(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
}

} // namespace

TEST_CASE("end to end: init, add a user, register, find, show, edit, history and verify", "[cli][e2e]")
{
    Binary cli;
    auto init = cli.run({"init", "--site-name", "Riverside Surgery"}, "admin");
    REQUIRE(init.exit == 0);
    CHECK_THAT(init.out, Catch::Contains("Riverside Surgery"));
    CHECK(std::filesystem::exists(cli.home() + "/.local/share/CareHouse/carehouse-cli.log"));

    auto addUser = testing::runBinary(
        cli.home(), {"--user", "admin", "user", "add", "desk", "--role", "receptionist", "--name", "Front Desk"},
        {{"HOME", cli.home()},
         {"CAREHOUSE_DB", cli.db()},
         {"CAREHOUSE_PASSWORD", "password1"},
         {"CAREHOUSE_NEW_PASSWORD", "desk-pass1"}});
    REQUIRE(addUser.exit == 0);
    auto nurse = testing::runBinary(cli.home(), {"--user", "admin", "user", "add", "nurse", "--role", "nurse"},
                                    {{"HOME", cli.home()},
                                     {"CAREHOUSE_DB", cli.db()},
                                     {"CAREHOUSE_PASSWORD", "password1"},
                                     {"CAREHOUSE_NEW_PASSWORD", "nurse-pass"}});
    REQUIRE(nurse.exit == 0);

    auto add = cli.run({"patient", "add", "--family", "Nowak", "--given", "Łukasz", "--title", "Mr", "--dob",
                        "14/07/1945", "--nhs", "943 476 5919", "--gender", "male", "--town", "Leeds"},
                       "desk", "desk-pass1");
    REQUIRE(add.exit == 0);
    auto id = firstLine(add.out);
    CHECK(base::isUuid(id));

    // One process, several queries would hide a per-query bug; keep the launches few but real.
    for (std::string query : {"nowa", "lukasz", "nowak, łuk", "943 476 5919", "14/07/1945", "14-Jul-1945"}) {
        INFO(query);
        auto find = cli.run({"patient", "find", query}, "desk", "desk-pass1");
        CHECK(find.exit == 0);
        CHECK_THAT(find.out,
                   Catch::Contains("NOWAK, Łukasz (Mr)") && Catch::Contains("943 476 5919")
                       && Catch::Contains("14-Jul-1945") && Catch::Contains(id));
    }

    auto show = cli.run({"--json", "patient", "show", "9434765919"}, "desk", "desk-pass1");
    REQUIRE(show.exit == 0);
    auto shown = nlohmann::json::parse(show.out);
    CHECK(shown["id"] == id);
    CHECK(shown["name"] == "NOWAK, Łukasz (Mr)");

    auto edit = cli.run({"patient", "edit", id, "--family", "Nowak-Smith"}, "desk", "desk-pass1");
    REQUIRE(edit.exit == 0);
    CHECK_THAT(edit.out, Catch::Contains("Changed the family name from 'Nowak' to 'Nowak-Smith'"));

    auto history = cli.run({"history", "943 476 5919"}, "nurse", "nurse-pass");
    REQUIRE(history.exit == 0);
    CHECK_THAT(history.out, Catch::Contains("Changed the family name from 'Nowak' to 'Nowak-Smith'"));
    CHECK_THAT(history.out, Catch::Contains("by Front Desk (desk) at Riverside Surgery"));

    auto denied = cli.run({"diagnosis", "add", id, "--code", "44054006"}, "desk", "desk-pass1");
    CHECK(denied.exit == 5);
    CHECK(denied.err == "Permission denied: a receptionist may not record a diagnosis.\n");

    auto verify = cli.run({"verify"}, "admin");
    CHECK(verify.exit == 0);
    CHECK_THAT(verify.out, Catch::Contains("OK"));
    CHECK_THAT(verify.out, !Catch::Contains("FAILED"));

    // Someone edits the audit trail behind CareHouse's back.
    execSql(cli.db(), "UPDATE audit SET action = 'nothing-to-see' WHERE seq = 3");
    auto broken = cli.run({"verify"}, "admin");
    CHECK(broken.exit == 7);
    CHECK_THAT(broken.out, Catch::Contains("FAILED"));
}

TEST_CASE("end to end: invalid details give worded errors, non-zero exits and add nothing", "[cli][e2e]")
{
    Binary cli;
    REQUIRE(cli.run({"init", "--site-name", "Test"}, "admin").exit == 0);
    struct Case
    {
        std::vector<std::string> args;
        std::string message;
    };
    std::vector<Case> cases = {
        {{"--nhs", "943 476 5918", "--family", "Smith", "--dob", "01/01/1950"},
         "The NHS number '943 476 5918' is not valid: the check digit does not match.\n"},
        {{"--family", "Smith", "--dob", "01/01/2099"}, "is in the future"},
        {{"--family", "", "--dob", "01/01/1950"}, "The family name is required"},
        {{"--family", "Smith", "--dob", "31/02/1950"}, "'31/02/1950' is not a possible date"},
    };
    for (auto& c : cases) {
        std::vector<std::string> args = {"patient", "add", "--given", "Jo"};
        args.insert(args.end(), c.args.begin(), c.args.end());
        auto r = cli.run(args, "admin");
        INFO(r.err);
        CHECK(r.exit == 4);
        CHECK_THAT(r.err, Catch::Contains(c.message));
        CHECK(r.out.empty());
    }
    auto find = cli.run({"--json", "patient", "find", "smith"}, "admin");
    CHECK(find.exit == 0);
    CHECK(nlohmann::json::parse(find.out).empty());
}

TEST_CASE("end to end: a text file or a foreign SQLite file given as --db is refused byte for byte unchanged",
          "[cli][e2e]")
{
    Binary cli;
    auto text = cli.file("letter.txt");
    testing::writeWholeFile(text, "Dear Dr Smith,\n");
    auto foreign = cli.file("foreign.db");
    execSql(foreign, "CREATE TABLE x (y); INSERT INTO x VALUES (42);");
    for (const auto& path : {text, foreign}) {
        auto before = readWholeFile(path);
        auto r = cli.run({"--db", path, "patient", "find", "smith"}, "admin");
        CHECK(r.exit == 6);
        CHECK(r.err == "'" + path + "' is not a CareHouse database; it has not been changed.\n");
        auto init = cli.run({"--db", path, "init", "--site-name", "X"}, "admin");
        CHECK(init.exit == 6);
        CHECK(readWholeFile(path) == before);
    }
}

TEST_CASE("end to end: --password is refused and --help works on every command", "[cli][e2e]")
{
    Binary cli;
    auto pw = cli.run({"--user", "admin", "--password", "secret", "verify"});
    CHECK(pw.exit == 2);
    CHECK_THAT(pw.err, Catch::Contains("CAREHOUSE_PASSWORD"));
    CHECK_FALSE(std::filesystem::exists(cli.db()));

    auto help = cli.run({"--help"});
    CHECK(help.exit == 0);
    for (std::vector<std::string> args : std::vector<std::vector<std::string>>{{"init", "--help"},
                                                                               {"demo", "--help"},
                                                                               {"user", "add", "--help"},
                                                                               {"user", "list", "--help"},
                                                                               {"patient", "add", "--help"},
                                                                               {"patient", "find", "--help"},
                                                                               {"patient", "show", "--help"},
                                                                               {"patient", "edit", "--help"},
                                                                               {"diagnosis", "add", "--help"},
                                                                               {"history", "--help"},
                                                                               {"verify", "--help"},
                                                                               {"patient", "--help"},
                                                                               {"observe", "--help"},
                                                                               {"results", "import", "--help"},
                                                                               {"worklist", "--help"},
                                                                               {"invite", "--help"},
                                                                               {"appointment", "add", "--help"},
                                                                               {"results", "--help"}}) {
        auto r = cli.run(args);
        INFO(args[0]);
        CHECK(r.exit == 0);
        CHECK_THAT(r.out, Catch::StartsWith("Usage: carehouse-cli"));
    }
}

TEST_CASE("end to end: observe with a unit check, results import twice, worklist as CSV", "[cli][e2e]")
{
    Binary cli;
    REQUIRE(cli.run({"init", "--site-name", "Riverside Surgery"}, "admin").exit == 0);
    for (const auto& [user, role] :
         std::vector<std::pair<std::string, std::string>>{{"nurse", "nurse"}, {"desk", "receptionist"}}) {
        auto added = testing::runBinary(cli.home(), {"--user", "admin", "user", "add", user, "--role", role},
                                        {{"HOME", cli.home()},
                                         {"CAREHOUSE_DB", cli.db()},
                                         {"CAREHOUSE_PASSWORD", "password1"},
                                         {"CAREHOUSE_NEW_PASSWORD", "password1"}});
        REQUIRE(added.exit == 0);
    }
    auto add = cli.run(
        {"patient", "add", "--family", "Nowak", "--given", "Łukasz", "--dob", "14/07/1945", "--nhs", "943 476 5919"},
        "desk");
    REQUIRE(add.exit == 0);
    REQUIRE(
        cli.run({"patient", "add", "--family", "Lee", "--given", "Ann", "--dob", "02/01/1950", "--nhs", "485 777 3457"},
                "desk")
            .exit
        == 0);
    REQUIRE(cli.run({"diagnosis", "add", "9434765919", "--code", "44054006", "--onset", "01/03/2015"}, "nurse").exit
            == 0);
    REQUIRE(cli.run({"diagnosis", "add", "4857773457", "--code", "44054006", "--onset", "01/03/2016"}, "nurse").exit
            == 0);

    auto wrongUnit = cli.run({"observe", "943 476 5919", "hba1c", "7.5", "mmol/mol"}, "nurse");
    CHECK(wrongUnit.exit == 4);
    CHECK(wrongUnit.err
          == "HbA1c '7.5 mmol/mol' is outside the plausible range. Did you mean 58 mmol/mol? If the value really is "
             "right, add --confirm.\n");
    auto noUnit = cli.run({"observe", "9434765919", "hba1c", "7.5"}, "nurse");
    CHECK(noUnit.exit == 2);
    CHECK_THAT(noUnit.err, Catch::Contains("mmol/mol"));
    auto denied = cli.run({"observe", "9434765919", "hba1c", "58", "mmol/mol"}, "desk");
    CHECK(denied.exit == 5);
    auto observed = cli.run({"observe", "9434765919", "hba1c", "7.5", "%", "--date", "01/01/2020"}, "nurse");
    REQUIRE(observed.exit == 0);
    CHECK_THAT(observed.out, Catch::StartsWith("Recorded HbA1c 58 mmol/mol (converted from 7.5 %)"));

    auto labs = cli.file("labs.csv");
    testing::writeWholeFile(labs,
                            "NHS number,Date of birth,System,Code,Value,Unit,Effective date\n"
                            "9434765919,14/07/1945,http://loinc.org,4548-4,8.1,%,02/01/2020\n"
                            "4857773457,02/01/1950,http://loinc.org,14647-2,4.2,mmol/L,02/01/2020\n"
                            "4010232137,01/01/1950,http://loinc.org,59261-8,60,mmol/mol,02/01/2020\n");
    auto imported = cli.run({"results", "import", labs}, "nurse");
    INFO(imported.err);
    REQUIRE(imported.exit == 0);
    CHECK_THAT(imported.out,
               Catch::StartsWith("Read 3 results from labs.csv (CSV): 2 matched (1 converted from "
                                 "another unit, 0 fulfilled pending tests), 1 unmatched"));
    auto twice = cli.run({"--json", "results", "import", labs}, "nurse");
    REQUIRE(twice.exit == 0);
    auto report = nlohmann::json::parse(twice.out);
    CHECK(report["duplicates"] == 3);
    CHECK(report["matched"] == 0);
    CHECK(report["unmatched"] == 0);

    auto csv = cli.run({"worklist", "due", "--csv"}, "desk");
    REQUIRE(csv.exit == 0);
    CHECK(
        firstLine(csv.out)
        == "Name,NHS number,Born,Stage,Due,Days overdue,Invitations,Appointment,Tests awaited,Exception,Also reviewed");
    CHECK(std::count(csv.out.begin(), csv.out.end(), '\n') == 3);
    CHECK_THAT(csv.out, Catch::Contains("\"NOWAK, Łukasz\",943 476 5919,14-Jul-1945 (") && Catch::Contains(",Due,"));
    CHECK_THAT(csv.out, Catch::Contains("\"LEE, Ann\",485 777 3457,02-Jan-1950 ("));

    auto invite = cli.run({"invite", "943 476 5919", "--method", "letter"}, "desk");
    REQUIRE(invite.exit == 0);
    auto soon = cli.run({"invite", "943 476 5919", "--method", "sms"}, "desk");
    CHECK(soon.exit == 4);
    CHECK_THAT(soon.err, Catch::StartsWith("A second invitation can only go 7 days after the first: the earliest is"));

    CHECK(cli.run({"verify"}, "admin").exit == 0);
}
