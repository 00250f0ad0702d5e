#pragma once

#include "core/base/CivilDate.h"

#include <string>
#include <string_view>

namespace carehouse::model {

// A test sent from the surveillance appointment (bloods and urine), waiting for its result
// (FHIR ServiceRequest). A result for the same test fulfils it.
struct LabRequest
{
    enum class Status
    {
        Pending,
        Fulfilled,
        Cancelled
    };
    std::string id;
    std::string patientId;
    std::string code; // care-process item code the result will carry
    base::CivilDate requestedOn;
    Status status = Status::Pending;
    std::string observationId; // the result that fulfilled it

    bool operator==(const LabRequest&) const = default;
};

std::string_view labRequestStatusCode(LabRequest::Status s);
LabRequest::Status labRequestStatusFromCode(std::string_view code);

} // namespace carehouse::model
