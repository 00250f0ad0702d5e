#pragma once

#include "core/base/CivilDate.h"

#include <string>

namespace carehouse::model {

// A diagnosis on the person's problem list (FHIR Condition).
struct Condition
{
    enum class Status
    {
        Active,
        Resolved,
        EnteredInError
    };
    std::string id;
    std::string patientId;
    std::string code; // SNOMED CT
    std::string term; // the clinical term as shown
    base::CivilDate onsetDate;
    Status status = Status::Active;

    bool operator==(const Condition&) const = default;
};

std::string_view conditionStatusCode(Condition::Status s);
Condition::Status conditionStatusFromCode(std::string_view code);

} // namespace carehouse::model
