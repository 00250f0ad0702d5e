// questionnaire import / list and response add / list, in-process and through the built binary.
#include "core/record/PatientRegistration.h"
#include "tests/cli/CliHarness.h"
#include "tests/support/TempDatabase.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace carehouse;
using carehouse::testing::runInProcess;
using carehouse::testing::TempDatabase;
using nlohmann::json;

namespace {

struct Practice
{
    TempDatabase db{model::Role::Nurse};
    testing::TempDir files;
    std::string id;

    Practice()
    {
        record::PatientDraft d;
        d.familyName = "Nowak";
        d.givenName = "Łukasz";
        d.birthDate = "14/07/1945";
        d.nhsNumber = "943 476 5919";
        auto added = record::PatientRegistration(db.store()).registerPatient(d);
        REQUIRE(added.ok());
        id = *added;
    }

    testing::CliResult operator()(const std::string& user, std::vector<std::string> args)
    {
        args.insert(args.begin(), {"--db", db.path(), "--user", user});
        return runInProcess(args, {{"CAREHOUSE_PASSWORD", TempDatabase::kPassword}, {"HOME", "/nonexistent"}},
                            db.clock());
    }

    std::string file(const std::string& name, const std::string& text)
    {
        const auto path = files.file(name);
        testing::writeWholeFile(path, text);
        return path;
    }
};

const char* kPhq9Moderate = R"({"phq9-1": 1, "phq9-2": 1, "phq9-3": 2, "phq9-4": 1, "phq9-5": 1,
    "phq9-6": 1, "phq9-7": 1, "phq9-8": 1, "phq9-9": 1, "phq9-difficulty": "Somewhat difficult"})";

} // namespace

TEST_CASE("response add saves a PHQ-9 and shows the total, band and safety alert", "[cli][questionnaire]")
{
    Practice p;
    auto r = p("hca",
               {"response", "add", "9434765919", "phq-9", "--answers", p.file("a.json", kPhq9Moderate), "--date",
                "20/11/2026"});
    CHECK(r.exit == 0);
    CHECK_THAT(r.out,
               Catch::Contains("Saved Patient Health Questionnaire (PHQ-9) for NOWAK, Łukasz: total 10 of 27, "
                               "Moderate (10-14) (completed 20-Nov-2026 by the person)."));
    CHECK_THAT(r.out, Catch::Contains("SAFETY ALERT"));

    auto list = p("nurse", {"response", "list", "943", "476", "5919"});
    CHECK(list.exit == 0);
    CHECK_THAT(list.out, Catch::Contains("20-Nov-2026"));
    CHECK_THAT(list.out, Catch::Contains("Moderate (10-14)"));
    CHECK_THAT(list.out, Catch::Contains("ALERT: self-harm"));
    CHECK_THAT(list.out, Catch::Contains("the person"));

    auto asJson = p("nurse", {"--json", "response", "list", "9434765919"});
    auto j = json::parse(asJson.out);
    REQUIRE(j.size() == 1);
    CHECK(j[0]["total"] == 10.0);
    CHECK(j[0]["safetyAlert"] == true);
    CHECK(j[0]["enteredBy"] == "hca");

    auto fhir = p("nurse", {"response", "list", "9434765919", "--fhir", j[0]["id"].get<std::string>()});
    CHECK(fhir.exit == 0);
    auto qr = json::parse(fhir.out);
    CHECK(qr["resourceType"] == "QuestionnaireResponse");
    CHECK(qr["questionnaire"] == "https://carehouse.example/fhir/Questionnaire/phq-9|1.0.0");

    // The FHIR response reads back as answers (a response completed on the current version).
    auto again = p("gp",
                   {"response", "add", "9434765919", "phq-9", "--answers", p.file("qr.json", fhir.out), "--on-behalf",
                    "--dry-run"});
    CHECK(again.exit == 0);
    CHECK_THAT(again.out, Catch::Contains("Checked"));
    CHECK_THAT(again.out, Catch::Contains("by gp on the person's behalf"));
    CHECK_THAT(again.out, Catch::Contains("Nothing was saved (--dry-run)."));
    CHECK(json::parse(p("nurse", {"--json", "response", "list", "9434765919"}).out).size() == 1);

    auto history = p("nurse", {"history", "9434765919"});
    CHECK_THAT(
        history.out,
        Catch::Contains("Recorded the questionnaire Patient Health Questionnaire (PHQ-9): 10 (Moderate (10-14)), "
                        "safety alert"));
}

