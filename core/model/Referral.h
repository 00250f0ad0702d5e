#pragma once

#include "core/base/CivilDate.h"

#include <optional>
#include <string>
#include <string_view>

namespace carehouse::model {

// A referral made in care planning to a service or specialist, followed until it is done.
struct Referral
{
    enum class Status
    {
        Sent,
        Accepted,
        Seen,
        ReferredBack, // the service has finished and handed the person back
        Declined // by the service or the person
    };
    std::string id;
    std::string patientId;
    std::string carePlanId;
    std::string serviceId;
    std::string serviceName;
    std::string reason;
    Status status = Status::Sent;
    base::CivilDate sentOn;
    base::CivilDate statusOn; // when the status last changed
    std::string note;

    bool open() const { return status == Status::Sent || status == Status::Accepted; }
    bool operator==(const Referral&) const = default;
};

std::string_view referralStatusCode(Referral::Status s); // "sent", "accepted", "seen", "referred-back", "declined"
std::optional<Referral::Status> referralStatusFromCode(std::string_view code);

} // namespace carehouse::model
