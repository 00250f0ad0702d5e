#pragma once

#include "core/record/RecordType.h"

#include <cstdint>
#include <string>
#include <vector>

namespace carehouse::record {

// One field as it was and as it became. Keys are the journal payload's keys ("family",
// "birth"); the edge turns them into words.
struct FieldChange
{
    std::string key;
    std::string before; // empty when the field was not set
    std::string after; // empty when the field was cleared
};

// One version in a person's history: who changed what, when, at which site.
struct HistoryEntry
{
    std::int64_t seq = 0;
    std::string version; // origin:counter
    RecordType type = RecordType::Patient;
    std::string recordId;
    std::int64_t atMillis = 0; // wall-clock part of the version's hybrid logical clock
    std::string author; // username
    std::string authorName; // display name, when the user is known here
    std::string siteName;
    bool created = false;
    std::vector<FieldChange> changes;
    // What the version is about, ready to show: the care-process item or the diagnosis term,
    // and for an observation its value formatted as everywhere else ("145/90 mmHg", "Ex-smoker").
    std::string subject;
    std::string valueText;
};

} // namespace carehouse::record