TEST_CASE("response add lists every problem with the answers and saves nothing", "[cli][questionnaire]")
{
    Practice p;
    auto r = p("hca",
               {"response", "add", "9434765919", "gad-2", "--answers",
                p.file("bad.json", R"({"gad2-1": 7, "gad2-2": "Sometimes", "gad2-9": 1})")});
    CHECK(r.exit == 4);
    CHECK_THAT(r.err,
               Catch::Contains("Question 'gad2-1' (Feeling nervous, anxious, or on edge) cannot take the "
                               "answer '7'."));
    CHECK_THAT(r.err, Catch::Contains("'Sometimes' is not one of the options of question 'gad2-2'."));
    CHECK_THAT(r.err, Catch::Contains("There is no question 'gad2-9' in this questionnaire"));
    CHECK_THAT(r.err, Catch::Contains("Nothing was saved: 3 answers need to be put right"));
    CHECK(json::parse(p("nurse", {"--json", "response", "list", "9434765919"}).out).empty());

    auto disabled = p("hca",
                      {"response", "add", "9434765919", "care-planning-agenda", "--answers",
                       p.file("agenda.json", R"({"topics": ["Feet"], "topics-other": "sleep"})")});
    CHECK(disabled.exit == 4);
    CHECK_THAT(disabled.err, Catch::Contains("does not apply with the other answers given"));

    auto notJson = p("hca", {"response", "add", "9434765919", "phq-2", "--answers", p.file("x.json", "{oops")});
    CHECK(notJson.exit == 4);
    CHECK_THAT(notJson.err, Catch::Contains("is not valid JSON"));
    auto missing = p("hca", {"response", "add", "9434765919", "phq-2", "--answers", "/nonexistent/a.json"});
    CHECK(missing.exit == 3);
    CHECK_THAT(missing.err, Catch::Contains("There is no answers file at"));
    auto unknown = p("hca", {"response", "add", "9434765919", "phq-99", "--answers", p.file("y.json", "{}")});
    CHECK(unknown.exit == 3);
    CHECK_THAT(unknown.err, Catch::Contains("There is no questionnaire called 'phq-99'"));
    // Reception types in what comes back; asking the questions with the person is clinical.
    auto reception = p("reception",
                       {"response", "add", "9434765919", "phq-2", "--answers", p.file("z.json", "{}"), "--on-behalf"});
    CHECK(reception.exit == 5);
    CHECK_THAT(reception.err, Catch::Contains("a receptionist may not"));
}

TEST_CASE("PHQ-2 of 3 or more suggests the PHQ-9", "[cli][questionnaire]")
{
    Practice p;
    auto r = p("hca",
               {"response", "add", "9434765919", "PHQ2", "--answers",
                p.file("a.json", R"({"phq2-1": 2, "phq2-2": "Several days"})"), "--on-behalf"});
    CHECK(r.exit == 0);
    CHECK_THAT(r.out, Catch::Contains("total 3 of 6"));
    CHECK_THAT(r.out, Catch::Contains("by hca on the person's behalf"));
    CHECK_THAT(r.out, Catch::Contains("carehouse-cli response add PATIENT phq-9"));
    CHECK_THAT(r.out, !Catch::Contains("SAFETY"));
}

