#pragma once

#include "core/base/CivilDate.h"

#include <optional>
#include <string>
#include <string_view>

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
    // Where the value came from: typed in at the practice, or a laboratory result file.
    enum class Source
    {
        Entered,
        Lab
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
    // As received, when the value was converted to the stored unit (CLINICAL.md: keep both).
    std::optional<double> originalValue;
    std::string originalUnit;
    Source source = Source::Entered;
    // Identity of the result in its source file, so importing the same file twice adds nothing.
    std::string sourceKey;
    // Why this value and not another: "lowest of 3 readings", "confirmed outside the usual range".
    std::string note;
    std::string requestId; // the pending lab request this result fulfils

    bool operator==(const Observation&) const = default;
};

std::string_view observationSourceCode(Observation::Source s);
Observation::Source observationSourceFromCode(std::string_view code);

} // namespace carehouse::model
