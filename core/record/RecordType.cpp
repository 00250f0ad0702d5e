#include "core/record/RecordType.h"

namespace carehouse::record {

std::string_view recordTypeCode(RecordType t)
{
    switch (t) {
    case RecordType::Patient: return "patient";
    case RecordType::Condition: return "condition";
    case RecordType::Observation: return "observation";
    case RecordType::User: return "user";
    }
    return "patient";
}

const char* currentTableOf(RecordType t)
{
    switch (t) {
    case RecordType::Patient: return "patient";
    case RecordType::Condition: return "condition";
    case RecordType::Observation: return "observation";
    case RecordType::User: return "user_account";
    }
    return "patient";
}

std::optional<RecordType> recordTypeFromCode(std::string_view code)
{
    if (code == "patient")
        return RecordType::Patient;
    if (code == "condition")
        return RecordType::Condition;
    if (code == "observation")
        return RecordType::Observation;
    if (code == "user")
        return RecordType::User;
    return std::nullopt;
}

} // namespace carehouse::record
