// results import, inbox, review, unmatched, match and discard, run in-process.
#include "core/base/Uuid.h"
#include "core/record/PatientRegistration.h"
#include "core/record/PatientRepository.h"
#include "tests/cli/CliHarness.h"
#include "tests/support/TempDatabase.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace carehouse;
using carehouse::testing::runInProcess;
using carehouse::testing::TempDatabase;
using carehouse::testing::TempDir;
using carehouse::testing::writeWholeFile;

namespace {

constexpr const char* kHbA1c = "999791000000106";
constexpr const char* kHeader = "nhs_number,date_of_birth,system,code,value,unit,effective_date\n";

struct Lab
{
    TempDatabase db{model::Role::Nurse};
    TempDir files;
    std::string nowak;
    std::string lee;

    Lab()
    {
        nowak = add("Nowak", "Łukasz", "14/07/1945", "9434765919");
        lee = add("Lee", "Ann", "02/01/1950", "4857773457");
    }

    std::string add(const std::string& family, const std::string& given, const std::string& dob, const std::string& nhs)
    {
        record::PatientDraft d;
        d.familyName = family;
        d.givenName = given;
        d.birthDate = dob;
        d.nhsNumber = nhs;
        record::PatientRegistration registration(db.store());
        auto id = registration.registerPatient(d);
        REQUIRE(id.ok());
        REQUIRE(registration.addDiagnosis(*id, "44054006", "01/03/2015").ok());
        return *id;
    }

    testing::CliResult operator()(const std::string& user, std::vector<std::string> args)
    {
        args.insert(args.begin(), {"--db", db.path(), "--user", user});
        return runInProcess(args, {{"CAREHOUSE_PASSWORD", TempDatabase::kPassword}, {"HOME", "/nonexistent"}},
                            db.clock());
    }

    std::string file(const std::string& name, const std::string& content)
    {
        auto path = files.file(name);
        writeWholeFile(path, content);
        return path;
    }

    std::vector<model::Observation> hba1c(const std::string& patientId)
    {
        auto all = record::PatientRepository(db.store()).observations(patientId, kHbA1c);
        REQUIRE(all.ok());
        return *all;
    }
};

// Nowak: HbA1c in % (converted), creatinine, blood pressure; Lee: cholesterol; one person not
// registered here (unmatched); Nowak again with the wrong date of birth (unmatched).
std::string goodCsv()
{
    return std::string(kHeader)
        + "943 476 5919,14/07/1945,http://loinc.org,4548-4,8.1,%,20/11/2026\n"
          "9434765919,1945-07-14,http://snomed.info/sct,1000731000000107,92,umol/L,20/11/2026\n"
          "9434765919,14-Jul-1945,SNOMED,75367002,\"142/86\",mm[Hg],20/11/2026\n"
          "4857773457,02/01/1950,http://loinc.org,14647-2,4.2,mmol/L,19/11/2026\n"
          "4010232137,01/01/1950,http://loinc.org,59261-8,60,mmol/mol,20/11/2026\n"
          "9434765919,15/07/1945,http://loinc.org,59261-8,61,mmol/mol,21/11/2026\n";
}

} // namespace

