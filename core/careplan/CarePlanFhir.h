#pragma once

#include "core/model/CarePlan.h"
#include "core/model/Patient.h"
#include "core/model/Referral.h"

#include <nlohmann/json.hpp>
#include <vector>

namespace carehouse::clinical {
class CareProcessCatalogue;
}

namespace carehouse::careplan {

// A care plan as FHIR R4 for another system: a `collection` Bundle with the Patient (NHS number
// identifier), the CarePlan (its actions as activities, its referrals referenced), a Goal for
// each of the person's goals (their words in `description`, why it matters and confidence in
// notes) and for each agreed target (target.measure with the process's LOINC code and a
// `<=` detailQuantity in the stored unit), and a ServiceRequest for each referral with its
// status mapped (sent/accepted: active, seen/referred back: completed, declined: revoked).
nlohmann::json carePlanBundle(const model::Patient& person, const model::CarePlan& plan,
                              const std::vector<model::Referral>& referrals,
                              const clinical::CareProcessCatalogue& catalogue);

} // namespace carehouse::careplan
