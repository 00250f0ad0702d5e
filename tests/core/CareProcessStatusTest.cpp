#include "core/clinical/CareProcessStatus.h"

#include "core/clinical/CareProcessCatalogue.h"
#include "core/clinical/TrendSeries.h"

#include <catch2/catch.hpp>

using namespace carehouse;
using clinical::CareProcessCatalogue;
using clinical::CareProcessStatus;
using clinical::TrendSeries;

namespace {

base::CivilDate day(int y, int m, int d)
{
    return *base::CivilDate::fromYmd(y, m, d);
}

const CareProcessCatalogue& catalogue()
{
    auto cat = CareProcessCatalogue::standard();
    REQUIRE(cat.ok());
    return **cat;
}

const CareProcessCatalogue::Process& process(const char* id)
{
    for (const auto& p : catalogue().processes())
        if (p.id == id)
            return p;
    FAIL("no care process " << id);
    return catalogue().processes().front();
}

model::Observation obs(const CareProcessCatalogue::Item& item, base::CivilDate date, std::optional<double> value,
                       std::optional<double> value2 = std::nullopt, std::string valueCode = {})
{
    model::Observation o;
    o.id = item.id + "-" + date.iso();
    o.code = item.code;
    o.effective = date;
    o.value = value;
    o.value2 = value2;
    o.valueCode = std::move(valueCode);
    o.unit = item.unit;
    return o;
}

const auto kToday = day(2026, 11, 23);

} // namespace

TEST_CASE("A care process with no observations reads not recorded, neither done nor against target", "[clinical]")
{
    auto s = CareProcessStatus::of(process("hba1c"), {{}}, kToday);
    CHECK(s.processNumber() == 1);
    CHECK(s.processName() == "HbA1c");
    CHECK(s.window() == CareProcessStatus::Window::NotRecorded);
    CHECK_FALSE(s.doneInWindow());
    CHECK(s.target() == CareProcessStatus::Target::NotRecorded);
    CHECK(s.valueText().empty());
    CHECK_FALSE(s.date().valid());
    CHECK(s.flag().empty());
    // No observation list at all is the same as an empty one.
    CHECK(CareProcessStatus::of(process("hba1c"), {}, kToday).window() == CareProcessStatus::Window::NotRecorded);
}

TEST_CASE("The latest HbA1c is shown with its unit and date and compared with the target", "[clinical]")
{
    const auto& p = process("hba1c");
    const auto& item = p.items.front();
    auto s = CareProcessStatus::of(p, {{obs(item, day(2025, 3, 1), 52), obs(item, day(2026, 10, 1), 71)}}, kToday);
    CHECK(s.valueText() == "71 mmol/mol");
    CHECK(s.date() == day(2026, 10, 1));
    CHECK(s.main().count == 2);
    CHECK(s.doneInWindow());
    CHECK(s.target() == CareProcessStatus::Target::Flagged);
    CHECK(s.flag() == "Above target (58 mmol/mol or less)");

    auto within = CareProcessStatus::of(p, {{obs(item, day(2026, 10, 1), 58)}}, kToday);
    CHECK(within.target() == CareProcessStatus::Target::WithinTarget);
    CHECK(within.flag().empty());
}

TEST_CASE("The 15-month window opens the day after today minus 15 calendar months", "[clinical]")
{
    CHECK(CareProcessStatus::windowStart(kToday) == day(2025, 8, 23));
    const auto& p = process("hba1c");
    const auto& item = p.items.front();
    auto on = [&](base::CivilDate d) { return CareProcessStatus::of(p, {{obs(item, d, 50)}}, kToday).window(); };
    CHECK(on(day(2025, 8, 22)) == CareProcessStatus::Window::NotDone);
    CHECK(on(day(2025, 8, 23)) == CareProcessStatus::Window::NotDone); // exactly 15 months ago is outside
    CHECK(on(day(2025, 8, 24)) == CareProcessStatus::Window::Done);
    CHECK(on(kToday) == CareProcessStatus::Window::Done);
}

TEST_CASE("A stale value is still shown with its flag, but the process is not done in the window", "[clinical]")
{
    const auto& p = process("hba1c");
    auto s = CareProcessStatus::of(p, {{obs(p.items.front(), day(2024, 1, 10), 80)}}, kToday);
    CHECK(s.window() == CareProcessStatus::Window::NotDone);
    CHECK(s.valueText() == "80 mmol/mol");
    CHECK(s.date() == day(2024, 1, 10));
    CHECK(s.flag() == "Above target (58 mmol/mol or less)");
}

