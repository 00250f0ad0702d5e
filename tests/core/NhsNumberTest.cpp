#include "core/model/NhsNumber.h"

#include <catch2/catch.hpp>

using carehouse::base::ErrorCode;
using carehouse::model::NhsNumber;

TEST_CASE("A valid NHS number is accepted with or without spaces and shown 3-3-4", "[model]")
{
    for (auto text : {"9434765919", "943 476 5919", "943-476-5919", " 943 476 5919 "}) {
        auto n = NhsNumber::parse(text);
        REQUIRE(n.ok());
        CHECK(n->digits() == "9434765919");
        CHECK(n->display() == "943 476 5919");
    }
}

TEST_CASE("An NHS number whose check digit does not match is refused", "[model]")
{
    auto n = NhsNumber::parse("943 476 5918");
    REQUIRE_FALSE(n.ok());
    CHECK(n.error().code == ErrorCode::NhsNumberCheckDigit);
    CHECK(n.error().value == "943 476 5918");
}

TEST_CASE("A nine-digit stem whose Modulus 11 check would be 10 has no valid NHS number", "[model]")
{
    // 10*1 + 9*2 + 8*3 + 7*4 + 6*5 + 5*6 + 4*7 + 3*8 + 2*9 = 210; 210 mod 11 = 1; 11 - 1 = 10.
    CHECK(NhsNumber::checkDigit("123456789") == -1);
    for (char last = '0'; last <= '9'; ++last) {
        auto n = NhsNumber::parse(std::string("123456789") + last);
        REQUIRE_FALSE(n.ok());
        CHECK(n.error().code == ErrorCode::NhsNumberCheckDigit);
    }
}

TEST_CASE("A check computing to 11 becomes 0", "[model]")
{
    int found = 0;
    for (int stem = 999000000; stem < 999000300; ++stem) {
        auto nine = std::to_string(stem);
        int sum = 0;
        for (int i = 0; i < 9; ++i)
            sum += (nine[static_cast<std::size_t>(i)] - '0') * (10 - i);
        if (sum % 11 != 0)
            continue;
        ++found;
        CHECK(NhsNumber::checkDigit(nine) == 0);
        CHECK(NhsNumber::parse(nine + "0").ok());
    }
    CHECK(found > 0);
}

TEST_CASE("Malformed NHS numbers are refused as a format error", "[model]")
{
    for (auto text : {"", "943476591", "94347659190", "943 476 591X", "943/476/5919"}) {
        auto n = NhsNumber::parse(text);
        REQUIRE_FALSE(n.ok());
        CHECK(n.error().code == ErrorCode::NhsNumberFormat);
    }
}

TEST_CASE("Missing NHS numbers display as Not known", "[model]")
{
    CHECK(carehouse::model::displayNhsNumber("") == "Not known");
}
