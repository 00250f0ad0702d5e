#pragma once

#include "core/base/CivilDate.h"
#include "core/model/Patient.h"

#include <string>

namespace carehouse::record {

// One row of a search result: enough to tell two people with the same name apart.
struct PatientListItem
{
    std::string id;
    std::string nhsNumber;
    std::string title;
    std::string givenName;
    std::string familyName;
    base::CivilDate birthDate;
    model::Gender gender = model::Gender::Unknown;
    std::string postcode; // always empty for restricted records
    bool restricted = false; // sensitive record: show that the address is withheld
    std::string familyKey; // search keys, for ordering
    std::string givenKey;
};

} // namespace carehouse::record
