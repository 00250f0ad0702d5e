#include "app/cli/ErrorWording.h"

#include "app/cli/ExitCode.h"
#include "core/exchange/ExchangeError.h"
#include "core/exchange/PeerError.h"
#include "core/journal/SyncError.h"

#include <catch2/catch.hpp>

using namespace carehouse;
using base::Error;
using base::ErrorCode;
using cli::ErrorWording;
using cli::ExitCode;

TEST_CASE("every error code has a worded sentence and a named exit code", "[cli]")
{
    for (int i = 0; i <= static_cast<int>(ErrorCode::InvalidState); ++i) {
        auto code = static_cast<ErrorCode>(i);
        INFO(base::errorCodeName(code));
        auto e = Error::make(code, "field", "value");
        auto s = ErrorWording::sentence(e);
        CHECK_FALSE(s.empty());
        CHECK_FALSE(std::islower(static_cast<unsigned char>(s[0])));
        CHECK((s.back() == '.' || s.back() == ')'));
        // The code's technical name is never what a person reads.
        CHECK_THAT(s, !Catch::Contains(std::string(base::errorCodeName(code))));
        CHECK(cli::exitCodeFor(code) != ExitCode::Failure);
        CHECK(cli::exitCodeFor(code) != ExitCode::Ok);
    }
}

TEST_CASE("the wording examples from the contract are exact", "[cli]")
{
    CHECK(ErrorWording::sentence(Error::make(ErrorCode::PermissionDenied, "record-diagnosis", "receptionist"))
          == "Permission denied: a receptionist may not record a diagnosis.");
    CHECK(ErrorWording::sentence(Error::make(ErrorCode::NhsNumberCheckDigit, "NHS number", "943 476 5918"))
          == "The NHS number '943 476 5918' is not valid: the check digit does not match.");
    CHECK(ErrorWording::sentence(Error::make(ErrorCode::NotCareHouseDatabase).at("/tmp/x.db"))
          == "'/tmp/x.db' is not a CareHouse database; it has not been changed.");
}

TEST_CASE("the new surveillance, results and recall errors are worded as the contract says", "[cli]")
{
    CHECK(
        ErrorWording::sentence(Error::make(ErrorCode::LikelyWrongUnit, "HbA1c", "7.5 mmol/mol").withHint("58 mmol/mol"))
        == "HbA1c '7.5 mmol/mol' is outside the plausible range. Did you mean 58 mmol/mol? If the value really is "
           "right, add --confirm.");
    CHECK(ErrorWording::sentence(
              Error::make(ErrorCode::ImplausibleValue, "HbA1c", "250 mmol/mol").withHint("20–200 mmol/mol"))
          == "HbA1c '250 mmol/mol' is outside the plausible range (20–200 mmol/mol). If the value really is right, "
             "add --confirm.");
    CHECK(ErrorWording::sentence(Error::make(ErrorCode::UnknownUnit, "HbA1c", "mg").withHint("mmol/mol"))
          == "The unit 'mg' is not one CareHouse can take for HbA1c: give the value in mmol/mol.");
    CHECK(ErrorWording::sentence(Error::make(ErrorCode::TooSoon, "invitation", "2026-12-03").withHint("2026-12-08"))
          == "A second invitation can only go 7 days after the first: the earliest is 08-Dec-2026.");
    CHECK_THAT(
        ErrorWording::sentence(
            Error::make(ErrorCode::MalformedInput, "header", "unit").at("labs.csv", 1).withDetail("missing column")),
        Catch::Contains("'labs.csv' (line 1) has no 'unit' column"));
    CHECK_THAT(
        ErrorWording::sentence(Error::make(ErrorCode::InvalidState, "result", "abc").withDetail("already reviewed")),
        Catch::Contains("already been reviewed"));
    for (const char* p : {"manage-recall", "import-results", "review-results", "record-exception"})
        CHECK_THAT(ErrorWording::permissionPhrase(p), !Catch::Contains("'"));
    CHECK(ErrorWording::rowProblem(Error::make(ErrorCode::MalformedInput, "value", "abc").at("labs.csv", 7))
          == "labs.csv line 7: the value 'abc' is not a number (write blood pressure as 140/85).");
    CHECK(ErrorWording::rowProblem(
              Error::make(ErrorCode::RequiredField, "$.entry[2].resource.effectiveDateTime").at("bundle.json"))
          == "bundle.json $.entry[2].resource.effectiveDateTime: this required value is missing.");
    CHECK(cli::exitCodeFor(ErrorCode::LikelyWrongUnit) == ExitCode::Invalid);
    CHECK(cli::exitCodeFor(ErrorCode::TooSoon) == ExitCode::Invalid);
    CHECK(cli::exitCodeFor(ErrorCode::MalformedInput) == ExitCode::Invalid);
    CHECK(cli::exitCodeFor(ErrorCode::InvalidState) == ExitCode::Conflict);
}

