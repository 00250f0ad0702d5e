#pragma once

#include "core/base/CivilDate.h"
#include "core/base/Result.h"
#include "core/model/Patient.h"
#include "core/record/PatientRepository.h"

#include <cstdint>
#include <string>
#include <vector>

namespace carehouse::record {

class RecordStore;

// What a clinician needs to decide whether two records with one NHS number are one person: who
// each record says the person is, where and when it was started, and how much each holds (so
// the one with the person's history is plain to see).
struct DuplicateRecordSide
{
    Versioned<model::Patient> patient;
    std::string registeredAtSite; // the site that wrote the record's first version
    std::string registeredBy; // the account that did, as its site knows it
    std::int64_t registeredAtMillis = 0;
    std::int64_t observations = 0; // in use (not entered in error)
    std::int64_t conditions = 0; // not entered in error
    std::int64_t carePlans = 0;
    base::CivilDate lastEntry; // the newest observation; invalid when none
};

class DuplicateComparison
{
public:
    explicit DuplicateComparison(RecordStore& store)
        : m_store(store)
    {
    }

    // One side per id, in the order given; NotFound for an id no record has.
    base::Result<std::vector<DuplicateRecordSide>> compare(const std::vector<std::string>& patientIds);

private:
    base::Result<DuplicateRecordSide> side(const std::string& patientId);

    RecordStore& m_store;
};

} // namespace carehouse::record