TEST_CASE("results import prints the four counts and importing the same file again adds nothing", "[cli][results]")
{
    Lab cli;
    auto path = cli.file("labs.csv", goodCsv());
    auto r = cli("hca", {"results", "import", path});
    INFO(r.err);
    REQUIRE(r.exit == 0);
    CHECK(testing::firstLine(r.out)
          == "Read 6 results from labs.csv (CSV): 4 matched (1 converted from another unit, 0 fulfilled pending "
             "tests), 2 unmatched (in the unmatched results queue), 0 duplicates (already imported; nothing added), "
             "0 rejected.");
    CHECK(r.err.empty());
    auto hba1c = cli.hba1c(cli.nowak);
    REQUIRE(hba1c.size() == 1);
    CHECK(*hba1c[0].originalValue == 8.1);
    CHECK(hba1c[0].source == model::Observation::Source::Lab);

    auto again = cli("hca", {"results", "import", path});
    REQUIRE(again.exit == 0);
    CHECK(testing::firstLine(again.out)
          == "Read 6 results from labs.csv (CSV): 0 matched (0 converted from another unit, 0 fulfilled pending "
             "tests), 0 unmatched (in the unmatched results queue), 6 duplicates (already imported; nothing added), "
             "0 rejected.");
    CHECK_THAT(again.out, Catch::Contains("Nothing new to add"));
    CHECK(cli.hba1c(cli.nowak).size() == 1);

    auto j = cli("hca", {"--json", "results", "import", path});
    REQUIRE(j.exit == 0);
    auto report = nlohmann::json::parse(j.out);
    CHECK(report["duplicates"] == 6);
    CHECK(report["matched"] == 0);
    CHECK(report["format"] == "CSV");
    CHECK(report["problems"].empty());
}

TEST_CASE("results import --dry-run reports every count and saves nothing", "[cli][results]")
{
    Lab cli;
    auto path = cli.file("labs.csv", goodCsv());
    auto dry = cli("nurse", {"--json", "results", "import", path, "--dry-run"});
    REQUIRE(dry.exit == 0);
    auto report = nlohmann::json::parse(dry.out);
    CHECK(report["rows"] == 6);
    CHECK(report["matched"] == 4);
    CHECK(report["converted"] == 1);
    CHECK(report["unmatched"] == 2);
    CHECK(report["duplicates"] == 0);
    CHECK(report["rejected"] == 0);
    CHECK(report["saved"] == false);
    CHECK(report["dryRun"] == true);
    CHECK(cli.hba1c(cli.nowak).empty());
    auto text = cli("nurse", {"results", "import", path, "--dry-run"});
    CHECK_THAT(text.out, Catch::Contains("Nothing was saved (--dry-run)"));
    CHECK(cli.hba1c(cli.nowak).empty());
}

TEST_CASE("results import of a file with bad rows names each line and saves nothing unless --valid-rows",
          "[cli][results]")
{
    Lab cli;
    auto path = cli.file("bad.csv",
                         std::string(kHeader)
                             + "9434765919,14/07/1945,http://loinc.org,4548-4,7.9,%,20/11/2026\n"
                               "9434765919,14/07/1945,http://loinc.org,4548-4,abc,%,20/11/2026\n"
                               "9434765919,14/07/1945,http://loinc.org,9999-9,5,%,20/11/2026\n"
                               "9434765919,14/07/1945,http://loinc.org,59261-8,7.5,mmol/mol,19/11/2026\n"
                               "9434765919,14/07/1945,http://loinc.org,59261-8,60,mmol/mol,30/11/2026\n"
                               "9434765919,14/07/1945\n");
    auto r = cli("nurse", {"results", "import", path});
    CHECK(r.exit == 4);
    CHECK_THAT(r.out, Catch::Contains("1 matched") && Catch::Contains("5 rejected"));
    CHECK_THAT(r.err, Catch::Contains("bad.csv line 3: the value 'abc' is not a number"));
    CHECK_THAT(r.err, Catch::Contains("bad.csv line 4: the test code 'http://loinc.org|9999-9'"));
    CHECK_THAT(r.err,
               Catch::Contains("bad.csv line 5: HbA1c '7.5 mmol/mol' is outside the plausible range; it was "
                               "probably meant as 58 mmol/mol"));
    CHECK_THAT(r.err, Catch::Contains("bad.csv line 6") && Catch::Contains("in the future"));
    CHECK_THAT(r.err, Catch::Contains("bad.csv line 7: the row has only 2 columns"));
    CHECK_THAT(r.err,
               Catch::Contains("Nothing was imported because 5 rows have a problem")
                   && Catch::Contains("--valid-rows"));
    CHECK(cli.hba1c(cli.nowak).empty());

    auto j = cli("nurse", {"--json", "results", "import", path});
    CHECK(j.exit == 4);
    auto report = nlohmann::json::parse(j.out);
    REQUIRE(report["problems"].size() == 5);
    CHECK(report["problems"][0]["line"] == 3);
    CHECK(report["problems"][0]["field"] == "value");
    CHECK(report["saved"] == false);

    auto valid = cli("nurse", {"results", "import", path, "--valid-rows"});
    CHECK(valid.exit == 0);
    CHECK_THAT(valid.out, Catch::Contains("The 5 rows with problems were not imported"));
    CHECK(cli.hba1c(cli.nowak).size() == 1);
}

