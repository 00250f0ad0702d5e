// observe, worklist, invite, appointment, exception and recall mode, run in-process.
#include "core/base/Uuid.h"
#include "core/letters/LetterLog.h"
#include "core/letters/ResultsLetterComposer.h"
#include "core/record/PatientRegistration.h"
#include "core/record/PatientRepository.h"
#include "tests/cli/CliHarness.h"
#include "tests/support/TempDatabase.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sstream>

using namespace carehouse;
using carehouse::testing::runInProcess;
using carehouse::testing::TempDatabase;

namespace {

// 2026-11-23 is "today" in every test (TempDatabase's clock).
struct Practice
{
    TempDatabase db{model::Role::Nurse};

    testing::CliResult operator()(const std::string& user, std::vector<std::string> args)
    {
        args.insert(args.begin(), {"--db", db.path(), "--user", user});
        return runInProcess(args, {{"CAREHOUSE_PASSWORD", TempDatabase::kPassword}, {"HOME", "/nonexistent"}},
                            db.clock());
    }

    // Registers a person (through core, as the nurse); on the diabetes register unless told not.
    std::string add(const std::string& family, const std::string& given, const std::string& dob, const std::string& nhs,
                    bool diabetes = true, const std::string& onset = "01/03/2015")
    {
        record::PatientDraft d;
        d.familyName = family;
        d.givenName = given;
        d.birthDate = dob;
        d.nhsNumber = nhs;
        d.postcode = "LS1 4AB";
        record::PatientRegistration registration(db.store());
        auto id = registration.registerPatient(d);
        REQUIRE(id.ok());
        if (diabetes)
            REQUIRE(registration.addDiagnosis(*id, "44054006", onset).ok());
        return *id;
    }

    std::string nowak() { return add("Nowak", "Łukasz", "14/07/1945", "943 476 5919"); }

    std::vector<model::Observation> observations(const std::string& patientId, const std::string& code)
    {
        auto all = record::PatientRepository(db.store()).observations(patientId, code);
        REQUIRE(all.ok());
        return *all;
    }
};

constexpr const char* kHbA1c = "999791000000106";

std::vector<std::string> lines(const std::string& text)
{
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        out.push_back(line);
    return out;
}

} // namespace

TEST_CASE("observe records a value in its unit and says what was recorded", "[cli][observe]")
{
    Practice cli;
    auto id = cli.nowak();
    auto r = cli("hca", {"observe", "9434765919", "hba1c", "58", "mmol/mol"});
    REQUIRE(r.exit == 0);
    CHECK(r.out == "Recorded HbA1c 58 mmol/mol for NOWAK, Łukasz, dated 23-Nov-2026.\n");
    CHECK(r.err.empty());
    auto obs = cli.observations(id, kHbA1c);
    REQUIRE(obs.size() == 1);
    CHECK(*obs[0].value == 58);
    CHECK(obs[0].unit == "mmol/mol");
    CHECK(obs[0].effective.iso() == "2026-11-23");

    // By SNOMED CT code, by LOINC code, a pair, and an NHS number with spaces.
    CHECK(cli("nurse", {"observe", id, kHbA1c, "60", "mmol/mol", "--date", "01/11/2026"}).exit == 0);
    CHECK(cli("nurse", {"observe", id, "59261-8", "61", "mmol/mol", "--date", "02/11/2026"}).exit == 0);
    CHECK(cli.observations(id, kHbA1c).size() == 3);
    auto bp = cli("nurse", {"observe", "943 476 5919", "blood-pressure", "138/78", "mmHg"});
    REQUIRE(bp.exit == 0);
    CHECK_THAT(bp.out, Catch::StartsWith("Recorded Blood pressure 138/78 mmHg for NOWAK, Łukasz"));
    auto bpLoinc = cli("nurse", {"observe", id, "85354-9", "150/90", "mm[Hg]", "--date", "20/11/2026"});
    CHECK(bpLoinc.exit == 0);
    CHECK_THAT(bpLoinc.out, Catch::Contains("Above target"));
}

