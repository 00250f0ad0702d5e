#include "app/cli/LettersPrintCommand.h"
#include "core/careplan/CarePlanBook.h"
#include "tests/cli/CliHarness.h"
#include "tests/support/TempDatabase.h"
#include "tests/support/TestPeople.h"

#include <array>
#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

using namespace carehouse;
using carehouse::testing::pdfText;
using carehouse::testing::runInProcess;
using carehouse::testing::TempDatabase;

namespace {

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

bool hasBengali(const std::string& utf8)
{
    // U+0980..U+09FF are E0 A6 80..E0 A7 BF in UTF-8.
    for (std::size_t i = 0; i + 1 < utf8.size(); ++i)
        if (static_cast<unsigned char>(utf8[i]) == 0xE0
            && (static_cast<unsigned char>(utf8[i + 1]) == 0xA6 || static_cast<unsigned char>(utf8[i + 1]) == 0xA7))
            return true;
    return false;
}

// Mrs Begum with a saved care plan; Mr Nowak registered, with none yet.
struct CarePlanPractice
{
    TempDatabase db{model::Role::Nurse};
    testing::TempDir files;
    std::string begum;
    std::string nowak;

    CarePlanPractice()
    {
        begum = testing::addPersonWithDiabetes(db.store(), "Begum", "Rokeya", "1956-02-04", "9434765919");
        nowak = testing::addPersonWithDiabetes(db.store(), "Nowak", "Lukasz", "1945-07-14", "9434765870");
        auto d = careplan::CarePlanBook(db.store()).start(begum);
        REQUIRE(d.ok());
        d->plan.goals.push_back({"goal-1", "Walk for 30 minutes every day", "to keep up with my grandchildren", 7,
                                 *base::CivilDate::parseIso("2026-11-23")});
        d->plan.actions.push_back({"a1", "Walk to the shops", model::PlanAction::Owner::Person, "",
                                   *base::CivilDate::parseIso("2027-01-31")});
        d->plan.actions.push_back({"a2", "Book a foot check", model::PlanAction::Owner::Team, "Practice nurse", {}});
        d->plan.support.push_back(
            {"community-podiatry", "Community podiatry", "podiatry", "020 7946 0150", "Foot pain", true});
        d->plan.targets.push_back({"hba1c", 53, std::nullopt, ""});
        auto saved = careplan::CarePlanBook(db.store()).save(*d);
        if (!saved)
            FAIL(saved.error().describe());
    }
    testing::CliResult run(std::vector<std::string> args)
    {
        args.insert(args.begin(), {"--db", db.path(), "--user", "nurse"});
        auto r = runInProcess(args, {{"CAREHOUSE_PASSWORD", TempDatabase::kPassword}, {"HOME", "/nonexistent"}},
                              db.clock());
        // As CliApplication::main does after every command: the printing library is let go.
        cli::LettersPrintCommand::releaseGui();
        return r;
    }
    std::string file(const std::string& name) const { return files.file(name); }
};

} // namespace

TEST_CASE("careplan show gives the latest plan: goals with confidence, actions, referrals, targets, next review",
          "[cli][careplan]")
{
    CarePlanPractice p;
    auto r = p.run({"careplan", "show", "943", "476", "5919"});
    INFO(r.err);
    REQUIRE(r.exit == 0);
    CHECK(contains(r.out, "Care plan for BEGUM, Rokeya"));
    CHECK(contains(r.out, "Made on 23-Nov-2026"));
    CHECK(contains(r.out, "next review by 23-Nov-2027"));
    CHECK(contains(r.out, "1. Walk for 30 minutes every day"));
    CHECK(contains(r.out, "Confidence: 7/10"));
    CHECK(contains(r.out, "The team, Practice nurse: Book a foot check"));
    CHECK(contains(r.out, "Community podiatry: referred (sent on 23-Nov-2026)"));
    CHECK(contains(r.out, "hba1c: 53 mmol/mol or less"));

    auto json = p.run({"--json", "careplan", "show", p.begum});
    REQUIRE(json.exit == 0);
    const auto j = nlohmann::json::parse(json.out);
    CHECK(j["nhsNumber"] == "9434765919");
    CHECK(j["consultedOn"] == "2026-11-23");
    CHECK(j["nextReview"] == "2027-11-23");
    CHECK(j["goals"][0]["confidence"] == 7);
    CHECK(j["actions"].size() == 2);
    CHECK(j["referrals"][0]["status"] == "sent");
    CHECK(j["support"][0]["referralStatus"] == "sent");
    CHECK(j["targets"][0]["upper"] == 53);
}

TEST_CASE("careplan export writes the plan as a FHIR R4 Bundle to stdout or atomically to a file", "[cli][careplan]")
{
    CarePlanPractice p;
    auto r = p.run({"careplan", "export", p.begum, "--fhir"});
    INFO(r.err);
    REQUIRE(r.exit == 0);
    auto bundle = nlohmann::json::parse(r.out);
    CHECK(bundle["resourceType"] == "Bundle");
    bool carePlan = false, goal = false, request = false;
    for (const auto& e : bundle["entry"]) {
        const auto type = e["resource"]["resourceType"];
        carePlan = carePlan || type == "CarePlan";
        goal = goal || type == "Goal";
        request = request || type == "ServiceRequest";
    }
    CHECK((carePlan && goal && request));

    const auto out = p.file("begum.json");
    auto written = p.run({"careplan", "export", "9434765919", "--fhir", "--out", out});
    REQUIRE(written.exit == 0);
    CHECK(contains(written.out, "FHIR R4 Bundle"));
    CHECK(nlohmann::json::parse(testing::readWholeFile(out)) == bundle);
    // Nothing left beside it.
    int entries = 0;
    for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(p.files.path()))
        ++entries;
    CHECK(entries == 1);

    auto noFormat = p.run({"careplan", "export", p.begum});
    CHECK(noFormat.exit == 2);
    auto noFolder = p.run({"careplan", "export", p.begum, "--fhir", "--out", p.file("missing/begum.json")});
    CHECK(noFolder.exit == 8);
    CHECK(contains(noFolder.err, "does not exist"));
}

