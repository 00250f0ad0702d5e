#pragma once

#include "core/base/Result.h"
#include "core/questionnaire/QuestionnaireImport.h"

#include <nlohmann/json.hpp>
#include <string>

namespace carehouse::questionnaire {

// Reads any FHIR R4 Questionnaire (JSON). A file that cannot be a safe questionnaire is refused
// with a MalformedInput error naming the file and the JSON path (field), the offending value,
// and a reason in detail:
//   questionnaire-too-large, questionnaire-nesting, questionnaire-not-json (UntrustedJson.h),
//   questionnaire-wrong-resource  not a Questionnaire (value: its resourceType)
//   questionnaire-required        a required element is missing or empty (url, item, linkId, type)
//   questionnaire-wrong-type      an element has the wrong JSON type
//   questionnaire-too-many-items  more than kMaxItems items
//   questionnaire-duplicate-linkid two items share a linkId (value; hint: the first one's path)
//   questionnaire-unknown-question an enableWhen or flag names a linkId no item has (value)
//   questionnaire-cycle           items that enable one another in a circle (value: a -> b -> a)
//   questionnaire-bad-operator    an enableWhen operator FHIR does not define (value)
//   questionnaire-no-answer       an enableWhen without exactly one answer[x]
//   questionnaire-bad-scoring     CareHouse's scoring extension is inconsistent
//   questionnaire-modifier-extension a modifierExtension on the Questionnaire itself
// Everything else CareHouse does not support is listed in the import's `unsupported`.
class QuestionnaireReader
{
public:
    static constexpr std::size_t kMaxItems = 10000;
    static constexpr int kMaxOptions = 1000;

    static base::Result<QuestionnaireImport> readText(const std::string& text, const std::string& fileName);
    static base::Result<QuestionnaireImport> readFile(const std::string& path);
    static base::Result<QuestionnaireImport> readJson(const nlohmann::json& doc, const std::string& fileName);
};

} // namespace carehouse::questionnaire
