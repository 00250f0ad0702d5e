#pragma once

#include "core/base/CivilDate.h"
#include "core/model/Appointment.h"
#include "core/model/CareException.h"
#include "core/model/Invitation.h"
#include "core/recall/CareCycle.h"
#include "core/recall/Worklist.h"

#include <string>

namespace carehouse::cli {

// The words carehouse-cli uses for the yearly cycle: stages, lists, appointments, exceptions.
class CycleWording
{
public:
    // "Invited", "Surveillance booked", "Results awaited"
    static std::string stage(recall::CycleStage stage);
    // "Due or overdue, not yet invited"
    static std::string worklistDescription(recall::WorklistKind kind);
    // "surveillance appointment", "care planning consultation"
    static std::string appointmentType(model::Appointment::Type type);
    // "Booked", "Did not attend"
    static std::string appointmentStatus(model::Appointment::Status status);
    // "Thu 03-Dec-2026 10:30"
    static std::string when(const model::Appointment& a);
    // "Surveillance Thu 03-Dec-2026 10:30 (booked)"; the care planning consultation when there is one.
    static std::string cycleAppointment(const recall::CycleState& cycle);
    // "Declined until 01-Jan-2027"
    static std::string exception(const model::CareException& e);
    // "letter", "SMS", "phone call"
    static std::string method(model::Invitation::Method m);
    // "3 (sent 20-Nov-2026)", or "None"
    static std::string testsAwaited(const recall::CycleState& cycle);
    // "2 (last 20-Nov-2026)", or "None"
    static std::string invitations(const recall::CycleState& cycle);
    // "Mon"
    static std::string weekday(base::CivilDate d);
};

} // namespace carehouse::cli