TEST_CASE("questionnaire import reports what is not supported; list shows it; a changed version is refused",
          "[cli][questionnaire]")
{
    Practice p;
    json doc = {{"resourceType", "Questionnaire"},
                {"id", "foot"},
                {"url", "https://example.org/q/foot"},
                {"version", "3"},
                {"title", "Foot check"},
                {"item",
                 {{{"linkId", "photo"}, {"type", "attachment"}, {"text", "Photo of the foot"}},
                  {{"linkId", "sev"}, {"type", "integer"}, {"text", "How bad (0-10)?"}},
                  {{"linkId", "pain"}, {"type", "choice"}, {"answerValueSet", "http://example.org/vs/pain"}}}}};
    const auto path = p.file("foot.json", doc.dump());
    auto nurse = p("nurse", {"questionnaire", "import", path});
    CHECK(nurse.exit == 5);
    CHECK_THAT(nurse.err, Catch::Contains("a nurse may not import questionnaires"));

    auto r = p("lead", {"questionnaire", "import", path});
    CHECK(r.exit == 0);
    CHECK_THAT(r.out, Catch::Contains("Foot check (https://example.org/q/foot|3): 3 items, not scored."));
    CHECK_THAT(r.out, Catch::Contains("Not supported (2):"));
    CHECK_THAT(r.out,
               Catch::Contains("$.item[0] (photo): item type 'attachment': the item is shown but cannot be "
                               "answered in CareHouse."));
    CHECK_THAT(r.out, Catch::Contains("$.item[2].answerValueSet (pain)"));
    CHECK_THAT(r.out, Catch::Contains("Imported as 'foot'."));

    auto list = p("reception", {"questionnaire", "list"});
    CHECK(list.exit == 0);
    for (const char* name : {"foot", "phq-9", "gad-7", "phq-2", "gad-2", "care-planning-agenda"})
        CHECK_THAT(list.out, Catch::Contains(name));
    CHECK_THAT(list.out, Catch::Contains("(2 unsupported)"));

    auto answered = p(
        "nurse",
        {"--json", "response", "add", "9434765919", "foot", "--answers", p.file("foot-answers.json", R"({"sev": 4})")});
    CHECK(answered.exit == 0);
    CHECK(json::parse(answered.out)["total"].is_null());

    doc["title"] = "Foot check (changed)";
    auto changed = p("admin", {"questionnaire", "import", p.file("foot2.json", doc.dump())});
    CHECK(changed.exit == 10);
    CHECK_THAT(changed.err, Catch::Contains("A changed questionnaire needs a new version number"));

    auto dry = p("admin", {"--json", "questionnaire", "import", p.file("foot3.json", doc.dump()), "--dry-run"});
    CHECK(dry.exit == 10);
}

TEST_CASE("questionnaire import refuses hostile files, naming where and why", "[cli][questionnaire]")
{
    Practice p;
    std::string deep = R"({"resourceType":"Questionnaire","url":"u","item":)";
    for (int i = 0; i < 80; ++i)
        deep += R"([{"linkId":"x","type":"group","item":)";
    auto r = p("admin", {"questionnaire", "import", p.file("deep.json", deep)});
    CHECK(r.exit == 4);
    CHECK_THAT(r.err, Catch::Contains("'deep.json' (line 1) nests more than 64 levels deep"));

    json dup = {{"resourceType", "Questionnaire"},
                {"url", "u"},
                {"item", {{{"linkId", "a"}, {"type", "string"}}, {{"linkId", "a"}, {"type", "string"}}}}};
    r = p("admin", {"questionnaire", "import", p.file("dup.json", dup.dump())});
    CHECK(r.exit == 4);
    CHECK_THAT(r.err, Catch::Contains("two items have the linkId 'a' ($.item[0] and $.item[1].linkId)"));

    json other = {{"resourceType", "Observation"}};
    r = p("admin", {"questionnaire", "import", p.file("obs.json", other.dump())});
    CHECK(r.exit == 4);
    CHECK_THAT(r.err, Catch::Contains("is not a FHIR R4 Questionnaire (its resourceType is 'Observation')"));
    CHECK(json::parse(p("admin", {"--json", "questionnaire", "list"}).out).size() == 5);
}