TEST_CASE("Counting back 15 months from a month end clamps to the end of the shorter month", "[clinical]")
{
    CHECK(CareProcessStatus::windowStart(day(2026, 5, 31)) == day(2025, 2, 28));
    CHECK(CareProcessStatus::windowStart(day(2029, 5, 31)) == day(2028, 2, 29)); // leap year
    CHECK(CareProcessStatus::windowStart(day(2029, 5, 29)) == day(2028, 2, 29));
    CHECK(CareProcessStatus::windowStart(day(2026, 12, 31)) == day(2025, 9, 30));
    CHECK(CareProcessStatus::windowStart(day(2026, 3, 31)) == day(2024, 12, 31)); // across a year end
    CHECK(CareProcessStatus::windowStart(day(2026, 1, 1)) == day(2024, 10, 1));
    CHECK(CareProcessStatus::monthsBefore(day(2024, 3, 31), 1) == day(2024, 2, 29));
    CHECK(CareProcessStatus::monthsBefore(day(2023, 3, 31), 1) == day(2023, 2, 28));

    const auto& p = process("hba1c");
    const auto& item = p.items.front();
    const auto today = day(2026, 5, 31);
    CHECK(CareProcessStatus::of(p, {{obs(item, day(2025, 2, 28), 50)}}, today).window()
          == CareProcessStatus::Window::NotDone);
    CHECK(CareProcessStatus::of(p, {{obs(item, day(2025, 3, 1), 50)}}, today).window()
          == CareProcessStatus::Window::Done);
}

TEST_CASE("Blood pressure shows systolic over diastolic and is flagged when either is above target", "[clinical]")
{
    const auto& p = process("blood-pressure");
    const auto& item = p.items.front();
    auto s = CareProcessStatus::of(p, {{obs(item, day(2026, 6, 2), 138, 84)}}, kToday);
    CHECK(s.valueText() == "138/84 mmHg");
    CHECK(s.doneInWindow());
    CHECK(s.flag() == "Above target (140/80 mmHg or less)");
    // Half a pair has nothing to show and does not count as recorded.
    auto half = CareProcessStatus::of(p, {{obs(item, day(2026, 6, 2), 138)}}, kToday);
    CHECK(half.window() == CareProcessStatus::Window::NotRecorded);
}

TEST_CASE("BMI is done by its BMI item; weight and height alone do not count", "[clinical]")
{
    const auto& p = process("bmi");
    REQUIRE(p.items.size() == 3);
    const auto &bmi = p.items[0], &weight = p.items[1], &height = p.items[2];
    auto onlyWeight = CareProcessStatus::of(p, {{}, {obs(weight, day(2026, 9, 1), 92)}, {}}, kToday);
    CHECK(onlyWeight.window() == CareProcessStatus::Window::NotRecorded);
    CHECK(onlyWeight.items()[1].valueText == "92.0 kg");
    CHECK(onlyWeight.target() == CareProcessStatus::Target::NoTarget);

    auto all = CareProcessStatus::of(
        p, {{obs(bmi, day(2026, 9, 1), 28)}, {obs(weight, day(2026, 9, 1), 92)}, {obs(height, day(2020, 1, 5), 181)}},
        kToday);
    CHECK(all.doneInWindow());
    CHECK(all.valueText() == "28.0 kg/m²");
    CHECK(all.items()[2].valueText == "181 cm");
    CHECK(all.flag() == "Overweight");
    // NICE's lower thresholds for higher-risk family backgrounds.
    auto higherRisk = CareProcessStatus::of(p, {{obs(bmi, day(2026, 9, 1), 28)}}, kToday, true);
    CHECK(higherRisk.flag() == "Obese");
}

TEST_CASE("The kidney process is done by creatinine and flagged by the eGFR band", "[clinical]")
{
    const auto& p = process("kidney");
    REQUIRE(p.items.size() == 2);
    auto s = CareProcessStatus::of(p, {{obs(p.items[0], day(2026, 4, 4), 110)}, {obs(p.items[1], day(2026, 4, 4), 52)}},
                                   kToday);
    CHECK(s.valueText() == "110 µmol/L");
    CHECK(s.doneInWindow());
    CHECK(s.target() == CareProcessStatus::Target::Flagged);
    CHECK(s.flag() == "G3a: mildly to moderately reduced");

    auto eGfrOnly = CareProcessStatus::of(p, {{}, {obs(p.items[1], day(2026, 4, 4), 95)}}, kToday);
    CHECK(eGfrOnly.window() == CareProcessStatus::Window::NotRecorded);
    CHECK(eGfrOnly.target() == CareProcessStatus::Target::WithinTarget);
}

