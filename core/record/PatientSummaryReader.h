#pragma once

#include "core/base/Result.h"
#include "core/record/PatientSummary.h"

namespace carehouse::record {

class RecordStore;

// Assembles a person's summary and audits that the logged-in user opened their record.
class PatientSummaryReader
{
public:
    explicit PatientSummaryReader(RecordStore& store)
        : m_store(store)
    {
    }
    base::Result<PatientSummary> open(const std::string& patientId);

private:
    RecordStore& m_store;
};

} // namespace carehouse::record
