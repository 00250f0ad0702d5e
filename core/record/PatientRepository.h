#pragma once

#include "core/base/Result.h"
#include "core/model/Condition.h"
#include "core/model/Observation.h"
#include "core/model/Patient.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace carehouse::record {

class RecordStore;

template <typename T>
struct Versioned
{
    T value;
    std::int64_t headSeq = 0; // the version an edit must be based on
};

// Reads one person's record from the current tables.
class PatientRepository
{
public:
    explicit PatientRepository(RecordStore& store)
        : m_store(store)
    {
    }

    base::Result<Versioned<model::Patient>> patient(const std::string& id);
    // Resolves "an id or an NHS number" as the CLI and the search box take it.
    base::Result<std::string> resolve(const std::string& idOrNhsNumber);
    // A record with this NHS number: the one others are linked to, or the oldest, when several
    // hold it (possible duplicates).
    base::Result<std::optional<std::string>> idForNhsNumber(const std::string& digits);

    base::Result<std::vector<Versioned<model::Condition>>> conditions(const std::string& patientId);
    // The newest non-retracted observation with this code, if any.
    base::Result<std::optional<model::Observation>> latestObservation(const std::string& patientId,
                                                                      const std::string& code);
    // All non-retracted observations with this code, oldest first (for trends).
    base::Result<std::vector<model::Observation>> observations(const std::string& patientId, const std::string& code);

private:
    RecordStore& m_store;
};

} // namespace carehouse::record
