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
    // Another record has this NHS number (two sites registered the person before they met):
    // either a possible duplicate a clinician has yet to compare, or, with `linked`, this is the
    // record a clinician linked to the main one.
    bool otherRecord = false;
    bool linked = false;
    std::string familyKey; // search keys, for ordering
    std::string givenKey;
};

} // namespace carehouse::record
