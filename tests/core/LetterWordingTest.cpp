#include "core/letters/LetterWording.h"

#include "core/base/JsonFile.h"
#include "core/base/ResourceDirectory.h"
#include "core/clinical/CareProcessCatalogue.h"
#include "tests/support/TempDatabase.h"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

using namespace carehouse;
using letters::LetterWording;
using nlohmann::json;

namespace {

json shipped(const std::string& language)
{
    auto j = base::readJsonFile(base::resourcePath(LetterWording::resourceFor(language)));
    REQUIRE(j.ok());
    return *j;
}

// Every leaf of a JSON document by its path, with the leaf itself.
void leaves(const json& j, const std::string& path, std::map<std::string, json>& out)
{
    if (j.is_object()) {
        for (auto it = j.begin(); it != j.end(); ++it)
            leaves(it.value(), path + "." + it.key(), out);
    } else if (j.is_array()) {
        for (std::size_t i = 0; i < j.size(); ++i)
            leaves(j[i], path + "[" + std::to_string(i) + "]", out);
    } else {
        out[path] = j;
    }
}

const clinical::CareProcessCatalogue& catalogue()
{
    auto c = clinical::CareProcessCatalogue::standard();
    REQUIRE(c.ok());
    return **c;
}

// Writes `j` to a file as the shipped files are laid out, and returns the line of the first
// line containing `needle`.
int writeAndFind(const json& j, const std::string& path, const std::string& needle)
{
    const auto text = j.dump(2);
    std::ofstream(path, std::ios::binary) << text;
    std::istringstream in(text);
    std::string line;
    for (int n = 1; std::getline(in, line); ++n)
        if (line.find(needle) != std::string::npos)
            return n;
    return 0;
}

} // namespace

TEST_CASE("English and Bengali results wording are shipped and load complete", "[letters]")
{
    const auto languages = LetterWording::available();
    CHECK(std::find(languages.begin(), languages.end(), "en") != languages.end());
    CHECK(std::find(languages.begin(), languages.end(), "bn") != languages.end());
    for (const auto& language : languages) {
        INFO(language);
        auto w = LetterWording::forLanguage(language);
        REQUIRE(w.ok());
        CHECK(w->language() == language);
        for (const auto& path : LetterWording::requiredTexts())
            CHECK_FALSE(w->text(path).empty());
        for (const auto& process : catalogue().processes()) {
            const auto* p = w->process(process.id);
            REQUIRE(p);
            CHECK_FALSE(p->name.empty());
            CHECK_FALSE(p->explanation.empty());
            CHECK_FALSE(p->notDone.empty());
        }
        CHECK(w->agendaTopics().size() >= 8);
        REQUIRE(w->questionnaire("phq2"));
        CHECK(w->questionnaire("phq2")->items.size() == 2);
        CHECK(w->questionnaire("gad2")->options.size() == 4);
    }
}

TEST_CASE("Every string of the English wording exists in every other language and the other way round", "[letters]")
{
    std::map<std::string, json> english;
    leaves(shipped("en"), "$", english);
    for (const auto& language : LetterWording::available()) {
        if (language == "en")
            continue;
        std::map<std::string, json> other;
        leaves(shipped(language), "$", other);
        for (const auto& [path, value] : english) {
            INFO(language << " lacks " << path);
            REQUIRE(other.count(path) == 1);
            CHECK(other.at(path).type() == value.type());
            if (value.is_number() || value.is_boolean()) // thresholds and flags are the same everywhere
                CHECK(other.at(path) == value);
            if (value.is_string())
                CHECK_FALSE(other.at(path).get<std::string>().empty());
        }
        for (const auto& [path, value] : other) {
            INFO("English lacks " << path << " that " << language << " has");
            CHECK(english.count(path) == 1);
        }
    }
}

TEST_CASE("Results wording for a language that is not shipped is English", "[letters]")
{
    auto w = LetterWording::forLanguage("pl");
    REQUIRE(w.ok());
    CHECK(w->language() == "en");
    auto empty = LetterWording::forLanguage("");
    REQUIRE(empty.ok());
    CHECK(empty->language() == "en");
}

TEST_CASE("A shipped language that lacks a string is refused, never filled in from English", "[letters]")
{
    REQUIRE(clinical::CareProcessCatalogue::standard().ok()); // loaded from the real resources first
    testing::TempDir dir;
    std::filesystem::create_directories(dir.file("letters"));
    auto bn = shipped("bn");
    bn["change"].erase("higher");
    writeAndFind(shipped("en"), dir.file("letters/results-wording-en.json"), "x");
    writeAndFind(bn, dir.file("letters/results-wording-bn.json"), "x");
    const char* before = std::getenv("CAREHOUSE_RESOURCES");
    const std::string saved = before ? before : "";
    ::setenv("CAREHOUSE_RESOURCES", dir.path().c_str(), 1);
    auto w = LetterWording::forLanguage("bn");
    auto en = LetterWording::forLanguage("en");
    const auto languages = LetterWording::available();
    if (saved.empty())
        ::unsetenv("CAREHOUSE_RESOURCES");
    else
        ::setenv("CAREHOUSE_RESOURCES", saved.c_str(), 1);
    REQUIRE_FALSE(w.ok());
    CHECK(w.error().field == "$.change.higher");
    CHECK(w.error().line > 0);
    CHECK(en.ok());
    CHECK(languages == std::vector<std::string>{"bn", "en"});
}

