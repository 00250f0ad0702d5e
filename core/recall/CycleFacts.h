#pragma once

#include "core/base/CivilDate.h"
#include "core/model/Appointment.h"
#include "core/model/CareException.h"
#include "core/model/Invitation.h"
#include "core/model/LabRequest.h"

#include <vector>

namespace carehouse::recall {

// Everything about one person that decides their cycle stage, as read from the record.
struct CycleFacts
{
    base::CivilDate birthDate;
    base::CivilDate diagnosedOn; // the diabetes diagnosis; invalid when not known
    std::vector<model::Invitation> invitations;
    std::vector<model::Appointment> appointments;
    std::vector<model::LabRequest> labRequests;
    std::vector<model::CareException> exceptions;
    std::vector<base::CivilDate> lettersSent; // results letters (recorded by the letters log)
    // The next review agreed in each care plan, by the day of its consultation.
    std::vector<std::pair<base::CivilDate, base::CivilDate>> agreedReviews; // (consulted on, next review)
};

} // namespace carehouse::recall
