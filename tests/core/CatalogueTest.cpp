#include "core/base/ResourceDirectory.h"
#include "core/clinical/CareProcessCatalogue.h"
#include "core/clinical/ConditionCatalogue.h"
#include "tests/support/TempDatabase.h"

#include <catch2/catch.hpp>
#include <fstream>

using namespace carehouse;

TEST_CASE("The shipped care-process catalogue has the nine processes with units and ranges", "[clinical]")
{
    auto cat = clinical::CareProcessCatalogue::standard();
    REQUIRE(cat.ok());
    REQUIRE((*cat)->processes().size() == 9);
    const auto* hba1c = (*cat)->itemById("hba1c");
    REQUIRE(hba1c);
    CHECK(hba1c->code == "999791000000106");
    CHECK(hba1c->unitDisplay == "mmol/mol");
    CHECK(hba1c->low == 20);
    CHECK(hba1c->high == 200);
    CHECK(hba1c->formatValue(58, std::nullopt, "") == "58 mmol/mol");
    const auto* bp = (*cat)->itemById("blood-pressure");
    CHECK(bp->formatValue(138, 78, "") == "138/78 mmHg");
    CHECK((*cat)->itemById("egfr")->unitDisplay == "mL/min/1.73m²");
    for (const auto& p : (*cat)->processes())
        for (const auto& item : p.items)
            CHECK_FALSE(item.unitDisplay.empty());
}

TEST_CASE("A broken catalogue file is refused with its name and line", "[clinical]")
{
    testing::TempDir dir;
    auto path = dir.file("care-processes.json");
    std::ofstream(path) << "{\n  \"processes\": [\n    { \"number\": 1,\n      \"id\": \"hba1c\" \n      \"name\": "
                           "\"HbA1c\" }\n  ]\n}\n";
    auto r = clinical::CareProcessCatalogue::load(path);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == base::ErrorCode::ResourceInvalid);
    CHECK(r.error().file == path);
    CHECK(r.error().line == 5);
}

TEST_CASE("A catalogue item without a unit is refused with where it is", "[clinical]")
{
    testing::TempDir dir;
    auto path = dir.file("care-processes.json");
    std::ofstream(path) << R"({"processes": [{"number": 1, "id": "hba1c", "name": "HbA1c", "items": [
        {"id": "hba1c", "name": "HbA1c", "code": "1", "kind": "quantity", "plausible": [20, 200]}]}]})";
    auto r = clinical::CareProcessCatalogue::load(path);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().field == "$.processes[0].items[0].unit");
}

TEST_CASE("The condition catalogue knows both diabetes types and the review's other conditions", "[clinical]")
{
    auto cat = clinical::ConditionCatalogue::standard();
    REQUIRE(cat.ok());
    REQUIRE((*cat)->find("44054006"));
    CHECK((*cat)->find("44054006")->diabetes);
    CHECK((*cat)->find("46635009")->diabetes);
    CHECK_FALSE((*cat)->find("38341003")->diabetes);
}

TEST_CASE("A catalogue listing one item twice is refused", "[clinical]")
{
    testing::TempDir dir;
    auto path = dir.file("care-processes.json");
    std::ofstream(path) << R"({"processes": [{"number": 1, "id": "bmi", "name": "BMI", "items": [
        {"id": "weight", "name": "Weight", "code": "27113001", "kind": "quantity", "unit": "kg", "plausible": [20, 300]},
        {"id": "weight", "name": "Weight", "code": "27113001", "kind": "quantity", "unit": "kg", "plausible": [20, 300]}]}]})";
    auto r = clinical::CareProcessCatalogue::load(path);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().field == "$.processes[0].items[1]");
}

TEST_CASE("Values outside the default targets and in abnormal bands are flagged", "[clinical]")
{
    auto cat = clinical::CareProcessCatalogue::standard();
    REQUIRE(cat.ok());
    auto flag
        = [&](const char* id, std::optional<double> v, std::optional<double> v2 = std::nullopt, const char* code = "",
              bool higherRisk = false) { return (*cat)->itemById(id)->flagFor(v, v2, code, higherRisk).value_or(""); };
    CHECK(flag("hba1c", 58).empty());
    CHECK(flag("hba1c", 59) == "Above target (58 mmol/mol or less)");
    CHECK(flag("blood-pressure", 140, 80).empty());
    CHECK(flag("blood-pressure", 138, 84) == "Above target (140/80 mmHg or less)");
    CHECK(flag("cholesterol", 4.9).empty());
    CHECK(flag("cholesterol", 5.0) == "Above target (less than 5.0 mmol/L)");
    CHECK(flag("egfr", 90).empty());
    CHECK(flag("egfr", 59) == "G3a: mildly to moderately reduced");
    CHECK(flag("egfr", 37) == "G3b: moderately to severely reduced");
    CHECK(flag("egfr", 12) == "G5: kidney failure range");
    CHECK(flag("acr", 2.9).empty());
    CHECK(flag("acr", 3) == "A2: moderately raised");
    CHECK(flag("acr", 31) == "A3: severely raised");
    CHECK(flag("bmi", 28).empty() == false);
    CHECK(flag("bmi", 24).empty());
    CHECK(flag("bmi", 28, std::nullopt, "", true) == "Obese"); // NICE threshold 27.5 for higher-risk backgrounds
    CHECK(flag("bmi", 28) == "Overweight");
    CHECK(flag("smoking", std::nullopt, std::nullopt, "77176002") == "Smokes: offer support to stop");
    CHECK(flag("smoking", std::nullopt, std::nullopt, "8517006").empty());
    CHECK(flag("foot-risk", std::nullopt, std::nullopt, "high") == "High risk: foot protection service");
    CHECK((*cat)->higherRiskBackground("south-asian"));
    CHECK_FALSE((*cat)->higherRiskBackground("white-british"));
}

TEST_CASE("A broken item in the shipped layout is refused with the line it starts on", "[clinical]")
{
    testing::TempDir dir;
    auto path = dir.file("care-processes.json");
    std::ofstream(path) << "{\n  \"processes\": [\n    { \"number\": 1, \"id\": \"hba1c\", \"name\": \"HbA1c\",\n"
                           "      \"items\": [\n        { \"id\": \"a\", \"name\": \"A\", \"code\": \"1\", \"kind\": "
                           "\"category\", \"options\": [] },\n"
                           "        { \"id\": \"b\", \"name\": \"B\", \"code\": \"2\", \"kind\": \"quantity\" }\n"
                           "      ] }\n  ]\n}\n";
    auto r = clinical::CareProcessCatalogue::load(path);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().field == "$.processes[0].items[0].options");
    CHECK(r.error().line == 5);
}

TEST_CASE("A conversion from the stored unit itself is refused", "[clinical]")
{
    testing::TempDir dir;
    auto path = dir.file("care-processes.json");
    std::ofstream(path) << R"({"processes": [{"number": 1, "id": "w", "name": "W", "items": [
        {"id": "w", "name": "W", "code": "1", "kind": "quantity", "unit": "kg", "plausible": [20, 300],
         "conversions": [{"unit": "kg", "factor": 1}]}]}]})";
    auto r = clinical::CareProcessCatalogue::load(path);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().field == "$.processes[0].items[0].conversions[0].unit");
    CHECK(r.error().line == 3);
}
