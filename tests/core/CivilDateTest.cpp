#include "core/base/CivilDate.h"

#include <catch2/catch.hpp>

using carehouse::base::CivilDate;
using carehouse::base::ErrorCode;

TEST_CASE("Dates are read day first in the forms UK staff type", "[base]")
{
    for (auto text :
         {"14/07/1945", "14-07-1945", "14-Jul-1945", "14 jul 1945", "14.07.1945", "1945-07-14", "4/7/1945"}) {
        auto d = CivilDate::parse(text);
        REQUIRE(d.ok());
        CHECK(d->year() == 1945);
        CHECK(d->month() == 7);
    }
    CHECK(CivilDate::parse("14/07/1945")->display() == "14-Jul-1945");
    CHECK(CivilDate::parse("4/7/1945")->iso() == "1945-07-04");
}

TEST_CASE("Impossible and ambiguous dates are refused", "[base]")
{
    CHECK(CivilDate::parse("31/02/1950").error().code == ErrorCode::DateImplausible);
    CHECK(CivilDate::parse("29/02/2023").error().code == ErrorCode::DateImplausible);
    CHECK(CivilDate::parse("14/07/45").error().code == ErrorCode::DateFormat);
    CHECK(CivilDate::parse("14/13/1945").error().code == ErrorCode::DateImplausible);
    CHECK(CivilDate::parse("yesterday").error().code == ErrorCode::DateFormat);
    CHECK(CivilDate::parse("29/02/2024").ok());
}

TEST_CASE("Age counts whole years and turns on the birthday", "[base]")
{
    auto born = *CivilDate::fromYmd(1945, 7, 14);
    CHECK(born.ageOn(*CivilDate::fromYmd(2026, 7, 13)) == 80);
    CHECK(born.ageOn(*CivilDate::fromYmd(2026, 7, 14)) == 81);
    CHECK(carehouse::base::formatAge(born, *CivilDate::fromYmd(2026, 11, 23)) == "81y");
    auto baby = *CivilDate::fromYmd(2026, 8, 1);
    CHECK(carehouse::base::formatAge(baby, *CivilDate::fromYmd(2026, 11, 23)) == "3m");
}

TEST_CASE("Day counts round trip through the epoch", "[base]")
{
    auto d = *CivilDate::fromYmd(2000, 2, 29);
    CHECK(CivilDate::fromDaysSinceEpoch(d.daysSinceEpoch()) == d);
    CHECK(d.addYears(1) == *CivilDate::fromYmd(2001, 3, 1));
    CHECK(CivilDate{}.display() == "Not known");
}