TEST_CASE("observe converts a value from another unit and keeps the original", "[cli][observe]")
{
    Practice cli;
    auto id = cli.nowak();
    auto r = cli("nurse", {"observe", id, "hba1c", "7.5", "%"});
    REQUIRE(r.exit == 0);
    CHECK_THAT(r.out, Catch::StartsWith("Recorded HbA1c 58 mmol/mol (converted from 7.5 %) for NOWAK, Łukasz"));
    auto obs = cli.observations(id, kHbA1c);
    REQUIRE(obs.size() == 1);
    CHECK(*obs[0].originalValue == 7.5);
    CHECK(obs[0].originalUnit == "%");
}

TEST_CASE("observe --json prints the recorded observation and --dry-run saves nothing", "[cli][observe]")
{
    Practice cli;
    auto id = cli.nowak();
    auto dry = cli("nurse", {"observe", id, "hba1c", "64", "mmol/mol", "--dry-run"});
    REQUIRE(dry.exit == 0);
    CHECK_THAT(dry.out, Catch::StartsWith("Would record HbA1c 64 mmol/mol") && Catch::Contains("--dry-run"));
    CHECK(cli.observations(id, kHbA1c).empty());

    auto j = cli("nurse", {"--json", "observe", id, "hba1c", "7.5", "%", "--date", "20/11/2026"});
    REQUIRE(j.exit == 0);
    auto o = nlohmann::json::parse(j.out);
    CHECK(base::isUuid(o["id"].get<std::string>()));
    CHECK(o["patientId"] == id);
    CHECK(o["item"] == "hba1c");
    CHECK(o["code"] == kHbA1c);
    CHECK(o["unit"] == "mmol/mol");
    CHECK(o["originalValue"] == 7.5);
    CHECK(o["originalUnit"] == "%");
    CHECK(o["effectiveDate"] == "2026-11-20");
    CHECK(o["display"] == "58 mmol/mol");
    CHECK(o["saved"] == true);
    CHECK(o["flag"].is_string());

    auto category = cli("nurse", {"--json", "observe", id, "smoking", "Ex-smoker"});
    REQUIRE(category.exit == 0);
    CHECK(nlohmann::json::parse(category.out)["valueCode"] == "8517006");
}

TEST_CASE("observe takes a category by code or words, with no unit or 'category'", "[cli][observe]")
{
    Practice cli;
    auto id = cli.nowak();
    auto words = cli("hca", {"observe", id, "smoking", "ex-smoker"});
    REQUIRE(words.exit == 0);
    CHECK_THAT(words.out, Catch::StartsWith("Recorded Smoking status: Ex-smoker for NOWAK, Łukasz"));
    CHECK(cli("hca", {"observe", id, "smoking", "266919005", "category"}).exit == 0);
    auto unit = cli("hca", {"observe", id, "smoking", "ex-smoker", "mmol/mol"});
    CHECK(unit.exit == 2);
    CHECK_THAT(unit.err, Catch::Contains("takes no unit"));
    auto option = cli("hca", {"observe", id, "foot-risk", "purple"});
    CHECK(option.exit == 4);
    CHECK_THAT(option.err, Catch::Contains("'purple' is not a") && Catch::Contains("low") && Catch::Contains("high"));
}

