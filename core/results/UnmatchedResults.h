#pragma once

#include "core/base/Result.h"
#include "core/model/UnmatchedResult.h"

#include <cstdint>
#include <string>
#include <vector>

namespace carehouse::record {
class RecordStore;
}

namespace carehouse::results {

struct UnmatchedItem
{
    model::UnmatchedResult result;
    std::int64_t headSeq = 0;
    std::string itemName; // "HbA1c"
    std::string valueText; // "58 mmol/mol"
};

// The unmatched results queue. Matching by hand attaches the result to the chosen person
// (as the importer would have) and closes the queue entry in the same commit.
class UnmatchedResults
{
public:
    explicit UnmatchedResults(record::RecordStore& store)
        : m_store(store)
    {
    }
    base::Result<std::vector<UnmatchedItem>> open();
    base::Result<UnmatchedItem> find(const std::string& id);
    // Returns the new observation's id.
    base::Result<std::string> match(const std::string& unmatchedId, const std::string& patientId);
    base::Status discard(const std::string& unmatchedId, const std::string& reason);

private:
    record::RecordStore& m_store;
};

} // namespace carehouse::results