TEST_CASE("the field, value, file and line of an error appear in its sentence", "[cli]")
{
    auto date = ErrorWording::sentence(Error::make(ErrorCode::DateImplausible, "date of birth", "31/02/1950"));
    CHECK_THAT(date, Catch::Contains("date of birth") && Catch::Contains("'31/02/1950'"));

    auto resource = ErrorWording::sentence(
        Error::make(ErrorCode::ResourceInvalid, "conditions[3].code").at("/usr/share/carehouse/conditions.json", 12));
    CHECK_THAT(resource, Catch::Contains("/usr/share/carehouse/conditions.json (line 12)"));
    CHECK_THAT(resource, Catch::Contains("conditions[3].code"));

    auto generic = ErrorWording::sentence(
        Error::make(ErrorCode::DuplicateNhsNumber, "NHS number", "943 476 5919").at("practice.carehouse", 3));
    CHECK_THAT(generic, Catch::Contains("943 476 5919") && Catch::Contains("practice.carehouse (line 3)"));
}

TEST_CASE("exit codes keep their contract numbers", "[cli]")
{
    CHECK(cli::toInt(ExitCode::Ok) == 0);
    CHECK(cli::toInt(ExitCode::Usage) == 2);
    CHECK(cli::toInt(ExitCode::NotFound) == 3);
    CHECK(cli::toInt(ExitCode::Invalid) == 4);
    CHECK(cli::toInt(ExitCode::PermissionDenied) == 5);
    CHECK(cli::toInt(ExitCode::DatabaseProblem) == 6);
    CHECK(cli::toInt(ExitCode::IntegrityFailed) == 7);
    CHECK(cli::toInt(ExitCode::Io) == 8);
    CHECK(cli::exitCodeFor(ErrorCode::NhsNumberCheckDigit) == ExitCode::Invalid);
    CHECK(cli::exitCodeFor(ErrorCode::PermissionDenied) == ExitCode::PermissionDenied);
    CHECK(cli::exitCodeFor(ErrorCode::NotCareHouseDatabase) == ExitCode::DatabaseProblem);
    CHECK(cli::exitCodeFor(ErrorCode::NotFound) == ExitCode::NotFound);
    CHECK(cli::exitCodeFor(ErrorCode::DiskFull) == ExitCode::Io);
}

TEST_CASE("every exchange, sync and peer sub-code is worded as a sentence, never as its code", "[cli][exchange]")
{
    std::vector<Error> errors;
    for (int i = 0; i <= static_cast<int>(exchange::ExchangeError::CardFingerprintMismatch); ++i)
        errors.push_back(exchange::makeExchangeError(static_cast<exchange::ExchangeError>(i), "header", "2"));
    for (int i = 0; i <= static_cast<int>(journal::SyncError::NotAHead); ++i)
        errors.push_back(journal::makeSyncError(static_cast<journal::SyncError>(i), "0190:7", "Riverside Surgery"));
    for (int i = 0; i <= static_cast<int>(exchange::PeerError::AlreadyRevoked); ++i)
        errors.push_back(exchange::makePeerError(static_cast<exchange::PeerError>(i), "F84001", "Riverside Surgery"));
    for (const char* bundle : {"exchange-bundle-not-json", "exchange-bundle-wrong-profile", "exchange-bundle-too-new"})
        errors.push_back(Error::make(ErrorCode::MalformedInput, "entry[3].resource").withDetail(bundle));
    for (const auto& e : errors) {
        INFO(e.detail);
        auto s = ErrorWording::sentence(e);
        REQUIRE_FALSE(s.empty());
        CHECK_FALSE(std::islower(static_cast<unsigned char>(s[0])));
        CHECK(s.back() == '.');
        CHECK_THAT(s, !Catch::Contains(e.detail));
        CHECK_THAT(s, !Catch::Contains("could not be used ("));
    }
    CHECK_THAT(ErrorWording::sentence(exchange::makeExchangeError(exchange::ExchangeError::Incomplete)),
               Catch::Contains("still being copied"));
    CHECK_THAT(ErrorWording::sentence(journal::makeSyncError(journal::SyncError::ClockTooFarAhead, "0190:7", "Clinic")),
               Catch::Contains("more than an hour ahead"));
    CHECK_THAT(ErrorWording::sentence(Error::make(ErrorCode::NotFound, "folder", "/mnt/shared")),
               Catch::Contains("There is no folder '/mnt/shared'"));
}
