#include "app/cli/CycleWording.h"

#include <fmt/format.h>

namespace carehouse::cli {

using recall::CycleStage;
using recall::WorklistKind;

std::string CycleWording::stage(CycleStage s)
{
    switch (s) {
    case CycleStage::NotDue: return "Not due";
    case CycleStage::Due: return "Due";
    case CycleStage::Invited: return "Invited";
    case CycleStage::SurveillanceBooked: return "Surveillance booked";
    case CycleStage::SurveillanceDone: return "Results awaited";
    case CycleStage::ResultsBack: return "Results back";
    case CycleStage::LetterSent: return "Letter sent";
    case CycleStage::CarePlanningBooked: return "Care planning booked";
    case CycleStage::Excepted: return "Exception";
    }
    return "Not due";
}

std::string CycleWording::worklistDescription(WorklistKind k)
{
    switch (k) {
    case WorklistKind::Due: return "Due or overdue for their yearly review, not yet invited.";
    case WorklistKind::InvitedOnce: return "Invited once, no surveillance appointment booked yet.";
    case WorklistKind::InvitedTwice:
        return "Invited twice or more, no appointment booked (may be recorded as declined).";
    case WorklistKind::SurveillanceToBook: return "Due or invited: their surveillance appointment is to be booked.";
    case WorklistKind::ResultsAwaiting: return "Seen at the surveillance appointment, laboratory results awaited.";
    case WorklistKind::LettersToSend: return "Every result back: the results letter is to be sent.";
    case WorklistKind::CarePlanningToBook:
        return "Results back or letter sent: the care planning consultation is to be booked.";
    case WorklistKind::Exceptions: return "Declined or unsuitable, until the exception expires.";
    }
    return {};
}

std::string CycleWording::appointmentType(model::Appointment::Type t)
{
    return t == model::Appointment::Type::CarePlanning ? "care planning consultation" : "surveillance appointment";
}

std::string CycleWording::appointmentStatus(model::Appointment::Status s)
{
    switch (s) {
    case model::Appointment::Status::Booked: return "Booked";
    case model::Appointment::Status::Attended: return "Attended";
    case model::Appointment::Status::DidNotAttend: return "Did not attend";
    case model::Appointment::Status::Cancelled: return "Cancelled";
    }
    return "Booked";
}

std::string CycleWording::weekday(base::CivilDate d)
{
    static const char* kDays[] = {"Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"}; // 1970-01-01 was a Thursday
    const int n = d.daysSinceEpoch();
    return kDays[((n % 7) + 7) % 7];
}

std::string CycleWording::when(const model::Appointment& a)
{
    if (!a.date.valid())
        return "Not known";
    return fmt::format("{} {} {}", weekday(a.date), a.date.display(), a.timeText());
}

std::string CycleWording::cycleAppointment(const recall::CycleState& c)
{
    const auto& a = c.carePlanning ? c.carePlanning : c.surveillance;
    if (!a)
        return "None";
    return fmt::format("{} {} ({})",
                       a->type == model::Appointment::Type::CarePlanning ? "Care planning" : "Surveillance", when(*a),
                       appointmentStatus(a->status));
}

std::string CycleWording::exception(const model::CareException& e)
{
    return fmt::format("{} until {}", e.kind == model::CareException::Kind::Unsuitable ? "Unsuitable" : "Declined",
                       e.expiresOn.display());
}

std::string CycleWording::method(model::Invitation::Method m)
{
    switch (m) {
    case model::Invitation::Method::Letter: return "letter";
    case model::Invitation::Method::Sms: return "SMS";
    case model::Invitation::Method::Phone: return "phone call";
    }
    return "letter";
}

std::string CycleWording::testsAwaited(const recall::CycleState& c)
{
    if (c.pendingTests <= 0)
        return "None";
    return c.testsSentOn ? fmt::format("{} (sent {})", c.pendingTests, c.testsSentOn->display())
                         : std::to_string(c.pendingTests);
}

std::string CycleWording::invitations(const recall::CycleState& c)
{
    if (c.invitations <= 0)
        return "None";
    return c.lastInvitation ? fmt::format("{} (last {})", c.invitations, c.lastInvitation->display())
                            : std::to_string(c.invitations);
}

} // namespace carehouse::cli
