#pragma once

#include "core/base/Result.h"
#include "core/model/Observation.h"
#include "core/model/ResultReview.h"

#include <string>
#include <vector>

namespace carehouse::record {
class RecordStore;
}

namespace carehouse::results {

// A laboratory result waiting for a clinician to look at it.
struct InboxItem
{
    model::Observation result;
    std::string patientName; // banner form: "SMITH, John (Mr)"
    std::string nhsNumber; // digits
    std::string birthDate; // dd-Mmm-yyyy
    std::string itemName; // "HbA1c"
    std::string valueText; // "72 mmol/mol"
    std::string originalText; // "8.7 %" when converted; empty otherwise
    std::string flag; // why it needs attention; empty when within target
};

// The clinician's results inbox: laboratory results not yet reviewed, abnormal first, then
// oldest first. Reviewing (filed, or action needed) is recorded as its own version.
class ResultsInbox
{
public:
    explicit ResultsInbox(record::RecordStore& store)
        : m_store(store)
    {
    }
    base::Result<std::vector<InboxItem>> awaitingReview(std::size_t limit = 1000);
    base::Status review(const std::string& observationId, model::ResultReview::Outcome outcome,
                        const std::string& comment);

private:
    record::RecordStore& m_store;
};

} // namespace carehouse::results