TEST_CASE("observe refuses bad input with worded errors and named exit codes", "[cli][observe]")
{
    Practice cli;
    auto id = cli.nowak();

    SECTION("an unknown code")
    {
        auto r = cli("nurse", {"observe", id, "hba1x", "58", "mmol/mol"});
        CHECK(r.exit == 4);
        CHECK_THAT(r.err, Catch::Contains("'hba1x' is not a care process item"));
    }
    SECTION("a missing unit names the expected unit")
    {
        auto r = cli("nurse", {"observe", id, "hba1c", "58"});
        CHECK(r.exit == 2);
        CHECK_THAT(r.err, Catch::Contains("Give the unit of the HbA1c value") && Catch::Contains("mmol/mol"));
        auto bp = cli("nurse", {"observe", id, "blood-pressure", "140/80"});
        CHECK(bp.exit == 2);
        CHECK_THAT(bp.err, Catch::Contains("mmHg"));
    }
    SECTION("a value in the wrong unit suggests what was meant")
    {
        auto r = cli("nurse", {"observe", id, "hba1c", "7.5", "mmol/mol"});
        CHECK(r.exit == 4);
        CHECK(r.err
              == "HbA1c '7.5 mmol/mol' is outside the plausible range. Did you mean 58 mmol/mol? If the value really "
                 "is right, add --confirm.\n");
    }
    SECTION("a unit CareHouse cannot convert from names the expected unit")
    {
        auto r = cli("nurse", {"observe", id, "hba1c", "58", "mg"});
        CHECK(r.exit == 4);
        CHECK_THAT(r.err, Catch::Contains("'mg'") && Catch::Contains("mmol/mol"));
    }
    SECTION("an implausible value gives the range and mentions --confirm")
    {
        auto r = cli("nurse", {"observe", id, "hba1c", "250", "mmol/mol"});
        CHECK(r.exit == 4);
        CHECK_THAT(r.err, Catch::Contains("20–200 mmol/mol") && Catch::Contains("--confirm"));
        auto bp = cli("nurse", {"observe", id, "blood-pressure", "80/120", "mmHg"});
        CHECK(bp.exit == 4);
    }
    SECTION("a value that is not a number")
    {
        CHECK(cli("nurse", {"observe", id, "hba1c", "high", "mmol/mol"}).exit == 4);
    }
    SECTION("a date in the future")
    {
        auto r = cli("nurse", {"observe", id, "hba1c", "58", "mmol/mol", "--date", "24/11/2026"});
        CHECK(r.exit == 4);
        CHECK_THAT(r.err, Catch::Contains("'24-Nov-2026' is in the future"));
    }
    SECTION("a person who is not registered")
    {
        auto r = cli("nurse", {"observe", "401 023 2137", "hba1c", "58", "mmol/mol"});
        CHECK(r.exit == 3);
        CHECK_THAT(r.err, Catch::Contains("No patient was found for '401 023 2137'"));
    }
    SECTION("a receptionist may not record an observation")
    {
        auto r = cli("reception", {"observe", id, "hba1c", "58", "mmol/mol"});
        CHECK(r.exit == 5);
        CHECK(r.err == "Permission denied: a receptionist may not record an observation.\n");
    }
    CHECK(cli.observations(id, kHbA1c).empty());
}

TEST_CASE("observe --confirm accepts an implausible value on purpose and notes it", "[cli][observe]")
{
    Practice cli;
    auto id = cli.nowak();
    auto r = cli("gp", {"observe", id, "hba1c", "250", "mmol/mol", "--confirm"});
    REQUIRE(r.exit == 0);
    CHECK_THAT(r.out, Catch::StartsWith("Recorded HbA1c 250 mmol/mol") && Catch::Contains("plausible range"));
    auto obs = cli.observations(id, kHbA1c);
    REQUIRE(obs.size() == 1);
    CHECK(*obs[0].value == 250);
    CHECK_THAT(obs[0].note, Catch::Contains("confirmed"));
}

