#include "core/base/Error.h"

#include <fmt/format.h>

namespace carehouse::base {

std::string_view errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidArgument: return "invalid-argument";
    case ErrorCode::RequiredField: return "required-field";
    case ErrorCode::NhsNumberFormat: return "nhs-number-format";
    case ErrorCode::NhsNumberCheckDigit: return "nhs-number-check-digit";
    case ErrorCode::DateFormat: return "date-format";
    case ErrorCode::DateInFuture: return "date-in-future";
    case ErrorCode::DateImplausible: return "date-implausible";
    case ErrorCode::DuplicateNhsNumber: return "duplicate-nhs-number";
    case ErrorCode::ImplausibleValue: return "implausible-value";
    case ErrorCode::UnknownCode: return "unknown-code";
    case ErrorCode::NotFound: return "not-found";
    case ErrorCode::DatabaseOpenFailed: return "database-open-failed";
    case ErrorCode::NotCareHouseDatabase: return "not-carehouse-database";
    case ErrorCode::DatabaseTooNew: return "database-too-new";
    case ErrorCode::DatabaseReadOnly: return "database-read-only";
    case ErrorCode::DatabaseBusy: return "database-busy";
    case ErrorCode::DiskFull: return "disk-full";
    case ErrorCode::DatabaseCorrupt: return "database-corrupt";
    case ErrorCode::SqlFailed: return "sql-failed";
    case ErrorCode::NotInitialised: return "not-initialised";
    case ErrorCode::AlreadyInitialised: return "already-initialised";
    case ErrorCode::NotLoggedIn: return "not-logged-in";
    case ErrorCode::BadCredentials: return "bad-credentials";
    case ErrorCode::AccountDisabled: return "account-disabled";
    case ErrorCode::PermissionDenied: return "permission-denied";
    case ErrorCode::UserExists: return "user-exists";
    case ErrorCode::StaleVersion: return "stale-version";
    case ErrorCode::ResourceInvalid: return "resource-invalid";
    case ErrorCode::IoFailed: return "io-failed";
    case ErrorCode::Cancelled: return "cancelled";
    case ErrorCode::LikelyWrongUnit: return "likely-wrong-unit";
    case ErrorCode::UnknownUnit: return "unknown-unit";
    case ErrorCode::MalformedInput: return "malformed-input";
    case ErrorCode::TooSoon: return "too-soon";
    case ErrorCode::InvalidState: return "invalid-state";
    }
    return "unknown";
}

std::string Error::describe() const
{
    std::string s{errorCodeName(code)};
    if (!field.empty())
        s += fmt::format(" field={}", field);
    if (!value.empty())
        s += fmt::format(" value='{}'", value);
    if (!file.empty())
        s += line > 0 ? fmt::format(" file={}:{}", file, line) : fmt::format(" file={}", file);
    if (!detail.empty())
        s += fmt::format(" ({})", detail);
    return s;
}

} // namespace carehouse::base
