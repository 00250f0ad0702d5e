#pragma once

#include "core/base/Error.h"

#include <string>
#include <string_view>

namespace carehouse::cli {

// Turns a core error (a code plus context) into a sentence a receptionist can act on.
// Every base::ErrorCode has a wording; the field, value, file and line appear when known.
class ErrorWording
{
public:
    static std::string sentence(const base::Error& error);
    // One problem with one row of a results file, led by where it is: "labs.csv line 7: HbA1c
    // '7.5 mmol/mol' is outside the plausible range; it was probably meant as 58 mmol/mol. ..."
    static std::string rowProblem(const base::Error& error);

    // "a receptionist", "an administrator"
    static std::string rolePhrase(std::string_view roleCode);
    // "record a diagnosis" for "record-diagnosis"
    static std::string permissionPhrase(std::string_view permissionCode);
};

} // namespace carehouse::cli
