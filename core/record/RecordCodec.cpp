#include "core/record/RecordCodec.h"

#include "core/record/PayloadWriter.h"

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

} // namespace

std::string payloadText(const model::Patient& p)
{
    PayloadWriter w;
    w.text("nhs", p.nhsNumber).text("title", p.title).text("given", p.givenName).text("family", p.familyName);
    w.text("birth", p.birthDate.iso()).textAlways("gender", model::genderCode(p.gender));
    w.text("addr1", p.addressLine1).text("addr2", p.addressLine2).text("town", p.town).text("postcode", p.postcode);
    w.text("phone", p.phone).flag("restricted", p.restricted).text("practice", p.practice);
    w.textAlways("consent", model::consentCode(p.sharingConsent)).text("lang", p.preferredLanguage);
    w.flag("largePrint", p.largePrint).text("ethnicity", p.ethnicity).text("sameAs", p.linkedTo);
    return w.finish();
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
    p.linkedTo = str(j, "sameAs");
    return p;
}

std::string payloadText(const model::Condition& c)
{
    PayloadWriter w;
    w.textAlways("patient", c.patientId).textAlways("code", c.code).textAlways("term", c.term);
    w.textAlways("status", model::conditionStatusCode(c.status)).text("onset", c.onsetDate.iso());
    return w.finish();
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

std::string payloadText(const model::Observation& o)
{
    PayloadWriter w;
    w.textAlways("patient", o.patientId).textAlways("code", o.code).textAlways("effective", o.effective.iso());
    w.number("value", o.value).number("value2", o.value2).text("valueCode", o.valueCode).text("unit", o.unit);
    if (o.status == model::Observation::Status::EnteredInError)
        w.textAlways("status", "entered-in-error");
    w.number("originalValue", o.originalValue).text("originalUnit", o.originalUnit);
    if (o.source != model::Observation::Source::Entered)
        w.textAlways("source", model::observationSourceCode(o.source));
    w.text("sourceKey", o.sourceKey).text("note", o.note).text("request", o.requestId);
    return w.finish();
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
    o.originalValue = number(j, "originalValue");
    o.originalUnit = str(j, "originalUnit");
    o.source = model::observationSourceFromCode(str(j, "source"));
    o.sourceKey = str(j, "sourceKey");
    o.note = str(j, "note");
    o.requestId = str(j, "request");
    return o;
}

std::string payloadText(const model::User& u)
{
    PayloadWriter w;
    w.textAlways("username", u.username).textAlways("name", u.displayName);
    w.textAlways("role", model::roleCode(u.role)).textAlways("hash", u.passwordHash).boolean("active", u.active);
    return w.finish();
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
