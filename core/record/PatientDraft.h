#pragma once

#include <string>

namespace carehouse::record {

// A person's details as typed into a form or given on the command line, before validation.
struct PatientDraft
{
    std::string nhsNumber;
    std::string title;
    std::string givenName;
    std::string familyName;
    std::string birthDate;
    std::string gender = "unknown"; // FHIR code
    std::string addressLine1;
    std::string addressLine2;
    std::string town;
    std::string postcode;
    std::string phone;
    bool restricted = false;
    std::string practice;
    std::string sharingConsent = "not-recorded";
    std::string preferredLanguage;
    bool largePrint = false;
    std::string ethnicity;
};

} // namespace carehouse::record
