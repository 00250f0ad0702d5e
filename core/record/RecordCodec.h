#pragma once

#include "core/model/Condition.h"
#include "core/model/Observation.h"
#include "core/model/Patient.h"
#include "core/model/User.h"
#include "core/record/FieldRecord.h"

#include <nlohmann/json.hpp>

namespace carehouse::record {

// The journal's payload format for each record type (compact JSON, stable keys). The FHIR
// mapping for exchange lives in `exchange`; this is the local storage form only.
// payloadText is the one writer; toPayload parses its output for callers that want a DOM.
std::string payloadText(const model::Patient& p);
std::string payloadText(const model::Condition& c);
std::string payloadText(const model::Observation& o);
std::string payloadText(const model::User& u);
template <FieldStored T>
std::string payloadText(const T& value)
{
    return payloadFromFields(FieldRecord<T>::fields(value));
}

template <typename T>
nlohmann::json toPayload(const T& value)
{
    return nlohmann::json::parse(payloadText(value));
}

model::Patient patientFromPayload(const std::string& id, const nlohmann::json& j);
model::Condition conditionFromPayload(const std::string& id, const nlohmann::json& j);
model::Observation observationFromPayload(const std::string& id, const nlohmann::json& j);
model::User userFromPayload(const std::string& id, const nlohmann::json& j);

} // namespace carehouse::record
