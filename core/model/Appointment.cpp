#include "core/model/Appointment.h"

#include <charconv>
#include <fmt/format.h>

namespace carehouse::model {

std::string Appointment::timeText() const
{
    return fmt::format("{:02}:{:02}", minuteOfDay / 60, minuteOfDay % 60);
}

std::string_view appointmentTypeCode(Appointment::Type t)
{
    return t == Appointment::Type::CarePlanning ? "care-planning" : "surveillance";
}

std::optional<Appointment::Type> appointmentTypeFromCode(std::string_view code)
{
    if (code == "surveillance")
        return Appointment::Type::Surveillance;
    if (code == "care-planning")
        return Appointment::Type::CarePlanning;
    return std::nullopt;
}

std::string_view appointmentStatusCode(Appointment::Status s)
{
    switch (s) {
    case Appointment::Status::Booked: return "booked";
    case Appointment::Status::Attended: return "attended";
    case Appointment::Status::DidNotAttend: return "did-not-attend";
    case Appointment::Status::Cancelled: return "cancelled";
    }
    return "booked";
}

std::optional<Appointment::Status> appointmentStatusFromCode(std::string_view code)
{
    if (code == "booked")
        return Appointment::Status::Booked;
    if (code == "attended")
        return Appointment::Status::Attended;
    if (code == "did-not-attend")
        return Appointment::Status::DidNotAttend;
    if (code == "cancelled")
        return Appointment::Status::Cancelled;
    return std::nullopt;
}

std::optional<int> parseTimeOfDay(std::string_view text)
{
    auto colon = text.find(':');
    if (colon == std::string_view::npos || colon == 0 || colon > 2 || text.size() != colon + 3)
        return std::nullopt;
    int h = 0, m = 0;
    auto hp = std::from_chars(text.data(), text.data() + colon, h);
    auto mp = std::from_chars(text.data() + colon + 1, text.data() + text.size(), m);
    if (hp.ec != std::errc() || hp.ptr != text.data() + colon || mp.ec != std::errc()
        || mp.ptr != text.data() + text.size())
        return std::nullopt;
    if (h < 0 || h > 23 || m < 0 || m > 59)
        return std::nullopt;
    return h * 60 + m;
}

} // namespace carehouse::model
