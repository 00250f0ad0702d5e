#pragma once

#include "core/base/CivilDate.h"

#include <string>
#include <string_view>

namespace carehouse::record {

// What a person typed in the search box, understood. The same text always means the same
// query, in the GUI, the CLI and the tests.
struct PatientQuery
{
    enum class Kind
    {
        Empty,
        NhsNumber, // ten digits: exact match
        NhsNumberPrefix, // 3-9 digits: numbers starting with them
        BirthDate, // 14/07/1945, 14-Jul-1945, 1945-07-14
        InvalidDate, // shaped like a date but not one (31/02/1950)
        Name, // family prefix, or "family, given", or "given family"
    };
    Kind kind = Kind::Empty;
    std::string digits;
    base::CivilDate birthDate;
    std::string first; // folded: family prefix, or for a single word family-or-given prefix
    std::string second; // folded given-name prefix after a comma, or second word
    bool comma = false;

    static PatientQuery parse(std::string_view text);
};

} // namespace carehouse::record
