#pragma once

#include "core/base/Result.h"
#include "core/clinical/CareProcessCatalogue.h"

#include <memory>
#include <string>

namespace carehouse::record {

class RecordStore;

// The care-process catalogue as this practice uses it: with the target profile it chose
// (setting targets.profile; NICE/NDA when unset). Every place that flags a value against a
// target reads the catalogue through here, so the screen, the inbox and the letters agree.
class PracticeCatalogue
{
public:
    static base::Result<std::shared_ptr<const clinical::CareProcessCatalogue>> of(const RecordStore& store);
    // The practice's catalogue with this person's individual targets from their latest care
    // plan in place of the profile's (issue 6): what their screens and letters flag against.
    static base::Result<std::shared_ptr<const clinical::CareProcessCatalogue>> forPatient(RecordStore& store,
                                                                                          const std::string& patientId);
    // Chooses the practice's profile (administrators); an unknown profile is refused.
    static base::Status choose(RecordStore& store, const std::string& profileId);
};

} // namespace carehouse::record
