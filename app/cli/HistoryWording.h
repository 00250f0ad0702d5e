#pragma once

#include "core/record/HistoryEntry.h"

#include <string>
#include <vector>

namespace carehouse::cli {

// Says in words what one version in a person's history changed: "Changed the family name
// from 'Smith' to 'Smyth'", "Recorded the diagnosis Type 2 diabetes mellitus (onset ...)".
class HistoryWording
{
public:
    static std::vector<std::string> describe(const record::HistoryEntry& entry);
    // "family name" for the journal key "family"
    static std::string fieldName(record::RecordType type, const std::string& key);
    // A stored value as a person reads it: dates dd-Mmm-yyyy, NHS numbers 3-3-4, codes as words.
    static std::string fieldValue(const std::string& key, const std::string& value);
};

} // namespace carehouse::cli