TEST_CASE("worklist due lists the people due in a table, as JSON and as CSV", "[cli][worklist]")
{
    Practice cli;
    auto nowak = cli.nowak();
    auto lee = cli.add("Lee", "Ann", "02/01/1950", "485 777 3457");
    cli.add("Nodiabetes", "Sam", "03/03/1960", "999 000 1111", false);

    auto table = cli("reception", {"worklist", "due"});
    REQUIRE(table.exit == 0);
    CHECK_THAT(table.out,
               Catch::Contains("NOWAK, Łukasz") && Catch::Contains("943 476 5919")
                   && Catch::Contains("14-Jul-1945 (81y)") && Catch::Contains("LEE, Ann")
                   && Catch::Contains("485 777 3457") && Catch::Contains("01-Jun-2015"));
    CHECK_THAT(table.out, !Catch::Contains("NODIABETES"));
    CHECK_THAT(table.out, Catch::Contains("Days overdue") && Catch::Contains("Tests awaited"));
    CHECK_THAT(table.out, Catch::Contains("2 people on the 'due' list"));

    auto j = cli("reception", {"worklist", "due", "--json"});
    REQUIRE(j.exit == 0);
    auto rows = nlohmann::json::parse(j.out);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0]["stage"] == "due");
    CHECK(rows[0]["dueDate"] == "2015-06-01");
    CHECK(rows[0]["daysOverdue"].get<int>() > 4000);
    CHECK(rows[0]["invitations"] == 0);
    CHECK((rows[0]["patientId"] == nowak || rows[0]["patientId"] == lee));

    auto csv = cli("reception", {"worklist", "due", "--csv"});
    REQUIRE(csv.exit == 0);
    auto csvLines = lines(csv.out);
    REQUIRE(csvLines.size() == 3); // a header and one row per person
    CHECK(
        csvLines[0]
        == "Name,NHS number,Born,Stage,Due,Days overdue,Invitations,Appointment,Tests awaited,Exception,Also reviewed");
    CHECK_THAT(csv.out, Catch::Contains("\"NOWAK, Łukasz\",943 476 5919,14-Jul-1945 (81y),Due,01-Jun-2015,"));
    CHECK_THAT(csv.out, Catch::Contains("\"LEE, Ann\",485 777 3457,02-Jan-1950 (76y),Due,01-Jun-2015,"));
}

TEST_CASE("worklist list names every list, and an unknown name is a usage error that lists them", "[cli][worklist]")
{
    Practice cli;
    auto list = cli("reception", {"worklist", "list"});
    REQUIRE(list.exit == 0);
    for (const char* name : {"due", "invited-once", "invited-twice", "surveillance-to-book", "results-awaiting",
                             "letters-to-send", "care-planning-to-book", "exceptions"})
        CHECK_THAT(list.out, Catch::Contains(name));
    CHECK(lines(list.out).size() == 8);

    auto unknown = cli("reception", {"worklist", "overdue"});
    CHECK(unknown.exit == 2);
    CHECK_THAT(unknown.err, Catch::Contains("'overdue' is not a worklist") && Catch::Contains("invited-twice"));

    auto empty = cli("reception", {"worklist", "exceptions"});
    CHECK(empty.exit == 0);
    CHECK_THAT(empty.out, Catch::Contains("No one is on the 'exceptions' list"));
    auto emptyCsv = cli("reception", {"worklist", "exceptions", "--csv"});
    CHECK(lines(emptyCsv.out).size() == 1);
}

TEST_CASE("invite records an invitation and moves the person to invited-once, then invited-twice", "[cli][recall]")
{
    Practice cli;
    auto id = cli.nowak();
    auto first = cli("reception", {"invite", "943", "476", "5919", "--method", "letter", "--date", "10/11/2026"});
    REQUIRE(first.exit == 0);
    CHECK(base::isUuid(testing::firstLine(first.out)));
    CHECK_THAT(first.err,
               Catch::Contains("Recorded the first invitation this cycle (letter) for NOWAK, Łukasz, sent "
                               "10-Nov-2026"));
    CHECK_THAT(first.err, Catch::Contains("A second invitation may go from 17-Nov-2026"));

    auto once = nlohmann::json::parse(cli("reception", {"worklist", "invited-once", "--json"}).out);
    REQUIRE(once.size() == 1);
    CHECK(once[0]["patientId"] == id);
    CHECK(once[0]["invitations"] == 1);
    CHECK(nlohmann::json::parse(cli("reception", {"worklist", "due", "--json"}).out).empty());

    auto second = cli("reception", {"--json", "invite", id, "--method", "sms", "--note", "Reminder"});
    REQUIRE(second.exit == 0);
    auto j = nlohmann::json::parse(second.out);
    CHECK(j["method"] == "sms");
    CHECK(j["sentOn"] == "2026-11-23");
    CHECK(j["invitationInCycle"] == 2);
    auto twice = nlohmann::json::parse(cli("reception", {"worklist", "invited-twice", "--json"}).out);
    REQUIRE(twice.size() == 1);
    CHECK(twice[0]["invitationsCountAsDeclined"] == true);
}

