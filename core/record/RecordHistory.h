#pragma once

#include "core/base/Result.h"
#include "core/record/HistoryEntry.h"

#include <vector>

namespace carehouse::record {

class RecordStore;

// Reads the journal for one person: every version of their demographics, diagnoses and
// observations, newest first, with what changed.
class RecordHistory
{
public:
    explicit RecordHistory(RecordStore& store)
        : m_store(store)
    {
    }
    base::Result<std::vector<HistoryEntry>> forPatient(const std::string& patientId);

private:
    RecordStore& m_store;
};

} // namespace carehouse::record
