#pragma once

#include "core/base/Result.h"
#include "core/model/StoredQuestionnaire.h"
#include "core/questionnaire/QuestionnaireImport.h"

#include <string>
#include <vector>

namespace carehouse::record {
class RecordStore;
}

namespace carehouse::questionnaire {

// The practice's questionnaires: CareHouse's own (resources/questionnaires/*.json) and those
// imported, each version stored once. A version never changes: the same url and version with
// other content is refused, so a response always reads against exactly what was completed.
// The current version of a url is the one stored most recently, except that a shipped version
// not stored yet counts as newest (it came with this CareHouse).
class QuestionnaireLibrary
{
public:
    explicit QuestionnaireLibrary(record::RecordStore& store)
        : m_store(store)
    {
    }

    // A definition known to the library, with whether it is in the record yet.
    struct Entry
    {
        model::StoredQuestionnaire stored; // for a shipped one not stored yet: as it would be stored
        bool isStored = false;
        bool current = false; // the current version of its url
    };
    // A definition ready to use: the model and its record.
    struct Found
    {
        QuestionnaireImport definition;
        model::StoredQuestionnaire stored;
        bool isStored = false;
    };
    struct Imported
    {
        QuestionnaireImport report; // what was read, and what was left unsupported
        model::StoredQuestionnaire stored;
        bool added = false; // false: that exact version was already stored, nothing changed
    };

    // The record id of a url and version: the same on every site.
    static std::string recordIdFor(const std::string& url, const std::string& version);
    // CareHouse's own definitions, read (once) from resources/questionnaires.
    static base::Result<std::vector<QuestionnaireImport>> shipped();

    // Imports a FHIR R4 Questionnaire file (administrators and clinical leads). A dry run reads
    // and checks it, reports, and stores nothing.
    base::Result<Imported> importFile(const std::string& path, bool dryRun = false);
    base::Result<Imported> importDefinition(QuestionnaireImport definition, bool dryRun = false);

    // Every version, current ones first, then by title.
    base::Result<std::vector<Entry>> list();
    // A questionnaire by what a person would call it: its resource id ("phq-9") or name
    // ("PHQ9"), either case, its url (the current version), url|version, or record id.
    // NotFound (field "questionnaire") when nothing matches; InvalidArgument when a name is
    // shared by several questionnaires.
    base::Result<Found> find(const std::string& name);
    base::Result<Found> byRecordId(const std::string& id);
    // The current version of a url.
    base::Result<Found> current(const std::string& url);

    // The record of a definition as it is (to be) stored.
    model::StoredQuestionnaire describe(const QuestionnaireImport& definition,
                                        model::StoredQuestionnaire::Source source) const;

private:
    base::Result<std::vector<model::StoredQuestionnaire>> storedVersions();
    base::Result<Found> load(const model::StoredQuestionnaire& stored, bool isStored);
    record::RecordStore& m_store;
};

} // namespace carehouse::questionnaire
