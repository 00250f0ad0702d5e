#include "ui/ErrorText.h"

#include <catch2/catch.hpp>

using namespace carehouse;
using base::Error;
using base::ErrorCode;
using ui::ErrorText;

TEST_CASE("The recall and results errors are worded with what to do next", "[ui][errors]")
{
    CHECK(ErrorText::describe(Error::make(ErrorCode::TooSoon, "invitation", "2026-11-21").withHint("2026-11-27"))
          == "This is too soon after the last invitation: two invitations must be at least 7 days apart. The next "
             "one can be recorded from 27-Nov-2026.");
    CHECK(ErrorText::describe(Error::make(ErrorCode::LikelyWrongUnit, "HbA1c", "8.7 mmol/mol").withHint("72 mmol/mol"))
          == "HbA1c 8.7 mmol/mol looks like a value in another unit: did you mean 72 mmol/mol? Check the unit before "
             "saving.");
    CHECK(ErrorText::describe(Error::make(ErrorCode::UnknownUnit, "HbA1c", "g/L").withHint("mmol/mol"))
          == "\"g/L\" is not a unit CareHouse can use for HbA1c: it expects mmol/mol.");
    CHECK(ErrorText::describe(
              Error::make(ErrorCode::ImplausibleValue, "HbA1c", "900 mmol/mol").withHint("20–200 mmol/mol"))
          == "HbA1c 900 mmol/mol is outside the range a person can have (20–200 mmol/mol). Check the value and its "
             "unit.");
    CHECK(ErrorText::describe(Error::make(ErrorCode::MalformedInput, "value", "abc").at("lab.csv", 7))
          == "lab.csv, line 7: \"abc\" in the value column cannot be read.");
    CHECK(ErrorText::describe(Error::make(ErrorCode::MalformedInput, "header", "nhs_number").at("lab.csv", 1))
              .startsWith("lab.csv has no \"nhs_number\" column."));
    CHECK(ErrorText::describe(Error::make(ErrorCode::InvalidState, "result")).startsWith("This cannot be done now"));
}

TEST_CASE("A problem in a results file is led by its line and field", "[ui][errors]")
{
    CHECK(
        ErrorText::describeAt(Error::make(ErrorCode::UnknownUnit, "unit", "g/L").withHint("mmol/mol").at("lab.csv", 4))
        == "Line 4 (unit): \"g/L\" is not a unit CareHouse can use for unit: it expects mmol/mol.");
    CHECK(ErrorText::describeAt(Error::make(ErrorCode::MalformedInput, "quotes").at("lab.csv", 9))
          == "lab.csv, line 9: a quote mark is opened and never closed, so the rest of the file cannot be read.");
    CHECK(ErrorText::describeAt(Error::make(ErrorCode::UnknownUnit, "$.entry[3].resource: HbA1c", "g/L")
                                    .withHint("mmol/mol")
                                    .at("lab.json"))
          == "$.entry[3].resource: \"g/L\" is not a unit CareHouse can use for HbA1c: it expects mmol/mol.");
}
