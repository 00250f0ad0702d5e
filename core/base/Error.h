#pragma once

#include <string>
#include <string_view>

namespace carehouse::base {

// Every failure core can report. Core never words an error for a person: the CLI and the UI
// turn a code plus its context into a sentence (app/cli/ErrorWording, ui/ErrorText).
enum class ErrorCode
{
    InvalidArgument,
    RequiredField,
    NhsNumberFormat,
    NhsNumberCheckDigit,
    DateFormat,
    DateInFuture,
    DateImplausible,
    DuplicateNhsNumber,
    ImplausibleValue,
    UnknownCode,
    NotFound,
    DatabaseOpenFailed,
    NotCareHouseDatabase,
    DatabaseTooNew,
    DatabaseReadOnly,
    DatabaseBusy,
    DiskFull,
    DatabaseCorrupt,
    SqlFailed,
    NotInitialised,
    AlreadyInitialised,
    NotLoggedIn,
    BadCredentials,
    AccountDisabled,
    PermissionDenied,
    UserExists,
    StaleVersion,
    ResourceInvalid,
    IoFailed,
    Cancelled,
    LikelyWrongUnit, // value fits the range only in another unit: hint holds what was probably meant
    UnknownUnit, // a unit the item cannot be converted from: hint holds the expected unit
    MalformedInput, // a file the user gave (CSV, FHIR JSON) that cannot be read: file, line, field
    TooSoon, // e.g. a second invitation within 7 days of the first: hint holds the earliest date
    InvalidState, // the record is not in a state that allows this (a result already matched)
};

std::string_view errorCodeName(ErrorCode code);

struct Error
{
    ErrorCode code = ErrorCode::InvalidArgument;
    std::string field; // which field or setting, when the error is about one
    std::string value; // the offending value as given
    std::string file; // which file, when the error is about one
    int line = 0; // line in that file, 1-based; 0 when not applicable
    std::string detail; // technical detail for logs (SQLite message, errno text)
    // Data that lets the edge word a fix: the plausible range, the value probably meant, the
    // expected unit, the earliest allowed date. Never a sentence.
    std::string hint;

    static Error make(ErrorCode code, std::string field = {}, std::string value = {})
    {
        Error e;
        e.code = code;
        e.field = std::move(field);
        e.value = std::move(value);
        return e;
    }
    Error& withDetail(std::string d)
    {
        detail = std::move(d);
        return *this;
    }
    Error& withHint(std::string h)
    {
        hint = std::move(h);
        return *this;
    }
    Error& at(std::string f, int l = 0)
    {
        file = std::move(f);
        line = l;
        return *this;
    }

    // A one-line technical description for logs; never shown to a user as is.
    std::string describe() const;
};

} // namespace carehouse::base
