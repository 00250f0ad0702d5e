#pragma once

#include "core/base/Result.h"

#include <string>
#include <vector>

namespace carehouse::record {

class RecordStore;

// People held as two or more records with the same NHS number: registered here and at another
// site before either knew of the other, and brought together by an exchange. CareHouse never
// merges them or matches on a name; a clinician compares and links them.
class PossibleDuplicates
{
public:
    struct Group
    {
        std::string nhsNumber;
        std::vector<std::string> patientIds; // oldest record first
    };

    explicit PossibleDuplicates(RecordStore& store)
        : m_store(store)
    {
    }

    base::Result<std::vector<Group>> all();
    // The other records with this person's NHS number (none for a person without one).
    base::Result<std::vector<std::string>> of(const std::string& patientId);

private:
    RecordStore& m_store;
};

} // namespace carehouse::record