TEST_CASE("a second invitation within 7 days is refused with the earliest date", "[cli][recall]")
{
    Practice cli;
    auto id = cli.nowak();
    REQUIRE(cli("reception", {"invite", id, "--method", "letter", "--date", "20/11/2026"}).exit == 0);
    auto soon = cli("reception", {"invite", id, "--method", "phone"});
    CHECK(soon.exit == 4);
    CHECK(soon.err == "A second invitation can only go 7 days after the first: the earliest is 27-Nov-2026.\n");
    CHECK(soon.out.empty());
    auto dry = cli("reception", {"invite", id, "--method", "phone", "--dry-run"});
    CHECK(dry.exit == 4);
    CHECK_THAT(dry.err, Catch::Contains("27-Nov-2026"));
}

TEST_CASE("invite refuses a bad method, a future date and a person not on the diabetes register", "[cli][recall]")
{
    Practice cli;
    auto id = cli.nowak();
    auto other = cli.add("Nodiabetes", "Sam", "03/03/1960", "999 000 1111", false);
    auto method = cli("reception", {"invite", id, "--method", "pigeon"});
    CHECK(method.exit == 2);
    CHECK_THAT(method.err, Catch::Contains("letter, sms or phone"));
    auto future = cli("reception", {"invite", id, "--method", "letter", "--date", "01/12/2026"});
    CHECK(future.exit == 4);
    CHECK_THAT(future.err, Catch::Contains("in the future"));
    auto notOnRegister = cli("reception", {"invite", other, "--method", "letter"});
    CHECK(notOnRegister.exit == 3);
    CHECK_THAT(notOnRegister.err, Catch::Contains("NODIABETES, Sam is not on the diabetes register"));
    auto dry = cli("reception", {"invite", id, "--method", "letter", "--dry-run"});
    CHECK(dry.exit == 0);
    CHECK_THAT(dry.out, Catch::Contains("Would record the first invitation"));
    CHECK(nlohmann::json::parse(cli("reception", {"worklist", "due", "--json"}).out).size() == 1);
}

TEST_CASE("appointment add books, list shows, status moves the cycle on", "[cli][recall]")
{
    Practice cli;
    auto id = cli.nowak();
    auto booked = cli("reception",
                      {"appointment", "add", "943 476 5919", "--type", "surveillance", "--at", "03/12/2026 10:30",
                       "--with", "Hannah Osei (HCA)", "--place", "Room 3"});
    REQUIRE(booked.exit == 0);
    auto appointmentId = testing::firstLine(booked.out);
    CHECK(base::isUuid(appointmentId));
    CHECK(booked.err
          == "Booked a surveillance appointment for NOWAK, Łukasz on Thu 03-Dec-2026 10:30 with Hannah Osei (HCA) in "
             "Room 3.\n");

    auto iso
        = cli("reception", {"--json", "appointment", "add", id, "--type", "care-planning", "--at", "2026-12-17T09:05"});
    REQUIRE(iso.exit == 0);
    auto a = nlohmann::json::parse(iso.out);
    CHECK(a["type"] == "care-planning");
    CHECK(a["date"] == "2026-12-17");
    CHECK(a["time"] == "09:05");
    CHECK(a["status"] == "booked");

    auto list = cli("reception", {"appointment", "list", id});
    REQUIRE(list.exit == 0);
    CHECK_THAT(list.out,
               Catch::Contains("Thu 03-Dec-2026 10:30") && Catch::Contains("Thu 17-Dec-2026 09:05")
                   && Catch::Contains("Hannah Osei (HCA)") && Catch::Contains(appointmentId));
    CHECK(list.out.find("17-Dec-2026") < list.out.find("03-Dec-2026")); // newest first
    auto listJson = nlohmann::json::parse(cli("reception", {"--json", "appointment", "list", id}).out);
    CHECK(listJson.size() == 2);

    auto attended = cli("hca", {"appointment", "status", appointmentId, "--status", "attended"});
    REQUIRE(attended.exit == 0);
    CHECK(attended.out
          == "Marked the surveillance appointment for NOWAK, Łukasz on Thu 03-Dec-2026 10:30 as attended.\n");
    auto again = cli("hca", {"appointment", "status", appointmentId, "--status", "attended"});
    CHECK(again.exit == 0);
    CHECK_THAT(again.out, Catch::Contains("already marked attended"));
    auto bad = cli("hca", {"appointment", "status", appointmentId, "--status", "late"});
    CHECK(bad.exit == 2);
    auto missing = cli("hca", {"appointment", "status", base::newUuid(), "--status", "cancelled"});
    CHECK(missing.exit == 3);
    CHECK_THAT(missing.err, Catch::Contains("No appointment was found"));
}

