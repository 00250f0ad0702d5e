#pragma once

#include "core/base/CivilDate.h"

#include <optional>
#include <string>
#include <string_view>

namespace carehouse::model {

// A booked appointment in the yearly cycle: the HCA's surveillance appointment or the
// care planning consultation.
struct Appointment
{
    enum class Type
    {
        Surveillance,
        CarePlanning
    };
    enum class Status
    {
        Booked,
        Attended,
        DidNotAttend,
        Cancelled
    };
    std::string id;
    std::string patientId;
    Type type = Type::Surveillance;
    base::CivilDate date;
    int minuteOfDay = 0; // local time, 24-hour: 10:30 is 630
    std::string withWhom; // "Hannah Osei (HCA)"
    std::string place;
    Status status = Status::Booked;

    std::string timeText() const; // "10:30"
    bool operator==(const Appointment&) const = default;
};

std::string_view appointmentTypeCode(Appointment::Type t);
std::optional<Appointment::Type> appointmentTypeFromCode(std::string_view code);
std::string_view appointmentStatusCode(Appointment::Status s);
std::optional<Appointment::Status> appointmentStatusFromCode(std::string_view code);
// "10:30" or "9:05" to minutes after midnight; nothing for anything else.
std::optional<int> parseTimeOfDay(std::string_view text);

} // namespace carehouse::model
