#pragma once

#include "core/base/Result.h"
#include "core/questionnaire/Questionnaire.h"
#include "core/questionnaire/Response.h"

#include <nlohmann/json.hpp>
#include <string>

namespace carehouse::questionnaire {

// Reads answers for a questionnaire from JSON, in either form:
// - a FHIR R4 QuestionnaireResponse: its `questionnaire` ("url|version") and `authored` are kept,
//   answers are read from item[].answer[].value[x] at any depth (items under items or under
//   answers);
// - plain answers, {"linkId": value, ...}: a value is what the question takes (true, 3, 72.5,
//   "2026-11-20" or "20/11/2026", "some text"), a list for a question that repeats, null for no
//   answer. A choice takes an option's code, its display text, the option itself ({"system":
//   ..., "code": ...}), or, when the options are scored codings, the score of exactly one option
//   (so PHQ-9 answers may be written 0-3).
// The reader converts what it can and leaves checking to ResponseValidator, so every problem
// is listed together: a value it cannot convert is kept as text and reported there. It refuses
// only JSON that is neither form (MalformedInput naming the JSON path, detail
// "response-wrong-resource", "response-wrong-type" or the UntrustedJson reasons).
class ResponseReader
{
public:
    static base::Result<Response> readJson(const nlohmann::json& doc, const Questionnaire& questionnaire,
                                           const std::string& fileName);
    static base::Result<Response> readText(const std::string& text, const Questionnaire& questionnaire,
                                           const std::string& fileName);
    static base::Result<Response> readFile(const std::string& path, const Questionnaire& questionnaire);
};

} // namespace carehouse::questionnaire