TEST_CASE("careplan print writes the plan for the person as a PDF with their goal, name and NHS number",
          "[cli][careplan]")
{
    CarePlanPractice p;
    const auto out = p.file("begum.pdf");
    auto r = p.run({"careplan", "print", "943 476 5919", "--out", out});
    INFO(r.err);
    REQUIRE(r.exit == 0);
    CHECK(contains(r.out, "Wrote the care plan of BEGUM, Rokeya"));
    const auto text = pdfText(out);
    CHECK(contains(text, "Your care plan"));
    CHECK(contains(text, "Walk for 30 minutes every day"));
    CHECK(contains(text, "We have asked Community podiatry to contact you."));
    CHECK(contains(text, "NHS number: 943 476 5919"));
    CHECK_FALSE(contains(text, "NOWAK"));

    const auto large = p.file("begum-bn.pdf");
    auto bn = p.run({"--json", "careplan", "print", p.begum, "--out", large, "--lang", "bn", "--large-print"});
    REQUIRE(bn.exit == 0);
    const auto j = nlohmann::json::parse(bn.out);
    CHECK(j["language"] == "bn");
    CHECK(j["largePrint"] == true);
    const int pages = j["pages"];
    for (int page = 1; page <= pages; ++page) {
        const auto pageText = pdfText(large, page);
        INFO("page " << page);
        CHECK(contains(pageText, "BEGUM, Rokeya"));
        CHECK(contains(pageText, "943 476 5919"));
    }
    // Shaped Bengali does not read back letter for letter: that it is Bengali is what is checked.
    CHECK(hasBengali(pdfText(large)));
    CHECK_FALSE(hasBengali(text));
}

TEST_CASE("careplan commands say when a person has no care plan yet, and word their other refusals", "[cli][careplan]")
{
    CarePlanPractice p;
    for (const auto& args :
         std::vector<std::vector<std::string>>{{"careplan", "show", p.nowak},
                                               {"careplan", "export", p.nowak, "--fhir"},
                                               {"careplan", "print", p.nowak, "--out", p.file("nowak.pdf")}}) {
        auto r = p.run(args);
        INFO(args[1]);
        CHECK(r.exit == 3);
        CHECK(contains(r.err, "NOWAK, Lukasz has no care plan yet"));
        CHECK(r.out.empty());
    }
    CHECK_FALSE(std::filesystem::exists(p.file("nowak.pdf")));

    auto unknown = p.run({"careplan", "show", "9999999999"});
    CHECK(unknown.exit == 3);
    auto lang = p.run({"careplan", "print", p.begum, "--out", p.file("x.pdf"), "--lang", "pl"});
    CHECK(lang.exit == 2);
    CHECK(contains(lang.err, "There is no care plan wording in 'pl'"));
    auto notPdf = p.run({"careplan", "print", p.begum, "--out", p.file("x.txt")});
    CHECK(notPdf.exit == 2);
}

TEST_CASE("carehouse-cli prints a care plan on a machine with no display", "[cli][careplan][e2e]")
{
    CarePlanPractice p;
    const auto out = p.file("headless.pdf");
    auto r = testing::runBinary(p.files.path(),
                                {"--db", p.db.path(), "--user", "nurse", "careplan", "print", p.begum, "--out", out},
                                {{"CAREHOUSE_PASSWORD", TempDatabase::kPassword}, {"HOME", p.files.path()}});
    INFO(r.err);
    REQUIRE(r.exit == 0);
    CHECK(contains(pdfText(out), "Walk for 30 minutes every day"));
}

TEST_CASE("referral list and referral status follow a referral to where it has got to", "[cli][careplan]")
{
    CarePlanPractice p;
    auto list = p.run({"--json", "referral", "list", "943", "476", "5919"});
    INFO(list.err);
    REQUIRE(list.exit == 0);
    auto j = nlohmann::json::parse(list.out);
    REQUIRE(j.size() == 1);
    CHECK(j[0]["serviceName"] == "Community podiatry");
    CHECK(j[0]["status"] == "sent");
    const auto id = j[0]["id"].get<std::string>();

    auto bad = p.run({"referral", "status", id, "finished"});
    CHECK(bad.exit == 2);
    CHECK(contains(bad.err, "'finished' is not a referral status"));

    auto accepted = p.run({"referral", "status", id, "accepted", "--note", "Appointment 4 Dec at the foot clinic"});
    INFO(accepted.err);
    REQUIRE(accepted.exit == 0);
    CHECK(contains(accepted.out, "Referral to Community podiatry for BEGUM, Rokeya: accepted on 23-Nov-2026."));
    auto text = p.run({"referral", "list", p.begum});
    REQUIRE(text.exit == 0);
    CHECK(contains(text.out, "accepted"));
    CHECK(contains(text.out, "Appointment 4 Dec at the foot clinic"));
    CHECK(contains(text.out, id));
    auto open = p.run({"referral", "list", p.begum, "--open"});
    CHECK(contains(open.out, "Community podiatry"));
    REQUIRE(p.run({"referral", "status", id, "referred-back"}).exit == 0);
    auto none = p.run({"referral", "list", p.begum, "--open"});
    CHECK(contains(none.out, "has no open referrals"));
    CHECK(p.run({"referral", "status", "no-such-referral", "seen"}).exit == 3);
}
