#pragma once

#include "core/base/CivilDate.h"

#include <cstdint>
#include <string>

namespace carehouse::model {

// A clinician's acknowledgement of a safety alert raised by a completed questionnaire (PHQ-9
// item 9 above 0): which response raised it, who acknowledged it, when, and what they did
// (the note). While a safety-flagged response has no acknowledgement, the alert stays on the
// person's banner.
struct SafetyAlertAcknowledgement
{
    std::string id;
    std::string patientId;
    std::string responseId; // the QuestionnaireResponse that raised the alert
    std::string acknowledgedBy; // username
    base::CivilDate acknowledgedOn;
    std::int64_t acknowledgedAtMillis = 0; // when exactly (Unix epoch, UTC)
    std::string note; // what was done: "Spoke to her today, no plans, GP review Friday"

    bool operator==(const SafetyAlertAcknowledgement&) const = default;
};

} // namespace carehouse::model
