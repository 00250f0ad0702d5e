#pragma once

#include "core/base/CivilDate.h"
#include "core/recall/CycleFacts.h"
#include "core/recall/CycleStage.h"
#include "core/recall/RecallPolicy.h"

#include <optional>

namespace carehouse::recall {

// A person's cycle, worked out from their facts on a given day.
struct CycleState
{
    CycleStage stage = CycleStage::NotDue;
    base::CivilDate cycleStart; // events on or after this day belong to this cycle
    base::CivilDate dueDate;
    std::optional<base::CivilDate> lastCarePlanning; // the consultation that closed the last cycle
    int invitations = 0; // in this cycle
    std::optional<base::CivilDate> firstInvitation;
    std::optional<base::CivilDate> lastInvitation;
    base::CivilDate nextInvitationFrom; // earliest day another invitation may go
    std::optional<model::Appointment> surveillance; // booked or attended in this cycle
    std::optional<model::Appointment> carePlanning; // booked in this cycle
    int pendingTests = 0;
    std::optional<base::CivilDate> testsSentOn;
    std::optional<base::CivilDate> letterSentOn;
    std::optional<model::CareException> exception; // active today

    // Two invitations at least the policy's days apart: may be recorded as declined (CLINICAL.md).
    bool invitationsCountAsDeclined = false;
    int daysOverdue(base::CivilDate today) const;
};

// The rules of the yearly cycle, in one place (see README "The yearly cycle"):
// - the last attended care planning consultation closes a cycle; the next opens the day after;
// - due 12 months later (anniversary) or on the 1st of the birth month at least 6 months later;
//   someone never reviewed is due 3 months after diagnosis;
// - an active exception outranks everything; then care planning booked, letter sent,
//   results back / awaited (after an attended surveillance appointment), surveillance booked,
//   invited, due (within the lead time), not due.
class CareCycle
{
public:
    static CycleState evaluate(const CycleFacts& facts, base::CivilDate today, const RecallPolicy& policy);
    static base::CivilDate addMonths(base::CivilDate d, int months);
};

} // namespace carehouse::recall
