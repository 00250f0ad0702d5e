#pragma once

#include "core/base/Error.h"

#include <string_view>

namespace carehouse::cli {

// What carehouse-cli returns to the shell. Scripts may rely on these numbers: never renumber.
enum class ExitCode : int
{
    Ok = 0,
    Failure = 1, // an unexpected failure (a bug); the log has the details
    Usage = 2, // the command line was wrong: unknown command or option, missing value
    NotFound = 3, // no such patient, user or database
    Invalid = 4, // a value was refused (NHS number, date, name, code, unit, role), a file could not be read
                 // or a rule of the cycle refused it (a second invitation too soon)
    PermissionDenied = 5, // the logged-in role may not do this
    DatabaseProblem = 6, // not a CareHouse database, too new, read-only, busy, damaged, not set up
    IntegrityFailed = 7, // verify found a problem
    Io = 8, // a file could not be read or written, the disk is full
    LoginFailed = 9, // wrong username or password, disabled account
    Conflict = 10, // someone else changed the record first, or it is no longer in a state that allows
                   // this (a result already reviewed or matched)
    Cancelled = 11, // stopped by the user (Ctrl+C, empty password prompt)
};

// The exit code for a core error.
ExitCode exitCodeFor(base::ErrorCode code);
// "not-found", for logs and --json error objects.
std::string_view exitCodeName(ExitCode code);

inline int toInt(ExitCode code)
{
    return static_cast<int>(code);
}

} // namespace carehouse::cli
