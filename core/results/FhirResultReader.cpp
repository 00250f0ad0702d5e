#include "core/results/FhirResultReader.h"

#include "core/base/JsonNesting.h"

#include <fmt/format.h>
#include <iterator>
#include <map>
#include <nlohmann/json.hpp>

namespace carehouse::results {

using base::Error;
using base::ErrorCode;
using nlohmann::json;

namespace {

constexpr int kMaxDepth = 64; // a real Bundle nests about 8 deep; deeper is hostile or broken
constexpr const char* kNhsNumberSystem = "https://fhir.nhs.uk/Id/nhs-number";
constexpr const char* kSystolicLoinc = "8480-6";
constexpr const char* kDiastolicLoinc = "8462-4";

std::string str(const json& j, const char* key)
{
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

struct Person
{
    std::string nhsNumber;
    std::string birthDate;
};

Person personOf(const json& patient)
{
    Person p;
    p.birthDate = str(patient, "birthDate");
    if (auto ids = patient.find("identifier"); ids != patient.end() && ids->is_array())
        for (const auto& id : *ids)
            if (id.is_object() && str(id, "system") == kNhsNumberSystem)
                p.nhsNumber = str(id, "value");
    return p;
}

struct Context
{
    std::string fileName;
    std::map<std::string, Person> patients; // by "Patient/id" and by fullUrl
    ParsedResults* out = nullptr;
};

void problem(Context& ctx, ErrorCode code, const std::string& path, const std::string& value = {},
             const std::string& detail = {})
{
    auto e = Error::make(code, path, value).at(ctx.fileName);
    e.detail = detail;
    ctx.out->problems.push_back({std::move(e)});
}

void readObservation(Context& ctx, const json& obs, const std::string& path)
{
    const auto status = str(obs, "status");
    if (status == "entered-in-error" || status == "cancelled") {
        problem(ctx, ErrorCode::InvalidState, path + ".status", status, "result withdrawn by the laboratory");
        return;
    }
    LabResultRow row;
    row.where = path;
    row.sourceId = str(obs, "id");
    if (auto ids = obs.find("identifier");
        ids != obs.end() && ids->is_array() && !ids->empty() && (*ids)[0].is_object())
        row.sourceId = str((*ids)[0], "system") + "|" + str((*ids)[0], "value");

    const json* codings = nullptr;
    if (auto code = obs.find("code"); code != obs.end() && code->is_object())
        if (auto c = code->find("coding"); c != code->end() && c->is_array() && !c->empty())
            codings = &*c;
    if (!codings) {
        problem(ctx, ErrorCode::RequiredField, path + ".code.coding");
        return;
    }
    bool first = true;
    for (const auto& c : *codings) {
        if (!c.is_object())
            continue;
        if (first) {
            row.system = str(c, "system");
            row.code = str(c, "code");
            first = false;
        } else {
            row.otherCodings.emplace_back(str(c, "system"), str(c, "code"));
        }
    }

    // The person: a contained or Bundle Patient by reference, or an identifier on the subject.
    Person person;
    if (auto subject = obs.find("subject"); subject != obs.end() && subject->is_object()) {
        const auto ref = str(*subject, "reference");
        if (!ref.empty() && ref[0] == '#') {
            if (auto contained = obs.find("contained"); contained != obs.end() && contained->is_array())
                for (const auto& r : *contained)
                    if (r.is_object() && str(r, "resourceType") == "Patient" && "#" + str(r, "id") == ref)
                        person = personOf(r);
        } else if (auto it = ctx.patients.find(ref); it != ctx.patients.end()) {
            person = it->second;
        }
        if (auto id = subject->find("identifier"); person.nhsNumber.empty() && id != subject->end() && id->is_object()
            && str(*id, "system") == kNhsNumberSystem)
            person.nhsNumber = str(*id, "value");
    }
    row.nhsNumber = person.nhsNumber;
    row.birthDate = person.birthDate;

    row.effective = str(obs, "effectiveDateTime");
    if (row.effective.empty())
        if (auto period = obs.find("effectivePeriod"); period != obs.end() && period->is_object())
            row.effective = str(*period, "start");
    if (row.effective.size() > 10)
        row.effective.resize(10); // the date part of a dateTime; the time of a sample is not a clinical fact here
    if (row.effective.empty()) {
        problem(ctx, ErrorCode::RequiredField, path + ".effectiveDateTime");
        return;
    }

    auto quantity = [&](const json& q, std::optional<double>& value, std::string& unit) {
        if (!q.is_object())
            return;
        if (auto v = q.find("value"); v != q.end() && v->is_number())
            value = v->get<double>();
        // UCUM code first: the display text is for people, not for conversion.
        unit = str(q, "code");
        if (unit.empty())
            unit = str(q, "unit");
    };
    if (auto vq = obs.find("valueQuantity"); vq != obs.end()) {
        quantity(*vq, row.value, row.unit);
    } else if (auto comps = obs.find("component"); comps != obs.end() && comps->is_array()) {
        for (const auto& comp : *comps) {
            if (!comp.is_object() || !comp.contains("code") || !comp.contains("valueQuantity"))
                continue;
            std::string compCode;
            if (auto cc = comp["code"].find("coding"); cc != comp["code"].end() && cc->is_array() && !cc->empty())
                compCode = str((*cc)[0], "code");
            std::string unit;
            if (compCode == kSystolicLoinc || compCode == "271649006")
                quantity(comp["valueQuantity"], row.value, unit);
            else if (compCode == kDiastolicLoinc || compCode == "271650006")
                quantity(comp["valueQuantity"], row.value2, unit);
            if (!unit.empty())
                row.unit = unit;
        }
    }
    if (!row.value) {
        problem(ctx, ErrorCode::RequiredField, path + ".valueQuantity.value");
        return;
    }
    row.valueText = row.value2 ? fmt::format("{:g}/{:g}", *row.value, *row.value2) : fmt::format("{:g}", *row.value);
    ctx.out->rows.push_back(std::move(row));
}

} // namespace

base::Result<ParsedResults> FhirResultReader::read(std::istream& in, const std::string& fileName) const
{
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (auto deep = base::jsonTooDeepAt(text, kMaxDepth))
        return Error::make(ErrorCode::MalformedInput, "$", "nesting")
            .at(fileName, base::lineAtOffset(text, *deep))
            .withDetail(fmt::format("nested more than {} levels", kMaxDepth));
    json doc;
    try {
        doc = json::parse(text);
    } catch (const json::parse_error& e) {
        return Error::make(ErrorCode::MalformedInput, "$")
            .at(fileName, base::lineAtOffset(text, e.byte))
            .withDetail(e.what());
    }
    ParsedResults out;
    out.format = formatName();
    Context ctx{fileName, {}, &out};
    const auto type = doc.is_object() ? str(doc, "resourceType") : std::string();
    if (type == "Observation") {
        readObservation(ctx, doc, "$");
        return out;
    }
    if (type != "Bundle")
        return Error::make(ErrorCode::MalformedInput, "$.resourceType", type)
            .at(fileName, 1)
            .withDetail("expected a FHIR R4 Bundle or Observation");
    auto entries = doc.find("entry");
    if (entries == doc.end())
        return out;
    if (!entries->is_array())
        return Error::make(ErrorCode::MalformedInput, "$.entry").at(fileName, 1).withDetail("expected an array");
    for (const auto& e : *entries) {
        if (!e.is_object() || !e.contains("resource") || !e["resource"].is_object())
            continue;
        const auto& r = e["resource"];
        if (str(r, "resourceType") == "Patient") {
            auto person = personOf(r);
            if (!str(r, "id").empty())
                ctx.patients["Patient/" + str(r, "id")] = person;
            if (!str(e, "fullUrl").empty())
                ctx.patients[str(e, "fullUrl")] = person;
        }
    }
    for (std::size_t i = 0; i < entries->size(); ++i) {
        const auto& e = (*entries)[i];
        const auto path = fmt::format("$.entry[{}].resource", i);
        if (!e.is_object() || !e.contains("resource") || !e["resource"].is_object()) {
            problem(ctx, ErrorCode::MalformedInput, path, {}, "entry without a resource");
            continue;
        }
        const auto rt = str(e["resource"], "resourceType");
        if (rt == "Observation")
            readObservation(ctx, e["resource"], path);
        else if (rt != "Patient" && rt != "DiagnosticReport" && rt != "Specimen" && rt != "ServiceRequest")
            problem(ctx, ErrorCode::MalformedInput, path + ".resourceType", rt, "not a laboratory result");
    }
    return out;
}

} // namespace carehouse::results
