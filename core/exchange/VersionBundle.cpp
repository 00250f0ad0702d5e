#include "core/exchange/VersionBundle.h"

#include "core/base/CivilDate.h"
#include "core/base/JsonNesting.h"
#include "core/journal/HybridLogicalClock.h"

#include <charconv>
#include <fmt/format.h>
#include <map>

namespace carehouse::exchange {

using base::Error;
using base::ErrorCode;
using nlohmann::json;

namespace {

constexpr const char* kBase = "https://carehouse.example/fhir/StructureDefinition/";
constexpr const char* kRecordTypeSystem = "https://carehouse.example/fhir/CodeSystem/record-type";
constexpr const char* kRecordIdSystem = "https://carehouse.example/fhir/record-id";
constexpr const char* kUserSystem = "https://carehouse.example/fhir/user";
constexpr const char* kSiteSystem = "https://carehouse.example/fhir/site";
constexpr const char* kRecordUrl = "https://carehouse.example/fhir/record/";
constexpr const char* kBaseUrl = "https://carehouse.example/fhir/";

std::string ext(const char* name)
{
    return std::string(kBase) + name;
}

bool fhirId(const std::string& s)
{
    if (s.empty() || s.size() > 64)
        return false;
    for (unsigned char c : s)
        if (!(std::isalnum(c) || c == '-' || c == '.'))
            return false;
    return true;
}

// An instant as FHIR writes it, to the millisecond, in UTC.
std::string instant(std::int64_t millis)
{
    const std::int64_t days = millis >= 0 ? millis / 86'400'000 : -((-millis + 86'399'999) / 86'400'000);
    const std::int64_t inDay = millis - days * 86'400'000;
    const auto date = base::CivilDate::fromDaysSinceEpoch(static_cast<int>(days));
    return fmt::format("{}T{:02}:{:02}:{:02}.{:03}Z", date.iso(), inDay / 3'600'000, inDay / 60'000 % 60,
                       inDay / 1000 % 60, inDay % 1000);
}

Error malformed(std::string field, std::string detail, std::string value = {})
{
    return Error::make(ErrorCode::MalformedInput, std::move(field), std::move(value)).withDetail(std::move(detail));
}

std::string parameter(const std::string& name, const std::string& value, std::vector<json>& into)
{
    if (!value.empty())
        into.push_back({{"name", name}, {"valueString", value}});
    return value;
}

const json* member(const json& object, const char* key)
{
    if (!object.is_object())
        return nullptr;
    auto it = object.find(key);
    return it == object.end() ? nullptr : &*it;
}

std::string text(const json& object, const char* key)
{
    const auto* v = member(object, key);
    return v && v->is_string() ? v->get<std::string>() : std::string();
}

std::optional<std::int64_t> integerText(const std::string& s)
{
    std::int64_t v = 0;
    const auto* end = s.data() + s.size();
    auto [ptr, ec] = std::from_chars(s.data(), end, v);
    if (ec != std::errc() || ptr != end)
        return std::nullopt;
    return v;
}

} // namespace

std::string VersionBundle::fhirVersionId(const journal::VersionId& id)
{
    return id.origin + "." + std::to_string(id.counter);
}

std::optional<journal::VersionId> VersionBundle::fromFhirVersionId(const std::string& text)
{
    const auto dot = text.rfind('.');
    if (dot == std::string::npos || dot == 0)
        return std::nullopt;
    auto counter = integerText(text.substr(dot + 1));
    if (!counter || *counter < 1)
        return std::nullopt;
    return journal::VersionId{text.substr(0, dot), *counter};
}

json VersionBundle::toFhir(const ExchangeContent& c)
{
    std::vector<json> params;
    parameter("format", kFormat, params);
    parameter("sender", c.senderSiteId, params);
    parameter("senderName", c.senderSiteName, params);
    parameter("recipient", c.recipientSiteId, params);
    parameter("senderHolds", c.senderHolds.toJson().dump(), params);
    json entries = json::array();
    entries.push_back(
        {{"fullUrl", "urn:uuid:" + c.fileId}, {"resource", {{"resourceType", "Parameters"}, {"parameter", params}}}});
    for (const auto& v : c.versions) {
        const auto vid = fhirVersionId(v.id);
        // R4 wants a RESTful fullUrl to end in /Basic/<id>; a record id that is not a FHIR id
        // (never one CareHouse makes) keeps the older form, and the resource then has no id.
        const auto url = (fhirId(v.recordId) ? std::string(kBaseUrl) + "Basic/" : std::string(kRecordUrl)) + v.recordId;
        json basic
            = {{"resourceType", "Basic"},
               {"meta", {{"versionId", vid}, {"lastUpdated", instant(journal::HybridLogicalClock::millisOf(v.hlc))}}},
               {"identifier", json::array({{{"system", kRecordIdSystem}, {"value", v.recordId}}})},
               {"code", {{"coding", json::array({{{"system", kRecordTypeSystem}, {"code", v.recordType}}})}}}};
        if (fhirId(v.recordId))
            basic["id"] = v.recordId;
        if (!v.patientId.empty())
            basic["subject"] = {{"identifier", {{"system", kRecordIdSystem}, {"value", v.patientId}}}};
        json extensions = json::array();
        extensions.push_back({{"url", ext("journal-hlc")}, {"valueString", std::to_string(v.hlc)}});
        for (const auto& p : v.parents)
            extensions.push_back({{"url", ext("journal-parent")}, {"valueString", fhirVersionId(p)}});
        extensions.push_back({{"url", ext("journal-payload")}, {"valueString", v.payload}});
        basic["extension"] = extensions;
        entries.push_back({{"fullUrl", url}, {"resource", basic}});

        // A version made by the system itself (a migration) has no author: the Reference then says so.
        json agent = {{"who",
                       v.author.empty() ? json{{"display", "not recorded"}}
                                        : json{{"identifier", {{"system", kUserSystem}, {"value", v.author}}}}}};
        json site = {{"identifier", {{"system", kSiteSystem}, {"value", v.authorSiteUuid}}}};
        if (!v.authorSiteName.empty())
            site["display"] = v.authorSiteName;
        agent["onBehalfOf"] = site;
        json provenance = {{"resourceType", "Provenance"},
                           {"target", json::array({{{"reference", url + "/_history/" + vid}}})},
                           {"recorded", instant(journal::HybridLogicalClock::millisOf(v.hlc))},
                           {"agent", json::array({agent})}};
        // A urn:uuid must be a UUID, which "<origin>-<counter>" is not: the Provenance is named
        // by the version id instead (a FHIR id, as origins are UUIDs).
        if (fhirId(vid)) {
            provenance["id"] = vid;
            entries.push_back({{"fullUrl", std::string(kBaseUrl) + "Provenance/" + vid}, {"resource", provenance}});
        } else {
            entries.push_back({{"fullUrl", std::string(kRecordUrl) + "provenance/" + vid}, {"resource", provenance}});
        }
    }
    return {{"resourceType", "Bundle"},
            {"id", fhirId(c.fileId) ? c.fileId : std::string("exchange")},
            {"meta", {{"profile", json::array({kProfile})}}},
            {"type", "collection"},
            {"timestamp", instant(c.createdAtMillis)},
            {"entry", entries}};
}

std::string VersionBundle::toText(const ExchangeContent& content)
{
    return toFhir(content).dump();
}

base::Result<ExchangeContent> VersionBundle::fromText(const std::string& text, const Limits& limits)
{
    if (auto deep = base::jsonTooDeepAt(text, limits.maxDepth))
        return malformed("bundle", "exchange-bundle-too-deep", std::to_string(base::lineAtOffset(text, *deep)));
    auto parsed = json::parse(text, nullptr, false);
    if (parsed.is_discarded())
        return malformed("bundle", "exchange-bundle-not-json");
    return fromFhir(parsed, limits);
}

base::Result<ExchangeContent> VersionBundle::fromFhir(const json& b, const Limits& limits)
{
    if (text(b, "resourceType") != "Bundle")
        return malformed("resourceType", "exchange-bundle-not-bundle", text(b, "resourceType"));
    if (text(b, "type") != "collection")
        return malformed("type", "exchange-bundle-wrong-type", text(b, "type"));
    bool profiled = false;
    if (const auto* meta = member(b, "meta"))
        if (const auto* profiles = member(*meta, "profile"); profiles && profiles->is_array())
            for (const auto& p : *profiles)
                profiled = profiled || (p.is_string() && p.get<std::string>() == kProfile);
    if (!profiled)
        return malformed("meta.profile", "exchange-bundle-wrong-profile");
    const auto* entries = member(b, "entry");
    if (!entries || !entries->is_array() || entries->empty())
        return malformed("entry", "exchange-bundle-no-entries");
    if ((entries->size() - 1) / 2 > limits.maxVersions)
        return malformed("entry", "exchange-bundle-too-many", std::to_string(entries->size()));

    ExchangeContent c;
    // The header: who sent it to whom and what the sender holds.
    const auto& first = (*entries)[0];
    const auto* params = member(first, "resource");
    if (!params || text(*params, "resourceType") != "Parameters")
        return malformed("entry[0].resource", "exchange-bundle-no-parameters");
    std::map<std::string, std::string> values;
    if (const auto* list = member(*params, "parameter"); list && list->is_array())
        for (const auto& p : *list)
            values[text(p, "name")] = text(p, "valueString");
    const auto& format = values["format"];
    if (format != kFormat) {
        const std::string family = "carehouse-exchange-bundle-";
        if (format.rfind(family, 0) == 0)
            return Error::make(ErrorCode::DatabaseTooNew, "format", format).withDetail("exchange-bundle-too-new");
        return malformed("entry[0].resource.parameter.format", "exchange-bundle-wrong-format", format);
    }
    c.senderSiteId = values["sender"];
    c.senderSiteName = values["senderName"];
    c.recipientSiteId = values["recipient"];
    if (c.senderSiteId.empty() || c.recipientSiteId.empty())
        return malformed("entry[0].resource.parameter", "exchange-bundle-no-sites");
    const auto fullUrl = text(first, "fullUrl");
    c.fileId = fullUrl.rfind("urn:uuid:", 0) == 0 ? fullUrl.substr(9) : fullUrl;
    if (!values["senderHolds"].empty()) {
        auto holds = json::parse(values["senderHolds"], nullptr, false);
        if (holds.is_discarded())
            return malformed("entry[0].resource.parameter.senderHolds", "exchange-bundle-bad-vector");
        auto vector = journal::VersionVector::fromJson(holds);
        if (!vector)
            return malformed("entry[0].resource.parameter.senderHolds", "exchange-bundle-bad-vector");
        c.senderHolds = std::move(vector).value();
    }

    // The versions, each a Basic followed by its Provenance.
    struct Made
    {
        std::string author, siteId, siteName;
    };
    std::map<std::string, Made> provenance; // by target reference
    std::vector<std::pair<std::string, std::size_t>> order; // target reference, index in c.versions
    for (std::size_t i = 1; i < entries->size(); ++i) {
        const auto at = [&](const std::string& f) { return fmt::format("entry[{}].resource{}", i, f); };
        const auto* r = member((*entries)[i], "resource");
        if (!r)
            return malformed(at(""), "exchange-bundle-no-resource");
        const auto type = text(*r, "resourceType");
        if (type == "Provenance") {
            const auto* targets = member(*r, "target");
            const auto* agents = member(*r, "agent");
            if (!targets || !targets->is_array() || targets->size() != 1 || !agents || !agents->is_array()
                || agents->empty())
                return malformed(at(".target"), "exchange-bundle-bad-provenance");
            const auto& agent = (*agents)[0];
            Made m;
            if (const auto* who = member(agent, "who"))
                if (const auto* id = member(*who, "identifier"))
                    m.author = text(*id, "value");
            if (const auto* site = member(agent, "onBehalfOf")) {
                if (const auto* id = member(*site, "identifier"))
                    m.siteId = text(*id, "value");
                m.siteName = text(*site, "display");
            }
            if (m.siteId.empty())
                return malformed(at(".agent[0].onBehalfOf"), "exchange-bundle-bad-provenance");
            provenance[text((*targets)[0], "reference")] = m;
            continue;
        }
        if (type != "Basic")
            return malformed(at(".resourceType"), "exchange-bundle-unexpected-resource", type);
        journal::JournalVersion v;
        const auto* meta = member(*r, "meta");
        auto vid = meta ? fromFhirVersionId(text(*meta, "versionId")) : std::nullopt;
        if (!vid)
            return malformed(at(".meta.versionId"), "exchange-bundle-bad-version-id",
                             meta ? text(*meta, "versionId") : std::string());
        v.id = *vid;
        if (const auto* ids = member(*r, "identifier"); ids && ids->is_array())
            for (const auto& id : *ids)
                if (text(id, "system") == kRecordIdSystem)
                    v.recordId = text(id, "value");
        if (v.recordId.empty())
            return malformed(at(".identifier"), "exchange-bundle-no-record-id");
        if (const auto* code = member(*r, "code"))
            if (const auto* codings = member(*code, "coding"); codings && codings->is_array())
                for (const auto& coding : *codings)
                    if (text(coding, "system") == kRecordTypeSystem)
                        v.recordType = text(coding, "code");
        if (v.recordType.empty())
            return malformed(at(".code"), "exchange-bundle-no-record-type");
        if (const auto* subject = member(*r, "subject"))
            if (const auto* id = member(*subject, "identifier"))
                v.patientId = text(*id, "value");
        bool hasHlc = false, hasPayload = false;
        if (const auto* extensions = member(*r, "extension"); extensions && extensions->is_array())
            for (const auto& e : *extensions) {
                const auto url = text(e, "url");
                const auto value = text(e, "valueString");
                if (url == ext("journal-hlc")) {
                    auto hlc = integerText(value);
                    if (!hlc || *hlc <= 0)
                        return malformed(at(".extension.journal-hlc"), "exchange-bundle-bad-time", value);
                    v.hlc = *hlc;
                    hasHlc = true;
                } else if (url == ext("journal-parent")) {
                    auto parent = fromFhirVersionId(value);
                    if (!parent)
                        return malformed(at(".extension.journal-parent"), "exchange-bundle-bad-version-id", value);
                    v.parents.push_back(*parent);
                } else if (url == ext("journal-payload")) {
                    if (value.size() > limits.maxPayloadBytes)
                        return malformed(at(".extension.journal-payload"), "exchange-bundle-payload-too-large",
                                         std::to_string(value.size()));
                    v.payload = value;
                    hasPayload = !value.empty();
                }
            }
        if (!hasHlc)
            return malformed(at(".extension.journal-hlc"), "exchange-bundle-bad-time");
        if (!hasPayload)
            return malformed(at(".extension.journal-payload"), "exchange-bundle-no-payload");
        order.emplace_back(text((*entries)[i], "fullUrl") + "/_history/" + fhirVersionId(v.id), c.versions.size());
        c.versions.push_back(std::move(v));
    }
    for (const auto& [reference, index] : order) {
        auto it = provenance.find(reference);
        if (it == provenance.end())
            return malformed(fmt::format("version {}", c.versions[index].id.text()), "exchange-bundle-no-provenance");
        c.versions[index].author = it->second.author;
        c.versions[index].authorSiteUuid = it->second.siteId;
        c.versions[index].authorSiteName = it->second.siteName;
    }
    // Bundle.timestamp is for people reading the Bundle; the time that counts is in the envelope's
    // signed header, and the caller takes it from there.
    return c;
}

} // namespace carehouse::exchange
