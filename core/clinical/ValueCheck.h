#pragma once

#include "core/base/Result.h"
#include "core/clinical/CareProcessCatalogue.h"

#include <optional>
#include <string>

namespace carehouse::clinical {

// A value as typed or received, before it is checked.
struct EnteredValue
{
    std::optional<double> value;
    std::optional<double> value2; // diastolic for blood pressure
    std::string valueCode; // category items
    std::string unit; // as given; empty means the item's stored unit
};

// A value ready to store: in the item's stored unit, with the original kept when converted.
struct CheckedValue
{
    std::optional<double> value;
    std::optional<double> value2;
    std::string valueCode;
    std::string unit; // UCUM, the item's stored unit
    std::optional<double> originalValue;
    std::string originalUnit;
    bool confirmedOutsideRange = false;
};

// Checks one value against its catalogue item: a known unit (converted per CLINICAL.md), the
// plausible range, systolic above diastolic, a known category. The classic error, a value
// typed in the wrong unit (HbA1c 7.5 "mmol/mol"), is caught and the value probably meant is
// given back in the error's hint. Outside the range a value is refused unless confirmed.
class ValueCheck
{
public:
    static base::Result<CheckedValue> check(const CareProcessCatalogue::Item& item, const EnteredValue& entered,
                                            bool confirmOutsideRange = false);
};

} // namespace carehouse::clinical
