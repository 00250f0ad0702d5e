#include "core/record/RecordCodec.h"

namespace carehouse::record {

using nlohmann::json;

namespace {

std::string str(const json& j, const char* key)
{
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

bool flag(const json& j, const char* key)
{
    auto it = j.find(key);
    return it != j.end() && it->is_boolean() && it->get<bool>();
}

std::optional<double> number(const json& j, const char* key)
{
    auto it = j.find(key);
    if (it == j.end() || !it->is_number())
        return std::nullopt;
    return it->get<double>();
}

base::CivilDate date(const json& j, const char* key)
{
    return base::CivilDate::parseIso(str(j, key)).value_or(base::CivilDate{});
}

// Empty strings are left out so payloads stay small and "not known" has one form.
void put(json& j, const char* key, const std::string& value)
{
    if (!value.empty())
        j[key] = value;
}

} // namespace

json toPayload(const model::Patient& p)
{
    json j = json::object();
    put(j, "nhs", p.nhsNumber);
    put(j, "title", p.title);
    put(j, "given", p.givenName);
    put(j, "family", p.familyName);
    put(j, "birth", p.birthDate.iso());
    j["gender"] = std::string(model::genderCode(p.gender));
    put(j, "addr1", p.addressLine1);
    put(j, "addr2", p.addressLine2);
    put(j, "town", p.town);
    put(j, "postcode", p.postcode);
    put(j, "phone", p.phone);
    if (p.restricted)
        j["restricted"] = true;
    put(j, "practice", p.practice);
    j["consent"] = std::string(model::consentCode(p.sharingConsent));
    put(j, "lang", p.preferredLanguage);
    if (p.largePrint)
        j["largePrint"] = true;
    put(j, "ethnicity", p.ethnicity);
    return j;
}

model::Patient patientFromPayload(const std::string& id, const json& j)
{
    model::Patient p;
    p.id = id;
    p.nhsNumber = str(j, "nhs");
    p.title = str(j, "title");
    p.givenName = str(j, "given");
    p.familyName = str(j, "family");
    p.birthDate = date(j, "birth");
    p.gender = model::genderFromCode(str(j, "gender"));
    p.addressLine1 = str(j, "addr1");
    p.addressLine2 = str(j, "addr2");
    p.town = str(j, "town");
    p.postcode = str(j, "postcode");
    p.phone = str(j, "phone");
    p.restricted = flag(j, "restricted");
    p.practice = str(j, "practice");
    p.sharingConsent = model::consentFromCode(str(j, "consent"));
    p.preferredLanguage = str(j, "lang");
    p.largePrint = flag(j, "largePrint");
    p.ethnicity = str(j, "ethnicity");
    return p;
}

json toPayload(const model::Condition& c)
{
    json j = {{"patient", c.patientId}, {"code", c.code}, {"term", c.term},
              {"status", std::string(model::conditionStatusCode(c.status))}};
    put(j, "onset", c.onsetDate.iso());
    return j;
}

model::Condition conditionFromPayload(const std::string& id, const json& j)
{
    model::Condition c;
    c.id = id;
    c.patientId = str(j, "patient");
    c.code = str(j, "code");
    c.term = str(j, "term");
    c.onsetDate = date(j, "onset");
    c.status = model::conditionStatusFromCode(str(j, "status"));
    return c;
}

json toPayload(const model::Observation& o)
{
    json j = {{"patient", o.patientId}, {"code", o.code}, {"effective", o.effective.iso()}};
    if (o.value)
        j["value"] = *o.value;
    if (o.value2)
        j["value2"] = *o.value2;
    put(j, "valueCode", o.valueCode);
    put(j, "unit", o.unit);
    if (o.status == model::Observation::Status::EnteredInError)
        j["status"] = "entered-in-error";
    return j;
}

model::Observation observationFromPayload(const std::string& id, const json& j)
{
    model::Observation o;
    o.id = id;
    o.patientId = str(j, "patient");
    o.code = str(j, "code");
    o.effective = date(j, "effective");
    o.value = number(j, "value");
    o.value2 = number(j, "value2");
    o.valueCode = str(j, "valueCode");
    o.unit = str(j, "unit");
    o.status = str(j, "status") == "entered-in-error" ? model::Observation::Status::EnteredInError
                                                       : model::Observation::Status::Final;
    return o;
}

json toPayload(const model::User& u)
{
    return {{"username", u.username}, {"name", u.displayName}, {"role", std::string(model::roleCode(u.role))},
            {"hash", u.passwordHash}, {"active", u.active}};
}

model::User userFromPayload(const std::string& id, const json& j)
{
    model::User u;
    u.id = id;
    u.username = str(j, "username");
    u.displayName = str(j, "name");
    u.role = model::roleFromCode(str(j, "role")).value_or(model::Role::Receptionist);
    u.passwordHash = str(j, "hash");
    u.active = flag(j, "active");
    return u;
}

} // namespace carehouse::record
