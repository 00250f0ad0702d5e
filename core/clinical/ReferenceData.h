#pragma once

#include "core/base/Result.h"

namespace carehouse::clinical {

// The clinical facts CareHouse runs on (care processes, conditions), loaded and checked once
// at start, so a broken file stops the program with its name and line before anyone records
// a value against it.
class ReferenceData
{
public:
    static base::Status check();
};

} // namespace carehouse::clinical
