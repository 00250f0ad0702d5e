#pragma once

#include "core/base/CivilDate.h"
#include "core/model/Condition.h"
#include "core/model/Patient.h"
#include "core/record/PatientListItem.h"

#include <nlohmann/json.hpp>

namespace carehouse::cli {

// The JSON shapes `--json` prints for people and diagnoses. A restricted record has no address.
class PatientJson
{
public:
    static nlohmann::json patient(const model::Patient& p, base::CivilDate today);
    static nlohmann::json listItem(const record::PatientListItem& item, base::CivilDate today);
    static nlohmann::json condition(const model::Condition& c);
    // "14-Jul-1945 (81y)", or "Not known"
    static std::string bornText(base::CivilDate birth, base::CivilDate today);
};

} // namespace carehouse::cli
