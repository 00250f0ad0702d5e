#include "core/model/Patient.h"

#include "core/base/TextFold.h"

namespace carehouse::model {

std::string_view genderCode(Gender g)
{
    switch (g) {
    case Gender::Female: return "female";
    case Gender::Male: return "male";
    case Gender::Other: return "other";
    case Gender::Unknown: return "unknown";
    }
    return "unknown";
}

std::string_view genderDisplay(Gender g)
{
    switch (g) {
    case Gender::Female: return "Female";
    case Gender::Male: return "Male";
    case Gender::Other: return "Other";
    case Gender::Unknown: return "Not known";
    }
    return "Not known";
}

Gender genderFromCode(std::string_view code)
{
    if (code == "female")
        return Gender::Female;
    if (code == "male")
        return Gender::Male;
    if (code == "other")
        return Gender::Other;
    return Gender::Unknown;
}

std::string_view consentCode(SharingConsent c)
{
    switch (c) {
    case SharingConsent::NotRecorded: return "not-recorded";
    case SharingConsent::SharedCareTeam: return "shared-care-team";
    case SharingConsent::PracticeOnly: return "practice-only";
    case SharingConsent::Withdrawn: return "withdrawn";
    }
    return "not-recorded";
}

std::string_view consentDisplay(SharingConsent c)
{
    switch (c) {
    case SharingConsent::NotRecorded: return "Not recorded";
    case SharingConsent::SharedCareTeam: return "Shared with the diabetes care team";
    case SharingConsent::PracticeOnly: return "Practice only";
    case SharingConsent::Withdrawn: return "Withdrawn";
    }
    return "Not recorded";
}

SharingConsent consentFromCode(std::string_view code)
{
    if (code == "shared-care-team")
        return SharingConsent::SharedCareTeam;
    if (code == "practice-only")
        return SharingConsent::PracticeOnly;
    if (code == "withdrawn")
        return SharingConsent::Withdrawn;
    return SharingConsent::NotRecorded;
}

std::string bannerName(const Patient& p)
{
    std::string family = p.familyName.empty() ? std::string("Not known") : base::upperName(p.familyName);
    std::string given = p.givenName.empty() ? std::string("Not known") : p.givenName;
    std::string s = family + ", " + given;
    if (!p.title.empty())
        s += " (" + p.title + ")";
    return s;
}

} // namespace carehouse::model
