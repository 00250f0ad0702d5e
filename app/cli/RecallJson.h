#pragma once

#include "core/base/CivilDate.h"
#include "core/model/Appointment.h"
#include "core/model/CareException.h"
#include "core/recall/Worklist.h"

#include <nlohmann/json.hpp>

namespace carehouse::cli {

// The JSON shapes `--json` prints for worklists, appointments and exceptions. Dates are ISO
// ("dueDate") with the displayed form beside them ("due"). A restricted record has no postcode.
class RecallJson
{
public:
    static nlohmann::json worklistRow(const recall::WorklistRow& row, base::CivilDate today);
    static nlohmann::json appointment(const model::Appointment& a);
    static nlohmann::json exception(const model::CareException& e);
};

} // namespace carehouse::cli
