#include "core/recall/CareCycle.h"

#include <algorithm>

namespace carehouse::recall {

using base::CivilDate;
using model::Appointment;

namespace {

int daysInMonth(int year, int month)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

} // namespace

CivilDate CareCycle::addMonths(CivilDate d, int months)
{
    if (!d.valid())
        return d;
    int index = d.year() * 12 + (d.month() - 1) + months;
    int year = index / 12;
    int month = index % 12 + 1;
    // 31-Jan plus one month is the end of February, not a day in March.
    int day = std::min(d.day(), daysInMonth(year, month));
    return *CivilDate::fromYmd(year, month, day);
}

int CycleState::daysOverdue(CivilDate today) const
{
    if (!dueDate.valid() || today <= dueDate)
        return 0;
    return today.daysSinceEpoch() - dueDate.daysSinceEpoch();
}

CycleState CareCycle::evaluate(const CycleFacts& facts, CivilDate today, const RecallPolicy& policy)
{
    CycleState s;
    for (const auto& a : facts.appointments)
        if (a.type == Appointment::Type::CarePlanning && a.status == Appointment::Status::Attended && a.date <= today
            && (!s.lastCarePlanning || a.date > *s.lastCarePlanning))
            s.lastCarePlanning = a.date;

    if (s.lastCarePlanning) {
        s.cycleStart = s.lastCarePlanning->addDays(1);
        if (policy.mode == RecallPolicy::Mode::Anniversary) {
            s.dueDate = addMonths(*s.lastCarePlanning, 12);
        } else {
            // The 1st of the birth month, at least six months on, so no one is recalled twice a year.
            const CivilDate earliest = addMonths(*s.lastCarePlanning, 6);
            const int birthMonth = facts.birthDate.valid() ? facts.birthDate.month() : earliest.month();
            CivilDate candidate = *CivilDate::fromYmd(earliest.year(), birthMonth, 1);
            if (candidate < earliest)
                candidate = *CivilDate::fromYmd(earliest.year() + 1, birthMonth, 1);
            s.dueDate = candidate;
        }
        // The next review the person and clinician agreed in that consultation's care plan
        // takes the place of the practice's rule (an earlier review after a hard year, say).
        for (const auto& [consulted, next] : facts.agreedReviews)
            if (consulted == *s.lastCarePlanning && next.valid() && *s.lastCarePlanning < next)
                s.dueDate = next;
    } else {
        // Never reviewed here: the cycle opened at diagnosis, due within three months of it.
        s.cycleStart = facts.diagnosedOn.valid() ? facts.diagnosedOn : CivilDate::fromDaysSinceEpoch(0);
        s.dueDate = facts.diagnosedOn.valid() ? addMonths(facts.diagnosedOn, policy.newlyDiagnosedMonths) : today;
    }
    const auto inCycle = [&](CivilDate d) { return d.valid() && d >= s.cycleStart; };

    std::vector<CivilDate> invited;
    for (const auto& i : facts.invitations)
        if (inCycle(i.sentOn))
            invited.push_back(i.sentOn);
    std::sort(invited.begin(), invited.end());
    s.invitations = static_cast<int>(invited.size());
    if (!invited.empty()) {
        s.firstInvitation = invited.front();
        s.lastInvitation = invited.back();
        s.nextInvitationFrom = invited.back().addDays(policy.daysBetweenInvitations);
        for (std::size_t i = 1; i < invited.size(); ++i)
            if (invited[i].daysSinceEpoch() - invited[0].daysSinceEpoch() >= policy.daysBetweenInvitations)
                s.invitationsCountAsDeclined = true;
    } else {
        s.nextInvitationFrom = today;
    }

    // The latest appointment of each type in this cycle that still stands (booked or attended).
    for (const auto& a : facts.appointments) {
        if (!inCycle(a.date))
            continue;
        if (a.status != Appointment::Status::Booked && a.status != Appointment::Status::Attended)
            continue;
        auto& slot = a.type == Appointment::Type::Surveillance ? s.surveillance : s.carePlanning;
        if (a.type == Appointment::Type::CarePlanning && a.status == Appointment::Status::Attended)
            continue; // an attended consultation closed a cycle; it is not this cycle's booking
        if (!slot || a.date > slot->date || (a.date == slot->date && a.status == Appointment::Status::Attended))
            slot = a;
    }
    for (const auto& r : facts.labRequests) {
        if (!inCycle(r.requestedOn) || r.status == model::LabRequest::Status::Cancelled)
            continue;
        if (!s.testsSentOn || r.requestedOn > *s.testsSentOn)
            s.testsSentOn = r.requestedOn;
        if (r.status == model::LabRequest::Status::Pending)
            ++s.pendingTests;
    }
    for (const auto& d : facts.lettersSent)
        if (inCycle(d) && (!s.letterSentOn || d > *s.letterSentOn))
            s.letterSentOn = d;
    for (const auto& e : facts.exceptions)
        if (e.activeOn(today) && (!s.exception || e.expiresOn > s.exception->expiresOn))
            s.exception = e;

    const bool surveillanceDone = s.surveillance && s.surveillance->status == Appointment::Status::Attended;
    if (s.exception)
        s.stage = CycleStage::Excepted;
    else if (s.carePlanning)
        s.stage = CycleStage::CarePlanningBooked;
    else if (s.letterSentOn)
        s.stage = CycleStage::LetterSent;
    else if (surveillanceDone)
        s.stage = s.pendingTests > 0 ? CycleStage::SurveillanceDone : CycleStage::ResultsBack;
    else if (s.surveillance)
        s.stage = CycleStage::SurveillanceBooked;
    else if (s.invitations > 0)
        s.stage = CycleStage::Invited;
    else if (today >= s.dueDate.addDays(-policy.leadDays))
        s.stage = CycleStage::Due;
    else
        s.stage = CycleStage::NotDue;
    return s;
}

} // namespace carehouse::recall
