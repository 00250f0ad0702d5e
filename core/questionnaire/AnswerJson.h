#pragma once

#include "core/questionnaire/Response.h"

#include <nlohmann/json.hpp>
#include <string>

namespace carehouse::questionnaire {

// How a stored response keeps its answers: {"linkId": [{"valueCoding": {...}}, ...], ...}, each
// value as FHIR writes it, so it reads back exactly and exports without conversion.
nlohmann::json answersToJson(const AnswerMap& answers);
AnswerMap answersFromJson(const nlohmann::json& stored);
// One value as a FHIR element named prefix + type ("valueCoding", "answerBoolean").
void putFhirValue(nlohmann::json& into, const char* prefix, const AnswerValue& value);

} // namespace carehouse::questionnaire
