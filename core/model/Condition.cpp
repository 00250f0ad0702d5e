#include "core/model/Condition.h"

namespace carehouse::model {

std::string_view conditionStatusCode(Condition::Status s)
{
    switch (s) {
    case Condition::Status::Active: return "active";
    case Condition::Status::Resolved: return "resolved";
    case Condition::Status::EnteredInError: return "entered-in-error";
    }
    return "active";
}

Condition::Status conditionStatusFromCode(std::string_view code)
{
    if (code == "resolved")
        return Condition::Status::Resolved;
    if (code == "entered-in-error")
        return Condition::Status::EnteredInError;
    return Condition::Status::Active;
}

} // namespace carehouse::model
