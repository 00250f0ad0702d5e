#pragma once

#include "core/base/CivilDate.h"

#include <optional>
#include <string>

namespace carehouse::model {

// One recorded value (FHIR Observation). Immutable once committed: a correction is a new
// version marking this one entered-in-error.
struct Observation
{
    enum class Status
    {
        Final,
        EnteredInError
    };
    std::string id;
    std::string patientId;
    std::string code; // SNOMED CT code of the care-process item (catalogue key)
    base::CivilDate effective;
    std::optional<double> value; // numeric value, in the catalogue's stored unit
    std::optional<double> value2; // second component (diastolic for blood pressure)
    std::string valueCode; // coded value (smoking status, foot risk, eye screening)
    std::string unit; // UCUM unit of value/value2
    Status status = Status::Final;

    bool operator==(const Observation&) const = default;
};

} // namespace carehouse::model
