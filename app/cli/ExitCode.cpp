#include "app/cli/ExitCode.h"

namespace carehouse::cli {

using base::ErrorCode;

ExitCode exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidArgument:
    case ErrorCode::RequiredField:
    case ErrorCode::NhsNumberFormat:
    case ErrorCode::NhsNumberCheckDigit:
    case ErrorCode::DateFormat:
    case ErrorCode::DateInFuture:
    case ErrorCode::DateImplausible:
    case ErrorCode::DuplicateNhsNumber:
    case ErrorCode::ImplausibleValue:
    case ErrorCode::UnknownCode:
    case ErrorCode::UserExists:
    case ErrorCode::LikelyWrongUnit:
    case ErrorCode::UnknownUnit:
    case ErrorCode::MalformedInput:
    case ErrorCode::TooSoon: return ExitCode::Invalid;
    case ErrorCode::NotFound: return ExitCode::NotFound;
    case ErrorCode::DatabaseOpenFailed:
    case ErrorCode::NotCareHouseDatabase:
    case ErrorCode::DatabaseTooNew:
    case ErrorCode::DatabaseReadOnly:
    case ErrorCode::DatabaseBusy:
    case ErrorCode::DatabaseCorrupt:
    case ErrorCode::SqlFailed:
    case ErrorCode::NotInitialised:
    case ErrorCode::AlreadyInitialised: return ExitCode::DatabaseProblem;
    case ErrorCode::DiskFull:
    case ErrorCode::IoFailed:
    case ErrorCode::ResourceInvalid: return ExitCode::Io;
    case ErrorCode::NotLoggedIn:
    case ErrorCode::BadCredentials:
    case ErrorCode::AccountDisabled: return ExitCode::LoginFailed;
    case ErrorCode::PermissionDenied: return ExitCode::PermissionDenied;
    case ErrorCode::StaleVersion:
    case ErrorCode::InvalidState: return ExitCode::Conflict;
    case ErrorCode::Cancelled: return ExitCode::Cancelled;
    }
    return ExitCode::Failure;
}

std::string_view exitCodeName(ExitCode code)
{
    switch (code) {
    case ExitCode::Ok: return "ok";
    case ExitCode::Failure: return "failure";
    case ExitCode::Usage: return "usage";
    case ExitCode::NotFound: return "not-found";
    case ExitCode::Invalid: return "invalid";
    case ExitCode::PermissionDenied: return "permission-denied";
    case ExitCode::DatabaseProblem: return "database-problem";
    case ExitCode::IntegrityFailed: return "integrity-failed";
    case ExitCode::Io: return "io";
    case ExitCode::LoginFailed: return "login-failed";
    case ExitCode::Conflict: return "conflict";
    case ExitCode::Cancelled: return "cancelled";
    }
    return "unknown";
}

} // namespace carehouse::cli