TEST_CASE("results import refuses a CSV it cannot read at all, naming the line", "[cli][results]")
{
    Lab cli;
    auto header = cli("nurse", {"results", "import", cli.file("header.csv", "nhs_number,code,value\n1,2,3\n")});
    CHECK(header.exit == 4);
    CHECK_THAT(header.err,
               Catch::Contains("header.csv") && Catch::Contains("line 1")
                   && Catch::Contains("has no 'date_of_birth' column"));
    auto quote = cli("nurse",
                     {"results", "import",
                      cli.file("quote.csv",
                               std::string(kHeader)
                                   + "9434765919,14/07/1945,LOINC,4548-4,7.9,%,20/11/2026\n"
                                     "9434765919,\"14/07/1945,LOINC,4548-4,7.9,%,20/11/2026\n")});
    CHECK(quote.exit == 4);
    CHECK_THAT(quote.err, Catch::Contains("quote.csv line 3") && Catch::Contains("never closed"));
    auto missing = cli("nurse", {"results", "import", cli.files.file("nowhere.csv")});
    CHECK(missing.exit == 3);
    CHECK_THAT(missing.err, Catch::Contains("nowhere.csv"));
    auto broken = cli("nurse", {"results", "import", cli.file("broken.json", "{\n  \"resourceType\": \"Bundle\",\n")});
    CHECK(broken.exit == 4);
    CHECK_THAT(broken.err, Catch::Contains("broken.json") && Catch::Contains("not valid JSON"));
    CHECK(cli.hba1c(cli.nowak).empty());
}

TEST_CASE("results import reads a FHIR R4 Bundle of Observations with their Patients", "[cli][results]")
{
    Lab cli;
    nlohmann::json bundle = {
        {"resourceType", "Bundle"},
        {"type", "collection"},
        {"entry",
         {{{"fullUrl", "urn:uuid:p1"},
           {"resource",
            {{"resourceType", "Patient"},
             {"id", "p1"},
             {"birthDate", "1945-07-14"},
             {"identifier", {{{"system", "https://fhir.nhs.uk/Id/nhs-number"}, {"value", "9434765919"}}}}}}},
          {{"resource",
            {{"resourceType", "Observation"},
             {"id", "o1"},
             {"status", "final"},
             {"code", {{"coding", {{{"system", "http://loinc.org"}, {"code", "4548-4"}}}}}},
             {"subject", {{"reference", "Patient/p1"}}},
             {"effectiveDateTime", "2026-11-20T09:30:00Z"},
             {"valueQuantity", {{"value", 7.5}, {"unit", "%"}, {"code", "%"}}}}}},
          {{"resource",
            {{"resourceType", "Observation"},
             {"id", "o2"},
             {"status", "final"},
             {"code", {{"coding", {{{"system", "http://loinc.org"}, {"code", "14647-2"}}}}}},
             {"subject", {{"identifier", {{"system", "https://fhir.nhs.uk/Id/nhs-number"}, {"value", "4010232137"}}}}},
             {"effectiveDateTime", "2026-11-20"},
             {"valueQuantity", {{"value", 5.1}, {"unit", "mmol/L"}, {"code", "mmol/L"}}}}}}}}};
    auto path = cli.file("bundle.json", bundle.dump(2));
    auto r = cli("hca", {"results", "import", path});
    INFO(r.err);
    REQUIRE(r.exit == 0);
    CHECK(testing::firstLine(r.out)
          == "Read 2 results from bundle.json (FHIR R4 JSON): 1 matched (1 converted from another unit, 0 fulfilled "
             "pending tests), 1 unmatched (in the unmatched results queue), 0 duplicates (already imported; nothing "
             "added), 0 rejected.");
    auto hba1c = cli.hba1c(cli.nowak);
    REQUIRE(hba1c.size() == 1);
    CHECK(*hba1c[0].value == Approx(58.47));

    // The same result as CSV the next day is the same result.
    auto csv = cli.file("again.csv", std::string(kHeader) + "9434765919,14/07/1945,LOINC,4548-4,7.5,%,20/11/2026\n");
    auto again = cli("hca", {"results", "import", csv});
    CHECK_THAT(again.out, Catch::Contains("1 duplicate (already imported"));
}

