#pragma once

#include "core/base/Result.h"
#include "core/questionnaire/QuestionnaireImport.h"

#include <vector>

namespace carehouse::questionnaire {

// CareHouse's own questionnaires, the FHIR files in resources/questionnaires (PHQ-9, GAD-7,
// PHQ-2, GAD-2, the care planning agenda), read once per resource folder and kept. A file that
// does not read is ResourceInvalid naming it.
class ShippedQuestionnaires
{
public:
    static base::Result<std::vector<QuestionnaireImport>> all();
};

} // namespace carehouse::questionnaire
