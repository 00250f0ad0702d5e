#include "core/clinical/ValueCheck.h"

#include "core/clinical/CareProcessCatalogue.h"

#include <catch2/catch.hpp>

using namespace carehouse;
using base::ErrorCode;
using clinical::ValueCheck;

namespace {

const clinical::CareProcessCatalogue::Item& item(const char* id)
{
    auto cat = clinical::CareProcessCatalogue::standard();
    REQUIRE(cat.ok());
    const auto* i = (*cat)->itemById(id);
    REQUIRE(i);
    return *i;
}

} // namespace

TEST_CASE("HbA1c 7.5 typed as mmol/mol is caught and 58 mmol/mol suggested", "[clinical][units]")
{
    auto r = ValueCheck::check(item("hba1c"), {7.5, std::nullopt, {}, "mmol/mol"});
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::LikelyWrongUnit);
    CHECK(r.error().hint == "58 mmol/mol");
    CHECK(r.error().value == "7.5 mmol/mol");
}

TEST_CASE("HbA1c given in DCCT percent is converted to mmol/mol and the original kept", "[clinical][units]")
{
    auto r = ValueCheck::check(item("hba1c"), {7.5, std::nullopt, {}, "%"});
    REQUIRE(r.ok());
    CHECK(r->unit == "mmol/mol");
    CHECK(*r->value == Approx(58.47).margin(0.005));
    CHECK(item("hba1c").formatValue(r->value, std::nullopt, {}) == "58 mmol/mol");
    CHECK(*r->originalValue == 7.5);
    CHECK(r->originalUnit == "%");
}

TEST_CASE("Each CLINICAL.md conversion lands in the stored unit", "[clinical][units]")
{
    CHECK(*ValueCheck::check(item("cholesterol"), {193.4, std::nullopt, {}, "mg/dL"})->value
          == Approx(5.0).margin(0.01));
    CHECK(*ValueCheck::check(item("creatinine"), {1.0, std::nullopt, {}, "mg/dL"})->value == Approx(88.4).margin(0.1));
    CHECK(*ValueCheck::check(item("acr"), {88.4, std::nullopt, {}, "mg/g"})->value == Approx(10.0).margin(0.01));
    CHECK(*ValueCheck::check(item("weight"), {200, std::nullopt, {}, "[lb_av]"})->value == Approx(90.7).margin(0.05));
    CHECK(*ValueCheck::check(item("height"), {70, std::nullopt, {}, "in"})->value == Approx(177.8).margin(0.05));
}

TEST_CASE("The stored unit may be typed as its UCUM code, its display or a plain spelling", "[clinical][units]")
{
    for (const char* unit : {"mL/min/{1.73_m2}", "mL/min/1.73m²", "mL/min/1.73m2"}) {
        auto r = ValueCheck::check(item("egfr"), {52, std::nullopt, {}, unit});
        INFO(unit);
        REQUIRE(r.ok());
        CHECK_FALSE(r->originalValue);
        CHECK(r->unit == "mL/min/{1.73_m2}");
    }
}

TEST_CASE("A unit the item cannot take is refused naming the expected unit", "[clinical][units]")
{
    auto r = ValueCheck::check(item("hba1c"), {58, std::nullopt, {}, "mg/dL"});
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::UnknownUnit);
    CHECK(r.error().hint == "mmol/mol");
}

TEST_CASE("A value outside the plausible range is refused unless confirmed", "[clinical]")
{
    auto r = ValueCheck::check(item("egfr"), {160, std::nullopt, {}, ""});
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::ImplausibleValue);
    CHECK(r.error().hint == "1–150 mL/min/1.73m²");
    auto confirmed = ValueCheck::check(item("egfr"), {160, std::nullopt, {}, ""}, true);
    REQUIRE(confirmed.ok());
    CHECK(confirmed->confirmedOutsideRange);
}

TEST_CASE("A negative or non-finite value is refused even when confirmed", "[clinical]")
{
    CHECK(ValueCheck::check(item("weight"), {-3, std::nullopt, {}, ""}, true).error().code
          == ErrorCode::ImplausibleValue);
    CHECK_FALSE(ValueCheck::check(item("weight"), {std::nan(""), std::nullopt, {}, ""}, true).ok());
}

TEST_CASE("Blood pressure needs systolic above diastolic and both in range", "[clinical]")
{
    CHECK(ValueCheck::check(item("blood-pressure"), {138, 82, {}, "mmHg"}).ok());
    CHECK(ValueCheck::check(item("blood-pressure"), {80, 120, {}, ""}).error().code == ErrorCode::ImplausibleValue);
    CHECK(ValueCheck::check(item("blood-pressure"), {138, std::nullopt, {}, ""}).error().code
          == ErrorCode::RequiredField);
    CHECK(ValueCheck::check(item("blood-pressure"), {300, 90, {}, ""}).error().code == ErrorCode::ImplausibleValue);
}

TEST_CASE("A category value must be one of the item's options", "[clinical]")
{
    CHECK(ValueCheck::check(item("smoking"), {std::nullopt, std::nullopt, "8517006", {}}).ok());
    CHECK(ValueCheck::check(item("smoking"), {std::nullopt, std::nullopt, "sometimes", {}}).error().code
          == ErrorCode::UnknownCode);
    CHECK(ValueCheck::check(item("foot-left"), {std::nullopt, std::nullopt, "high", {}}).ok());
}

TEST_CASE("Laboratory codes map to catalogue items by SNOMED CT and LOINC", "[clinical]")
{
    auto cat = clinical::CareProcessCatalogue::standard();
    REQUIRE(cat.ok());
    CHECK((*cat)->itemForCoding("http://snomed.info/sct", "999791000000106")->id == "hba1c");
    CHECK((*cat)->itemForCoding("LOINC", "4548-4")->id == "hba1c");
    CHECK((*cat)->itemForCoding("http://loinc.org", "33914-3")->id == "egfr");
    CHECK((*cat)->itemForCoding("loinc", "14959-1")->id == "acr");
    CHECK((*cat)->itemForCoding("http://loinc.org", "85354-9")->id == "blood-pressure"); // the item's own LOINC
    CHECK((*cat)->itemForCoding("LOINC", "29463-7")->id == "weight");
    CHECK((*cat)->itemForCoding("http://loinc.org", "0000-0") == nullptr);
    CHECK((*cat)->itemForCoding("SNOMED", "carehouse:foot-risk") == nullptr);
}