TEST_CASE("a clinical lead may not import results and a receptionist may not review them", "[cli][results]")
{
    Lab cli;
    auto path = cli.file("labs.csv", goodCsv());
    auto lead = cli("lead", {"results", "import", path});
    CHECK(lead.exit == 5);
    CHECK(lead.err
          == "Permission denied: a clinical lead may not import laboratory results or match them to patients.\n");
    REQUIRE(cli("hca", {"results", "import", path}).exit == 0);
    auto inbox = nlohmann::json::parse(cli("gp", {"--json", "results", "inbox"}).out);
    REQUIRE_FALSE(inbox.empty());
    auto reception = cli("reception", {"results", "review", inbox[0]["id"], "--file"});
    CHECK(reception.exit == 5);
    CHECK(reception.err == "Permission denied: a receptionist may not review laboratory results.\n");
}

TEST_CASE("results inbox lists results abnormal first, and review files them or marks them for action",
          "[cli][results]")
{
    Lab cli;
    REQUIRE(cli("hca", {"results", "import", cli.file("labs.csv", goodCsv())}).exit == 0);
    auto table = cli("gp", {"results", "inbox"});
    REQUIRE(table.exit == 0);
    CHECK_THAT(table.out,
               Catch::Contains("NOWAK, Łukasz") && Catch::Contains("65 mmol/mol (was 8.1 %)")
                   && Catch::Contains("Above target") && Catch::Contains("4 results waiting"));
    auto items = nlohmann::json::parse(cli("gp", {"--json", "results", "inbox"}).out);
    REQUIRE(items.size() == 4);
    CHECK_FALSE(items[0]["flag"].is_null()); // abnormal first
    CHECK(items[3]["flag"].is_null());

    const std::string first = items[0]["id"];
    const std::string second = items[1]["id"];
    auto filed = cli("gp", {"results", "review", first, "--file", "--comment", "Seen"});
    REQUIRE(filed.exit == 0);
    CHECK(filed.out == "Filed result " + first + ".\n");
    auto action = cli("nurse", {"results", "review", second, "--action", "Book a GP review"});
    REQUIRE(action.exit == 0);
    CHECK_THAT(action.out, Catch::Contains("needing action: Book a GP review"));
    CHECK(nlohmann::json::parse(cli("gp", {"--json", "results", "inbox"}).out).size() == 2);

    auto twice = cli("gp", {"results", "review", first, "--file"});
    CHECK(twice.exit == 10);
    CHECK_THAT(twice.err, Catch::Contains("already been reviewed"));
    auto neither = cli("gp", {"results", "review", first});
    CHECK(neither.exit == 2);
    auto both = cli("gp", {"results", "review", first, "--file", "--action", "x"});
    CHECK(both.exit == 2);
    auto unknown = cli("gp", {"results", "review", base::newUuid(), "--file"});
    CHECK(unknown.exit == 3);
}

