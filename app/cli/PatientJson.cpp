#include "app/cli/PatientJson.h"

#include "core/model/NhsNumber.h"

namespace carehouse::cli {

std::string PatientJson::bornText(base::CivilDate birth, base::CivilDate today)
{
    if (!birth.valid())
        return "Not known";
    return birth.display() + " (" + base::formatAge(birth, today) + ")";
}

nlohmann::json PatientJson::patient(const model::Patient& p, base::CivilDate today)
{
    nlohmann::json j = {
        {"id", p.id},
        {"name", model::bannerName(p)},
        {"title", p.title},
        {"givenName", p.givenName},
        {"familyName", p.familyName},
        {"birthDate", p.birthDate.iso()},
        {"born", p.birthDate.valid() ? p.birthDate.display() : "Not known"},
        {"age", p.birthDate.valid() ? base::formatAge(p.birthDate, today) : "Not known"},
        {"gender", std::string(model::genderCode(p.gender))},
        {"genderDisplay", std::string(model::genderDisplay(p.gender))},
        {"nhsNumber", p.nhsNumber},
        {"nhsNumberDisplay", model::displayNhsNumber(p.nhsNumber)},
        {"restricted", p.restricted},
        {"phone", p.phone},
        {"practice", p.practice},
        {"sharingConsent", std::string(model::consentCode(p.sharingConsent))},
        {"sharingConsentDisplay", std::string(model::consentDisplay(p.sharingConsent))},
        {"preferredLanguage", p.preferredLanguage},
        {"largePrint", p.largePrint},
        {"ethnicity", p.ethnicity},
    };
    if (p.restricted)
        j["address"] = nullptr;
    else
        j["address"]
            = {{"line1", p.addressLine1}, {"line2", p.addressLine2}, {"town", p.town}, {"postcode", p.postcode}};
    return j;
}

nlohmann::json PatientJson::listItem(const record::PatientListItem& i, base::CivilDate today)
{
    model::Patient p;
    p.title = i.title;
    p.givenName = i.givenName;
    p.familyName = i.familyName;
    return {
        {"id", i.id},
        {"name", model::bannerName(p)},
        {"title", i.title},
        {"givenName", i.givenName},
        {"familyName", i.familyName},
        {"birthDate", i.birthDate.iso()},
        {"born", i.birthDate.valid() ? i.birthDate.display() : "Not known"},
        {"age", i.birthDate.valid() ? base::formatAge(i.birthDate, today) : "Not known"},
        {"gender", std::string(model::genderCode(i.gender))},
        {"genderDisplay", std::string(model::genderDisplay(i.gender))},
        {"nhsNumber", i.nhsNumber},
        {"nhsNumberDisplay", model::displayNhsNumber(i.nhsNumber)},
        {"postcode", i.postcode},
        {"otherRecordWithNhsNumber", i.otherRecord},
        {"linked", i.linked},
    };
}

nlohmann::json PatientJson::condition(const model::Condition& c)
{
    return {
        {"id", c.id},
        {"code", c.code},
        {"term", c.term},
        {"onsetDate", c.onsetDate.iso()},
        {"onset", c.onsetDate.valid() ? c.onsetDate.display() : "Not known"},
        {"status", std::string(model::conditionStatusCode(c.status))},
    };
}

} // namespace carehouse::cli
