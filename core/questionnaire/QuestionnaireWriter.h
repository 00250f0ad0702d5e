#pragma once

#include "core/questionnaire/Questionnaire.h"
#include "core/questionnaire/Response.h"
#include "core/questionnaire/Scorer.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace carehouse::questionnaire {

// The writing half of the FHIR pair (QuestionnaireReader, ResponseReader read): a model as
// FHIR R4 JSON. A definition is written from the model, so what the import left out is not
// in it; the stored definition (QuestionnaireImport::definitionJson) keeps the whole file.
class QuestionnaireWriter
{
public:
    static constexpr const char* kTotalScoreExtension = "https://carehouse.example/fhir/StructureDefinition/"
                                                        "questionnaireresponse-total-score";
    static constexpr const char* kStaffSystem = "https://carehouse.example/Id/staff-username";

    struct Subject
    {
        std::string patientReference; // "Patient/<id>"
        std::string nhsNumber; // as an identifier on the subject reference, when known
        std::string enteredBy; // username of who typed it in (the author)
    };

    static nlohmann::json definition(const Questionnaire& questionnaire);
    // A QuestionnaireResponse, items nested as the questionnaire nests them; the score (when
    // given) goes in CareHouse's total-score extension. `source` is the person for a response
    // they completed and the staff member for one completed on their behalf.
    static nlohmann::json response(const Questionnaire& questionnaire, const Response& response, const Subject& subject,
                                   const std::optional<Score>& score = std::nullopt);
};

} // namespace carehouse::questionnaire
