#pragma once

#include "core/base/CivilDate.h"

#include <optional>
#include <string>
#include <string_view>

namespace carehouse::model {

// An invitation to the yearly diabetes review (QOF: 1109921000000106), by letter, SMS or phone.
struct Invitation
{
    enum class Method
    {
        Letter,
        Sms,
        Phone
    };
    std::string id;
    std::string patientId;
    base::CivilDate sentOn;
    Method method = Method::Letter;
    std::string note;

    bool operator==(const Invitation&) const = default;
};

std::string_view invitationMethodCode(Invitation::Method m);
std::optional<Invitation::Method> invitationMethodFromCode(std::string_view code);

} // namespace carehouse::model
