// questionnaire print: a blank paper questionnaire as a PDF, in-process and through the built
// binary, read back with pdftotext (white space collapsed).
#include "app/cli/LettersPrintCommand.h"
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
using carehouse::testing::runInProcess;
using carehouse::testing::TempDatabase;

namespace {

// The text of a PDF (or of one page) in drawing order, one space for each run of white space:
// a table cell's words wrap onto several lines.
std::string pdfText(const std::string& path, int page = 0)
{
    const auto text = testing::pdfText(path, page, page, true);
    std::string collapsed;
    for (char c : text) {
        const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\f' || c == '\r';
        if (space && (collapsed.empty() || collapsed.back() == ' '))
            continue;
        collapsed += space ? ' ' : c;
    }
    return collapsed;
}

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

struct BlankPractice
{
    TempDatabase db{model::Role::Nurse};
    testing::TempDir files;
    std::string begum;

    BlankPractice()
    {
        begum = testing::addPersonWithDiabetes(db.store(), "Begum", "Rokeya", "1956-02-04", "9990100004");
    }
    testing::CliResult run(std::vector<std::string> args, const std::string& user = "nurse")
    {
        args.insert(args.begin(), {"--db", db.path(), "--user", user});
        auto r = runInProcess(args, {{"CAREHOUSE_PASSWORD", TempDatabase::kPassword}, {"HOME", "/nonexistent"}},
                              db.clock());
        cli::LettersPrintCommand::releaseGui();
        return r;
    }
    std::string file(const std::string& name) const { return files.file(name); }
};

} // namespace

TEST_CASE("questionnaire print writes a blank PHQ-9 for a person, named on every page, without a score",
          "[cli][questionnaire][print]")
{
    BlankPractice p;
    const auto out = p.file("phq9-begum.pdf");
    auto r = p.run({"questionnaire", "print", "phq-9", "--patient", "999 010 0004", "--out", out});
    INFO(r.err);
    REQUIRE(r.exit == 0);
    CHECK(contains(r.out, "Wrote a blank Patient Health Questionnaire (PHQ-9) for BEGUM, Rokeya"));
    CHECK(contains(r.out, "standard print"));
    const auto text = pdfText(out);
    CHECK(contains(text, "Little interest or pleasure in doing things"));
    CHECK(contains(text, "Nearly every day"));
    CHECK_FALSE(contains(text, "score"));
    CHECK_FALSE(contains(text, "Score"));
    const auto page1 = pdfText(out, 1);
    CHECK(contains(page1, "BEGUM, Rokeya"));
    CHECK(contains(page1, "999 010 0004"));
    CHECK(contains(page1, "04-Feb-1956"));

    auto json = p.run({"--json", "questionnaire", "print", "gad-7", "--patient", p.begum, "--out", p.file("gad7.pdf"),
                       "--large-print"});
    REQUIRE(json.exit == 0);
    const auto j = nlohmann::json::parse(json.out);
    CHECK(j["questionnaire"] == "gad-7");
    CHECK(j["patientId"] == p.begum);
    CHECK(j["nhsNumber"] == "9990100004");
    CHECK(j["largePrint"] == true);
    CHECK(j["pages"].get<int>() >= 1);
}

TEST_CASE("questionnaire print without --patient writes a practice blank with lines for the details",
          "[cli][questionnaire][print]")
{
    BlankPractice p;
    const auto out = p.file("agenda-blank.pdf");
    auto r = p.run({"questionnaire", "print", "care-planning-agenda", "--out", out}, "reception");
    INFO(r.err);
    REQUIRE(r.exit == 0);
    CHECK(contains(r.out, "for the practice"));
    const auto text = pdfText(out);
    CHECK(contains(text, "What matters most to you at the moment?"));
    CHECK(contains(text, "Name: ____"));
    CHECK(contains(text, "NHS number: ____"));
    CHECK_FALSE(contains(text, "BEGUM"));
}

TEST_CASE("questionnaire print refuses an unknown questionnaire, person or output, and writes nothing",
          "[cli][questionnaire][print]")
{
    BlankPractice p;
    const auto out = p.file("nothing.pdf");
    auto unknown = p.run({"questionnaire", "print", "phq-99", "--out", out});
    CHECK(unknown.exit == 3);
    CHECK(contains(unknown.err, "There is no questionnaire called 'phq-99'"));
    CHECK(contains(unknown.err, "questionnaire list"));
    CHECK_FALSE(std::filesystem::exists(out));

    auto nobody = p.run({"questionnaire", "print", "phq-9", "--patient", "999 010 0012", "--out", out});
    CHECK(nobody.exit == 3);
    CHECK_FALSE(std::filesystem::exists(out));

    auto notPdf = p.run({"questionnaire", "print", "phq-9", "--out", p.file("phq9.txt")});
    CHECK(notPdf.exit == 2);
    CHECK(contains(notPdf.err, "--out must name a PDF file"));

    auto noOut = p.run({"questionnaire", "print", "phq-9"});
    CHECK(noOut.exit == 2);
}

TEST_CASE("carehouse-cli prints a blank questionnaire on a machine with no display", "[cli][questionnaire][e2e]")
{
    BlankPractice p;
    const auto out = p.file("headless.pdf");
    auto r = testing::runBinary(
        p.files.path(),
        {"--db", p.db.path(), "--user", "nurse", "questionnaire", "print", "phq-2", "--patient", p.begum, "--out", out},
        {{"CAREHOUSE_PASSWORD", TempDatabase::kPassword}, {"HOME", p.files.path()}});
    INFO(r.err);
    REQUIRE(r.exit == 0);
    CHECK(contains(pdfText(out), "Feeling down, depressed, or hopeless"));
    CHECK(contains(pdfText(out), "BEGUM, Rokeya"));
}