TEST_CASE("A wording file missing one string is refused naming the key's path and line", "[letters]")
{
    testing::TempDir dir;
    auto j = shipped("en");
    j["processes"]["hba1c"].erase("aboveTarget");
    const auto path = dir.file("results-wording-xx.json");
    const int line = writeAndFind(j, path, "\"hba1c\": {");
    REQUIRE(line > 0);
    auto w = LetterWording::load(path, catalogue());
    REQUIRE_FALSE(w.ok());
    CHECK(w.error().code == base::ErrorCode::ResourceInvalid);
    CHECK(w.error().field == "$.processes.hba1c.aboveTarget");
    CHECK(w.error().file == path);
    CHECK(w.error().line == line);
}

TEST_CASE("A wording file with an empty string is refused at that string's line", "[letters]")
{
    testing::TempDir dir;
    auto j = shipped("bn");
    j["headings"]["title"] = "  ";
    const auto path = dir.file("results-wording-bn.json");
    const int line = writeAndFind(j, path, "\"title\": \"  \"");
    auto w = LetterWording::load(path, catalogue());
    REQUIRE_FALSE(w.ok());
    CHECK(w.error().field == "$.headings.title");
    CHECK(w.error().line == line);
}

TEST_CASE("A wording file missing a category option or a band is refused", "[letters]")
{
    testing::TempDir dir;
    auto j = shipped("en");
    j["processes"]["foot"]["categories"].erase("active");
    const auto path = dir.file("a.json");
    writeAndFind(j, path, "x");
    auto w = LetterWording::load(path, catalogue());
    REQUIRE_FALSE(w.ok());
    CHECK(w.error().field == "$.processes.foot.categories.active");
    CHECK(w.error().line > 0);

    auto k = shipped("en");
    k["processes"]["kidney"]["bands"][2].erase("meaning");
    writeAndFind(k, path, "x");
    auto v = LetterWording::load(path, catalogue());
    REQUIRE_FALSE(v.ok());
    CHECK(v.error().field == "$.processes.kidney.bands[2].meaning");
}

TEST_CASE("A wording sentence that drops or misspells a placeholder is refused", "[letters]")
{
    testing::TempDir dir;
    const auto path = dir.file("a.json");
    auto j = shipped("en");
    j["phrases"]["notDoneLastDone"] = "Not done yet.";
    writeAndFind(j, path, "x");
    auto w = LetterWording::load(path, catalogue());
    REQUIRE_FALSE(w.ok());
    CHECK(w.error().field == "$.phrases.notDoneLastDone");

    auto k = shipped("en");
    k["appointment"]["booked"] = "On {date} at {tme} at {place} with {withWhom}.";
    writeAndFind(k, path, "x");
    auto v = LetterWording::load(path, catalogue());
    REQUIRE_FALSE(v.ok());
    CHECK(v.error().field == "$.appointment.booked");
}

TEST_CASE("Wording dates are dd-Mmm-yyyy with the language's month names", "[letters]")
{
    auto en = LetterWording::forLanguage("en");
    auto bn = LetterWording::forLanguage("bn");
    REQUIRE(en.ok());
    REQUIRE(bn.ok());
    const auto d = *base::CivilDate::parseIso("2026-03-05");
    CHECK(en->date(d) == "05-Mar-2026");
    CHECK(bn->date(d) == "05-মার্চ-2026");
}

TEST_CASE("Interpretation bands pick the first band a value reaches", "[letters]")
{
    auto en = LetterWording::forLanguage("en");
    REQUIRE(en.ok());
    const auto* kidney = en->process("kidney");
    CHECK(kidney->bandFor(95, false)->id == "G1");
    CHECK(kidney->bandFor(60, false)->id == "G2");
    CHECK(kidney->bandFor(59, false)->id == "G3a");
    CHECK(kidney->bandFor(44, false)->id == "G3b");
    CHECK(kidney->bandFor(29, false)->id == "G4");
    CHECK(kidney->bandFor(14, false)->id == "G5");
    const auto* acr = en->process("acr");
    CHECK(acr->bandFor(2.9, false)->id == "A1");
    CHECK(acr->bandFor(3, false)->id == "A2");
    CHECK(acr->bandFor(30, false)->id == "A2");
    CHECK(acr->bandFor(30.1, false)->id == "A3");
    const auto* bmi = en->process("bmi");
    CHECK(bmi->bandFor(24, false)->id == "healthy");
    CHECK(bmi->bandFor(24, true)->id == "overweight");
    CHECK(bmi->bandFor(28, true)->id == "obese");
    CHECK(bmi->bandFor(28, false)->id == "overweight");
    CHECK(bmi->bandFor(17, false)->id == "underweight");
    CHECK(bmi->bandFor(41, false)->id == "severely-obese");
}
