#pragma once

#include "core/base/Result.h"

#include <optional>
#include <string>
#include <vector>

namespace carehouse::record {

class RecordStore;
}

namespace carehouse::db {
class Statement;
}

namespace carehouse::record {

// People held as two or more records with the same NHS number: registered here and at another
// site before either knew of the other, and brought together by an exchange. CareHouse never
// merges them or matches on a name; a clinician compares and links them.
class PossibleDuplicates
{
public:
    struct Group
    {
        std::string nhsNumber;
        // Oldest record first, the same at every site: record ids are time-ordered UUIDs (v7),
        // where the local journal position of a record's current version is not.
        std::vector<std::string> patientIds;
        // The record every other one in the group is linked to (record::DuplicateLink); empty
        // while any record stands apart, or two links cross, so a clinician still has to look.
        std::string mainId;

        bool open() const { return mainId.empty(); }
    };

    explicit PossibleDuplicates(RecordStore& store)
        : m_store(store)
    {
    }

    // Every group, linked or not.
    base::Result<std::vector<Group>> all();
    // The groups a clinician still has to compare: the offers to make.
    base::Result<std::vector<Group>> open();
    // The group this person's record is in, linked or not; none when no other record has their
    // NHS number (or they have none). One index lookup: what a patient page reads.
    base::Result<std::optional<Group>> groupOf(const std::string& patientId);
    // The other records with this person's NHS number (none for a person without one), linked
    // or not.
    base::Result<std::vector<std::string>> of(const std::string& patientId);

private:
    // Groups from rows of (NHS number, record id, linked to) in NHS number, then record id, order.
    static base::Result<std::vector<Group>> readGroups(db::Statement& rows);
    static std::string mainOf(const std::vector<std::string>& ids, const std::vector<std::string>& linkedTo);

    RecordStore& m_store;
};

} // namespace carehouse::record
