#pragma once

#include "core/base/Result.h"
#include "core/letters/ResultsLetterContent.h"
#include "core/model/SentLetter.h"

#include <string>
#include <vector>

namespace carehouse::record {
class RecordStore;
}

namespace carehouse::letters {

// The letters log: which results letters went to whom, when, and exactly what they said.
// Recording a batch is one commit, so a print run is logged whole or not at all; each
// person's cycle then reads "letter sent".
class LetterLog
{
public:
    explicit LetterLog(record::RecordStore& store)
        : m_store(store)
    {
    }

    // Logs each composed letter as sent today (one batch id when there are several).
    base::Result<std::vector<model::SentLetter>> recordSent(const std::vector<ResultsLetterContent>& letters);
    // Oldest first.
    base::Result<std::vector<model::SentLetter>> forPatient(const std::string& patientId);

private:
    record::RecordStore& m_store;
};

} // namespace carehouse::letters