TEST_CASE("end to end: carehouse-cli imports a questionnaire, saves a response and verify passes",
          "[cli][e2e][questionnaire]")
{
    testing::TempDir dir;
    const auto db = dir.file("p.carehouse");
    auto run = [&](const std::string& user, const std::string& password, std::vector<std::string> args,
                   std::map<std::string, std::string> extra = {}) {
        std::map<std::string, std::string> env
            = {{"HOME", dir.path()}, {"CAREHOUSE_DB", db}, {"CAREHOUSE_USER", user}, {"CAREHOUSE_PASSWORD", password}};
        env.insert(extra.begin(), extra.end());
        return testing::runBinary(dir.path(), args, env);
    };
    REQUIRE(run("admin", "admin-secret", {"init", "--site-name", "Riverside"}).exit == 0);
    REQUIRE(run("admin", "admin-secret", {"user", "add", "hca", "--role", "hca"},
                {{"CAREHOUSE_NEW_PASSWORD", "hca-secret"}})
                .exit
            == 0);
    REQUIRE(run("admin", "admin-secret",
                {"patient", "add", "--family", "Nowak", "--given", "Ann", "--dob", "14/07/1945", "--nhs",
                 "943 476 5919", "--gender", "female"})
                .exit
            == 0);
    testing::writeWholeFile(dir.file("gad7.json"),
                            R"({"gad7-1": 3, "gad7-2": 3, "gad7-3": 3, "gad7-4": 3, "gad7-5": 3, "gad7-6": 0,
                                "gad7-7": 0, "gad7-difficulty": "Very difficult"})");
    auto added
        = run("hca", "hca-secret", {"response", "add", "9434765919", "gad-7", "--answers", dir.file("gad7.json")});
    CHECK(added.exit == 0);
    CHECK_THAT(added.out, Catch::Contains("total 15 of 21, Severe (15-21)"));
    auto list = run("hca", "hca-secret", {"response", "list", "9434765919"});
    CHECK(list.exit == 0);
    CHECK_THAT(list.out, Catch::Contains("Severe (15-21)"));
    auto imported
        = run("admin", "admin-secret",
              {"questionnaire", "import",
               std::string(std::getenv("CAREHOUSE_RESOURCES") ? std::getenv("CAREHOUSE_RESOURCES") : "resources")
                   + "/questionnaires/phq-9.json"});
    CHECK(imported.exit == 0);
    CHECK_THAT(imported.out, Catch::Contains("Everything in the file is supported."));
    auto verify = run("admin", "admin-secret", {"verify"});
    CHECK(verify.exit == 0);
}

TEST_CASE("response entered-in-error withdraws a response typed against the wrong person, with the reason",
          "[cli][questionnaire]")
{
    Practice p;
    const char* calm = R"({"phq9-1": 0, "phq9-2": 0, "phq9-3": 0, "phq9-4": 0, "phq9-5": 0,
        "phq9-6": 0, "phq9-7": 0, "phq9-8": 0, "phq9-9": 0})";
    // Reception types in the paper copy that came back.
    auto added = p("reception", {"response", "add", "9434765919", "phq-9", "--answers", p.file("c.json", calm)});
    INFO(added.err);
    REQUIRE(added.exit == 0);
    auto alerting
        = p("reception", {"response", "add", "9434765919", "phq-9", "--answers", p.file("a.json", kPhq9Moderate)});
    REQUIRE(alerting.exit == 0);
    auto j = json::parse(p("nurse", {"--json", "response", "list", "9434765919"}).out);
    REQUIRE(j.size() == 2);
    const auto calmId = j[0]["id"].get<std::string>();
    const auto alertId = j[1]["id"].get<std::string>();

    auto noReason = p("reception", {"response", "entered-in-error", calmId});
    CHECK(noReason.exit != 0);
    CHECK_THAT(noReason.err, Catch::Contains("--reason"));

    auto marked = p("reception", {"response", "entered-in-error", calmId, "--reason", "another person's form"});
    INFO(marked.err);
    REQUIRE(marked.exit == 0);
    CHECK_THAT(marked.out, Catch::Contains("is marked entered in error: another person's form"));
    // The answers behind a safety alert are withdrawn by a clinician, not by reception.
    auto refused = p("reception", {"response", "entered-in-error", alertId, "--reason", "wrong person"});
    CHECK(refused.exit != 0);
    CHECK_FALSE(refused.err.empty());
    auto byNurse = p("nurse", {"response", "entered-in-error", alertId, "--reason", "wrong person"});
    REQUIRE(byNurse.exit == 0);
    auto again = p("nurse", {"response", "entered-in-error", alertId, "--reason", "again"});
    CHECK(again.exit != 0);
    CHECK(json::parse(p("nurse", {"--json", "response", "list", "9434765919"}).out).empty());
    auto unknown = p("nurse", {"response", "entered-in-error", "no-such-id", "--reason", "x"});
    CHECK(unknown.exit == 3);
}