TEST_CASE("results unmatched lists the queue, match attaches a result and discard closes one", "[cli][results]")
{
    Lab cli;
    REQUIRE(cli("hca", {"results", "import", cli.file("labs.csv", goodCsv())}).exit == 0);
    auto table = cli("hca", {"results", "unmatched"});
    REQUIRE(table.exit == 0);
    CHECK_THAT(table.out,
               Catch::Contains("4010232137") && Catch::Contains("NHS number not registered here")
                   && Catch::Contains("Date of birth differs") && Catch::Contains("labs.csv")
                   && Catch::Contains("2 results in the unmatched results queue"));
    auto queue = nlohmann::json::parse(cli("hca", {"--json", "results", "unmatched"}).out);
    REQUIRE(queue.size() == 2);
    std::string wrongDob, notHere;
    for (const auto& q : queue)
        (q["reason"] == "birth-date-differs" ? wrongDob : notHere) = q["id"];
    REQUIRE(base::isUuid(wrongDob));
    REQUIRE(base::isUuid(notHere));

    auto dry = cli("hca", {"results", "match", wrongDob, "943", "476", "5919", "--dry-run"});
    REQUIRE(dry.exit == 0);
    CHECK_THAT(dry.out, Catch::StartsWith("Would attach HbA1c 61 mmol/mol from 21-Nov-2026 to NOWAK, Łukasz"));
    CHECK(cli.hba1c(cli.nowak).size() == 1);
    auto matched = cli("hca", {"results", "match", wrongDob, "943", "476", "5919"});
    REQUIRE(matched.exit == 0);
    CHECK_THAT(matched.out, Catch::StartsWith("Attached HbA1c 61 mmol/mol from 21-Nov-2026 to NOWAK, Łukasz"));
    CHECK(cli.hba1c(cli.nowak).size() == 2);
    auto again = cli("hca", {"results", "match", wrongDob, cli.nowak});
    CHECK(again.exit == 10);
    CHECK_THAT(again.err, Catch::Contains("already been matched"));

    auto noReason = cli("hca", {"results", "discard", notHere});
    CHECK(noReason.exit == 2);
    auto lead = cli("lead", {"results", "discard", notHere, "--reason", "Not ours"});
    CHECK(lead.exit == 5);
    auto discarded = cli("hca", {"results", "discard", notHere, "--reason", "Not registered here; lab told"});
    REQUIRE(discarded.exit == 0);
    CHECK_THAT(discarded.out, Catch::Contains("Discarded unmatched result"));
    CHECK(nlohmann::json::parse(cli("hca", {"--json", "results", "unmatched"}).out).empty());
    CHECK_THAT(cli("hca", {"results", "unmatched"}).out, Catch::Contains("queue is empty"));
    auto missing = cli("hca", {"results", "discard", base::newUuid(), "--reason", "x"});
    CHECK(missing.exit == 3);
    CHECK_THAT(missing.err, Catch::Contains("No unmatched result was found"));
}

TEST_CASE("results import shows its progress on stderr only when stderr is a terminal", "[cli][results]")
{
    Lab cli;
    auto path = cli.file("labs.csv", goodCsv());
    const std::map<std::string, std::string> env
        = {{"CAREHOUSE_PASSWORD", TempDatabase::kPassword}, {"HOME", "/nonexistent"}};
    auto terminal = runInProcess({"--db", cli.db.path(), "--user", "hca", "results", "import", path, "--dry-run"}, env,
                                 cli.db.clock(), {}, true);
    REQUIRE(terminal.exit == 0);
    CHECK_THAT(terminal.err, Catch::Contains("\rChecking the results: 100% (6 of 6)"));
    auto piped = runInProcess({"--db", cli.db.path(), "--user", "hca", "results", "import", path, "--dry-run"}, env,
                              cli.db.clock());
    CHECK(piped.err.empty());
}
