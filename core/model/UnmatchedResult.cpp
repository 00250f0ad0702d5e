#include "core/model/UnmatchedResult.h"

namespace carehouse::model {

std::string_view unmatchedStatusCode(UnmatchedResult::Status s)
{
    switch (s) {
    case UnmatchedResult::Status::Open: return "open";
    case UnmatchedResult::Status::Matched: return "matched";
    case UnmatchedResult::Status::Discarded: return "discarded";
    }
    return "open";
}

UnmatchedResult::Status unmatchedStatusFromCode(std::string_view code)
{
    if (code == "matched")
        return UnmatchedResult::Status::Matched;
    if (code == "discarded")
        return UnmatchedResult::Status::Discarded;
    return UnmatchedResult::Status::Open;
}

std::string_view unmatchedReasonCode(UnmatchedResult::Reason r)
{
    switch (r) {
    case UnmatchedResult::Reason::NoNhsNumber: return "no-nhs-number";
    case UnmatchedResult::Reason::NotOnRegister: return "not-on-register";
    case UnmatchedResult::Reason::BirthDateDiffers: return "birth-date-differs";
    case UnmatchedResult::Reason::TwoRecords: return "two-records";
    }
    return "not-on-register";
}

UnmatchedResult::Reason unmatchedReasonFromCode(std::string_view code)
{
    if (code == "no-nhs-number")
        return UnmatchedResult::Reason::NoNhsNumber;
    if (code == "birth-date-differs")
        return UnmatchedResult::Reason::BirthDateDiffers;
    if (code == "two-records")
        return UnmatchedResult::Reason::TwoRecords;
    return UnmatchedResult::Reason::NotOnRegister;
}

} // namespace carehouse::model
