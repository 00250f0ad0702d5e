#pragma once

#include "core/base/CivilDate.h"

#include <optional>
#include <string>
#include <string_view>

namespace carehouse::model {

// A laboratory result that could not be attached to a person with certainty. It waits here,
// exactly as received, until someone matches it by hand; it is never attached by guess.
struct UnmatchedResult
{
    enum class Status
    {
        Open,
        Matched,
        Discarded
    };
    // Why the importer would not attach it.
    enum class Reason
    {
        NoNhsNumber, // missing or not a valid NHS number
        NotOnRegister, // valid NHS number, nobody here has it
        BirthDateDiffers, // the person with that NHS number has another date of birth
        TwoRecords // two records hold that NHS number and no clinician has linked them
    };
    std::string id;
    Reason reason = Reason::NotOnRegister;
    Status status = Status::Open;
    std::string nhsNumber; // as received
    std::string birthDate; // as received
    std::string system;
    std::string code; // care-process item code it maps to
    std::optional<double> value; // in the stored unit
    std::optional<double> value2; // diastolic, for a blood pressure
    std::optional<double> originalValue;
    std::string originalUnit;
    base::CivilDate effective;
    std::string sourceKey;
    std::string sourceFile; // file name only
    base::CivilDate receivedOn;
    std::string matchedPatientId;
    std::string matchedObservationId;
    std::string note; // why it was discarded, or who confirmed the match

    bool operator==(const UnmatchedResult&) const = default;
};

std::string_view unmatchedStatusCode(UnmatchedResult::Status s);
UnmatchedResult::Status unmatchedStatusFromCode(std::string_view code);
std::string_view unmatchedReasonCode(UnmatchedResult::Reason r);
UnmatchedResult::Reason unmatchedReasonFromCode(std::string_view code);

} // namespace carehouse::model
