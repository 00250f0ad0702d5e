#pragma once

#include "core/base/CivilDate.h"

#include <string>
#include <string_view>

namespace carehouse::model {

// A clinician has looked at a laboratory result from the inbox and filed it, or marked that
// it needs action. The result itself stays unchanged.
struct ResultReview
{
    enum class Outcome
    {
        Filed,
        ActionNeeded
    };
    std::string id;
    std::string patientId;
    std::string observationId;
    Outcome outcome = Outcome::Filed;
    std::string comment;
    base::CivilDate reviewedOn;
    std::string reviewer; // username

    bool operator==(const ResultReview&) const = default;
};

std::string_view reviewOutcomeCode(ResultReview::Outcome o);
ResultReview::Outcome reviewOutcomeFromCode(std::string_view code);

} // namespace carehouse::model
