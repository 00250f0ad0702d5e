#pragma once

#include "core/base/Result.h"
#include "core/model/Observation.h"

#include <string>

namespace carehouse::record {
class RecordStore;
}

namespace carehouse::surveillance {

// One value typed against one catalogue item (the CLI `observe`): the same checks as the form.
class ObservationRecorder
{
public:
    explicit ObservationRecorder(record::RecordStore& store)
        : m_store(store)
    {
    }
    // `item` is a catalogue item id ("hba1c"), its SNOMED CT code, or its LOINC code. `value` is
    // a number, "140/85" for a pair, or an option code / display for a category.
    base::Result<model::Observation> prepare(const std::string& patientId, const std::string& item,
                                             const std::string& value, const std::string& unit, const std::string& date,
                                             bool confirmOutsideRange);
    base::Result<std::string> record(const model::Observation& observation);

private:
    record::RecordStore& m_store;
};

} // namespace carehouse::surveillance
