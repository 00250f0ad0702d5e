#pragma once

#include "core/base/CivilDate.h"

#include <string>
#include <string_view>

namespace carehouse::model {

enum class Gender
{
    Female,
    Male,
    Other,
    Unknown
};
std::string_view genderCode(Gender g); // FHIR administrative-gender codes
std::string_view genderDisplay(Gender g); // "Female", ..., "Not known"
Gender genderFromCode(std::string_view code);

// Who the person agreed may see their record beyond the practice (checked by sync exports).
enum class SharingConsent
{
    NotRecorded,
    SharedCareTeam,
    PracticeOnly,
    Withdrawn
};
std::string_view consentCode(SharingConsent c);
std::string_view consentDisplay(SharingConsent c);
SharingConsent consentFromCode(std::string_view code);

// A registered person, as the current version of their record has them.
struct Patient
{
    std::string id; // record UUID
    std::string nhsNumber; // ten digits, or empty when not known
    std::string title;
    std::string givenName;
    std::string familyName;
    base::CivilDate birthDate;
    Gender gender = Gender::Unknown;
    std::string addressLine1;
    std::string addressLine2;
    std::string town;
    std::string postcode;
    std::string phone;
    bool restricted = false; // sensitive record: the address is never shown
    std::string practice;
    SharingConsent sharingConsent = SharingConsent::NotRecorded;
    std::string preferredLanguage; // BCP 47, e.g. "en", "bn"; empty = English
    bool largePrint = false;
    std::string ethnicity; // family background, used for BMI thresholds
    // The record this one is the same person as, set by a clinician who compared two records with
    // one NHS number (record::DuplicateLink); empty for a record that stands alone or is the one
    // others link to.
    std::string linkedTo;

    bool operator==(const Patient&) const = default;
};

// NHS CUI name: "FAMILY, Given (Title)"; missing parts read "Not known".
std::string bannerName(const Patient& p);

} // namespace carehouse::model
