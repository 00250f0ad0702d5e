#pragma once

#include "core/model/Condition.h"
#include "core/model/Observation.h"
#include "core/model/Patient.h"
#include "core/model/User.h"

#include <nlohmann/json.hpp>

namespace carehouse::record {

// The journal's payload format for each record type (compact JSON, stable keys). The FHIR
// mapping for exchange lives in `exchange`; this is the local storage form only.
nlohmann::json toPayload(const model::Patient& p);
nlohmann::json toPayload(const model::Condition& c);
nlohmann::json toPayload(const model::Observation& o);
nlohmann::json toPayload(const model::User& u);

model::Patient patientFromPayload(const std::string& id, const nlohmann::json& j);
model::Condition conditionFromPayload(const std::string& id, const nlohmann::json& j);
model::Observation observationFromPayload(const std::string& id, const nlohmann::json& j);
model::User userFromPayload(const std::string& id, const nlohmann::json& j);

} // namespace carehouse::record
