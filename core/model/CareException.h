#pragma once

#include "core/base/CivilDate.h"

#include <optional>
#include <string>
#include <string_view>

namespace carehouse::model {

// A personalised care adjustment: the person declined the review, or it is unsuitable for
// them, for a reason and until an expiry date. While it is active they are not recalled.
struct CareException
{
    enum class Kind
    {
        Declined,
        Unsuitable
    };
    std::string id;
    std::string patientId;
    Kind kind = Kind::Declined;
    std::string reason;
    base::CivilDate recordedOn;
    base::CivilDate expiresOn;
    bool withdrawn = false;

    bool activeOn(base::CivilDate day) const { return !withdrawn && recordedOn <= day && day < expiresOn; }
    bool operator==(const CareException&) const = default;
};

std::string_view exceptionKindCode(CareException::Kind k);
std::optional<CareException::Kind> exceptionKindFromCode(std::string_view code);

} // namespace carehouse::model
