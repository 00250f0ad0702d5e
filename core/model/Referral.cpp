#include "core/model/Referral.h"

namespace carehouse::model {

std::string_view referralStatusCode(Referral::Status s)
{
    switch (s) {
    case Referral::Status::Sent: return "sent";
    case Referral::Status::Accepted: return "accepted";
    case Referral::Status::Seen: return "seen";
    case Referral::Status::ReferredBack: return "referred-back";
    case Referral::Status::Declined: return "declined";
    }
    return "sent";
}

std::optional<Referral::Status> referralStatusFromCode(std::string_view code)
{
    for (auto s : {Referral::Status::Sent, Referral::Status::Accepted, Referral::Status::Seen,
                   Referral::Status::ReferredBack, Referral::Status::Declined})
        if (referralStatusCode(s) == code)
            return s;
    return std::nullopt;
}

} // namespace carehouse::model