TEST_CASE("A category process shows the option's words and its flag", "[clinical]")
{
    const auto& p = process("smoking");
    auto s = CareProcessStatus::of(p, {{obs(p.items[0], day(2026, 2, 1), std::nullopt, std::nullopt, "77176002")}},
                                   kToday);
    CHECK(s.valueText() == "Current smoker");
    CHECK(s.flag() == "Smokes: offer support to stop");
    auto ex
        = CareProcessStatus::of(p, {{obs(p.items[0], day(2026, 2, 1), std::nullopt, std::nullopt, "8517006")}}, kToday);
    CHECK(ex.target() == CareProcessStatus::Target::WithinTarget);
}

TEST_CASE("An entered-in-error observation is not the latest value", "[clinical]")
{
    const auto& p = process("hba1c");
    auto wrong = obs(p.items.front(), day(2026, 10, 1), 7.5);
    wrong.status = model::Observation::Status::EnteredInError;
    auto s = CareProcessStatus::of(p, {{obs(p.items.front(), day(2026, 3, 1), 55), wrong}}, kToday);
    CHECK(s.valueText() == "55 mmol/mol");
}

TEST_CASE("Trend target lines come from the catalogue's least severe flag rule on each side", "[clinical]")
{
    auto lines = [](const char* id, bool higherRisk = false) {
        return TrendSeries::targetLines(*catalogue().itemById(id), higherRisk);
    };
    auto hba1c = lines("hba1c");
    REQUIRE(hba1c.size() == 1);
    CHECK(hba1c[0].side == TrendSeries::TargetLine::Side::Upper);
    CHECK(hba1c[0].value == 58);
    CHECK(hba1c[0].inclusive);

    auto bp = lines("blood-pressure");
    REQUIRE(bp.size() == 1);
    CHECK(bp[0].value == 140);
    CHECK(bp[0].value2 == 80);

    auto cholesterol = lines("cholesterol");
    REQUIRE(cholesterol.size() == 1);
    CHECK(cholesterol[0].value == 5.0);
    CHECK_FALSE(cholesterol[0].inclusive); // 5.0 itself is flagged

    auto egfr = lines("egfr");
    REQUIRE(egfr.size() == 1);
    CHECK(egfr[0].side == TrendSeries::TargetLine::Side::Lower);
    CHECK(egfr[0].value == 60);

    auto acr = lines("acr");
    REQUIRE(acr.size() == 1);
    CHECK(acr[0].value == 3);
    CHECK(acr[0].text == "A2: moderately raised");

    auto bmi = lines("bmi");
    REQUIRE(bmi.size() == 2);
    CHECK(bmi[0].value == 25);
    CHECK(bmi[1].value == 18.5);
    CHECK(lines("bmi", true)[0].value == 23);

    CHECK(lines("weight").empty());
    CHECK(lines("smoking").empty());
}

TEST_CASE("A trend has one point per valued observation, oldest first, with diastolic for blood pressure", "[clinical]")
{
    const auto& bp = *catalogue().itemById("blood-pressure");
    auto half = obs(bp, day(2025, 6, 1), 150);
    auto s = TrendSeries::of(bp, {obs(bp, day(2024, 1, 2), 150, 90), half, obs(bp, day(2026, 1, 2), 132, 76)});
    REQUIRE(s.points().size() == 2);
    CHECK(s.isPair());
    CHECK(s.points()[0].date == day(2024, 1, 2));
    CHECK(s.points()[0].value == 150);
    CHECK(s.points()[0].value2 == 90);
    CHECK(s.points()[1].value2 == 76);
    CHECK(s.targets().size() == 1);

    const auto& smoking = *catalogue().itemById("smoking");
    CHECK_FALSE(TrendSeries::chartable(smoking));
    CHECK(TrendSeries::of(smoking, {obs(smoking, day(2026, 1, 1), std::nullopt, std::nullopt, "8517006")}).empty());
}
