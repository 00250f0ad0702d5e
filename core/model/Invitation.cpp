#include "core/model/Invitation.h"

namespace carehouse::model {

std::string_view invitationMethodCode(Invitation::Method m)
{
    switch (m) {
    case Invitation::Method::Letter: return "letter";
    case Invitation::Method::Sms: return "sms";
    case Invitation::Method::Phone: return "phone";
    }
    return "letter";
}

std::optional<Invitation::Method> invitationMethodFromCode(std::string_view code)
{
    if (code == "letter")
        return Invitation::Method::Letter;
    if (code == "sms")
        return Invitation::Method::Sms;
    if (code == "phone")
        return Invitation::Method::Phone;
    return std::nullopt;
}

} // namespace carehouse::model
