#include "core/model/LabRequest.h"

namespace carehouse::model {

std::string_view labRequestStatusCode(LabRequest::Status s)
{
    switch (s) {
    case LabRequest::Status::Pending: return "pending";
    case LabRequest::Status::Fulfilled: return "fulfilled";
    case LabRequest::Status::Cancelled: return "cancelled";
    }
    return "pending";
}

LabRequest::Status labRequestStatusFromCode(std::string_view code)
{
    if (code == "fulfilled")
        return LabRequest::Status::Fulfilled;
    if (code == "cancelled")
        return LabRequest::Status::Cancelled;
    return LabRequest::Status::Pending;
}

} // namespace carehouse::model
