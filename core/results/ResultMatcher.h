#pragma once

#include "core/base/Result.h"
#include "core/model/LabRequest.h"
#include "core/model/Observation.h"
#include "core/model/UnmatchedResult.h"
#include "core/record/ChangeSet.h"

#include <optional>
#include <string>

namespace carehouse::record {
class RecordStore;
}

namespace carehouse::results {

// The parts of attaching a result that the importer and the unmatched queue share.
class ResultMatcher
{
public:
    explicit ResultMatcher(record::RecordStore& store)
        : m_store(store)
    {
    }
    // The person with this NHS number and date of birth, or why not (the queue's reason).
    base::Result<std::string> personFor(const std::string& nhsNumber, const std::string& birthDate,
                                        model::UnmatchedResult::Reason& whyNot);
    // Adds the result to `changes`, fulfilling the person's oldest pending request for the same
    // test sent on or before the result's date (unless `taken` already holds that request).
    base::Status attach(model::Observation result, record::ChangeSet& changes, std::vector<std::string>& taken,
                        bool& fulfilled);
    // Whether a result with this identity is already in the record or the queue.
    base::Result<bool> alreadyImported(const std::string& sourceKey);

    static std::string sourceKeyOf(const std::string& nhsDigits, const std::string& code, const std::string& effective,
                                   std::optional<double> value, std::optional<double> value2);

private:
    record::RecordStore& m_store;
};

} // namespace carehouse::results