TEST_CASE("appointment add refuses a bad type, an unreadable time and a date in the past", "[cli][recall]")
{
    Practice cli;
    auto id = cli.nowak();
    auto type = cli("reception", {"appointment", "add", id, "--type", "dentist", "--at", "03/12/2026 10:30"});
    CHECK(type.exit == 2);
    CHECK_THAT(type.err, Catch::Contains("surveillance or care-planning"));
    auto time = cli("reception", {"appointment", "add", id, "--type", "surveillance", "--at", "03/12/2026 25:30"});
    CHECK(time.exit == 4);
    CHECK_THAT(time.err, Catch::Contains("\"03/12/2026 10:30\""));
    auto noTime = cli("reception", {"appointment", "add", id, "--type", "surveillance", "--at", "03/12/2026"});
    CHECK(noTime.exit == 4);
    auto past = cli("reception", {"appointment", "add", id, "--type", "surveillance", "--at", "01/10/2026 10:00"});
    CHECK(past.exit == 4);
    auto dry = cli("reception",
                   {"appointment", "add", id, "--type", "surveillance", "--at", "03/12/2026 10:30", "--dry-run"});
    CHECK(dry.exit == 0);
    CHECK_THAT(dry.out, Catch::StartsWith("Would book a surveillance appointment"));
    CHECK(nlohmann::json::parse(cli("reception", {"--json", "appointment", "list", id}).out).empty());
}

TEST_CASE("exception add takes a person off recall until it expires or is withdrawn", "[cli][recall]")
{
    Practice cli;
    auto id = cli.nowak();
    auto denied = cli("reception",
                      {"exception", "add", id, "--kind", "declined", "--reason", "Said no", "--until", "31/03/2027"});
    CHECK(denied.exit == 5);
    CHECK(denied.err
          == "Permission denied: a receptionist may not record that a person declined or is unsuitable for their "
             "review.\n");

    auto added = cli("gp",
                     {"exception", "add", id, "--kind", "declined", "--reason", "Declined after two letters", "--until",
                      "31/03/2027"});
    REQUIRE(added.exit == 0);
    auto exceptionId = testing::firstLine(added.out);
    CHECK(base::isUuid(exceptionId));
    CHECK_THAT(added.err, Catch::Contains("Declined until 31-Mar-2027 for NOWAK, Łukasz"));
    auto excepted = nlohmann::json::parse(cli("reception", {"worklist", "exceptions", "--json"}).out);
    REQUIRE(excepted.size() == 1);
    CHECK(excepted[0]["exception"]["id"] == exceptionId);
    CHECK_THAT(cli("reception", {"worklist", "exceptions"}).out, Catch::Contains("Declined until 31-Mar-2027"));

    auto past = cli("gp", {"exception", "add", id, "--kind", "unsuitable", "--reason", "x", "--until", "01/11/2026"});
    CHECK(past.exit == 4);
    auto kind = cli("gp", {"exception", "add", id, "--kind", "maybe", "--reason", "x", "--until", "01/11/2027"});
    CHECK(kind.exit == 2);

    auto withdrawn = cli("gp", {"exception", "withdraw", exceptionId});
    REQUIRE(withdrawn.exit == 0);
    CHECK_THAT(withdrawn.out, Catch::Contains("Withdrew the exception for NOWAK, Łukasz"));
    CHECK(nlohmann::json::parse(cli("reception", {"worklist", "exceptions", "--json"}).out).empty());
    CHECK(nlohmann::json::parse(cli("reception", {"worklist", "due", "--json"}).out).size() == 1);
    auto twice = cli("gp", {"exception", "withdraw", exceptionId});
    CHECK(twice.exit == 10);
    CHECK_THAT(twice.err, Catch::Contains("already been withdrawn"));
}

