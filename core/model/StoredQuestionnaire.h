#pragma once

#include "core/base/CivilDate.h"

#include <string>
#include <string_view>

namespace carehouse::model {

// A questionnaire definition kept in the record: identity (url and version), its title and the
// whole FHIR R4 Questionnaire as imported, so every response can be read against exactly the
// version it was completed on. A definition is never changed: a changed questionnaire is a new
// version. Its record id is derived from url and version (QuestionnaireLibrary::recordIdFor), so
// two sites storing the same version store the same record.
struct StoredQuestionnaire
{
    enum class Source
    {
        Shipped, // one of CareHouse's own (resources/questionnaires), stored when first used
        Imported // a file an administrator or clinical lead imported
    };
    std::string id;
    std::string url;
    std::string version;
    std::string title;
    std::string resourceId; // the Questionnaire's own id ("phq-9"), what the CLI names it by
    Source source = Source::Imported;
    std::string fingerprint; // SHA-256 of the definition
    base::CivilDate importedOn;
    std::string importedBy; // username
    int itemCount = 0;
    int unsupportedCount = 0; // what the import report listed
    std::string definition; // the FHIR JSON

    bool operator==(const StoredQuestionnaire&) const = default;
};

std::string_view questionnaireSourceCode(StoredQuestionnaire::Source s);
StoredQuestionnaire::Source questionnaireSourceFromCode(std::string_view code);

} // namespace carehouse::model
