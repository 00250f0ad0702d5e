#include "core/model/CareException.h"

namespace carehouse::model {

std::string_view exceptionKindCode(CareException::Kind k)
{
    return k == CareException::Kind::Unsuitable ? "unsuitable" : "declined";
}

std::optional<CareException::Kind> exceptionKindFromCode(std::string_view code)
{
    if (code == "declined")
        return CareException::Kind::Declined;
    if (code == "unsuitable")
        return CareException::Kind::Unsuitable;
    return std::nullopt;
}

} // namespace carehouse::model