TEST_CASE("recall mode shows the practice's mode and only an administrator sets it", "[cli][recall]")
{
    Practice cli;
    auto show = cli("reception", {"recall", "mode"});
    REQUIRE(show.exit == 0);
    CHECK_THAT(show.out, Catch::Contains("anniversary"));
    auto denied = cli("nurse", {"recall", "mode", "birth-month"});
    CHECK(denied.exit == 5);
    auto bad = cli("admin", {"recall", "mode", "monthly"});
    CHECK(bad.exit == 2);
    auto set = cli("admin", {"recall", "mode", "birth-month"});
    REQUIRE(set.exit == 0);
    CHECK_THAT(set.out, Catch::Contains("birth month"));
    auto j = cli("reception", {"--json", "recall", "mode"});
    CHECK(nlohmann::json::parse(j.out)["mode"] == "birth-month");
}

TEST_CASE("letters log lists the letters sent to a person, in a table and as JSON", "[cli][letters]")
{
    Practice run;
    const auto id = run.nowak();
    auto none = run("reception", {"letters", "log", "9434765919"});
    CHECK(none.exit == 0);
    CHECK(none.out.find("No letters have been sent") != std::string::npos);
    auto content = letters::ResultsLetterComposer::compose(run.db.store(), id);
    REQUIRE(content.ok());
    REQUIRE(letters::LetterLog(run.db.store()).recordSent({*content}).ok());
    auto table = run("reception", {"letters", "log", "943 476 5919"});
    CHECK(table.exit == 0);
    CHECK(table.out.find("Results") != std::string::npos);
    CHECK(table.out.find("23-Nov-2026") != std::string::npos);
    auto json = run("reception", {"--json", "letters", "log", "9434765919"});
    REQUIRE(json.exit == 0);
    auto j = nlohmann::json::parse(json.out);
    REQUIRE(j.size() == 1);
    CHECK(j[0]["kind"] == "results");
    CHECK(j[0]["contentHash"].get<std::string>().size() == 64);
    CHECK(j[0]["sentBy"] == "nurse");
}

TEST_CASE("targets profile shows the practice's targets and an administrator chooses another", "[cli][targets]")
{
    Practice run;
    auto shown = run("nurse", {"targets", "profile"});
    CHECK(shown.exit == 0);
    CHECK(shown.out.find("NICE / NDA (default) targets (nice-nda)") != std::string::npos);
    CHECK(shown.out.find("yoc-tower-hamlets-2009") != std::string::npos);
    CHECK(run("nurse", {"targets", "profile", "yoc-tower-hamlets-2009"}).exit != 0);
    CHECK(run("admin", {"targets", "profile", "nonsense"}).exit == 2);
    auto chosen = run("admin", {"--json", "targets", "profile", "yoc-tower-hamlets-2009"});
    REQUIRE(chosen.exit == 0);
    CHECK(nlohmann::json::parse(chosen.out)["profile"] == "yoc-tower-hamlets-2009");
}
