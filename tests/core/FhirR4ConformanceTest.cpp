// The decrypted exchange Bundle checked against FHIR R4 by a checker written here from the R4
// specification's element definitions, not from VersionBundle's code (issue 7 §6): every
// element is one R4 defines for that resource or datatype, required elements are present,
// primitives have their R4 formats, choice elements have one type, no value is empty, and the
// Bundle's fullUrl rules hold (a urn:uuid is a UUID; a RESTful URL ends in /Type/id; bdl-7).
// The offline machine has no Java for the HL7 validator; this covers the rules it would apply
// to these four resource types.
#include "core/exchange/VersionBundle.h"

#include <catch2/catch.hpp>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <string>
#include <vector>

using namespace carehouse;
using nlohmann::json;

namespace {

struct Element
{
    std::string type; // a primitive ("id", "instant", ...), a datatype, "Resource" or "BackboneElement:<name>"
    bool required = false;
    bool many = false;
};
using Definition = std::map<std::string, Element>;

// R4 (4.0.1) element definitions for what an exchange Bundle may hold.
const std::map<std::string, Definition>& definitions()
{
    static const std::map<std::string, Definition> defs = [] {
        std::map<std::string, Definition> d;
        const Definition resource = {{"id", {"id"}},
                                     {"meta", {"Meta"}},
                                     {"implicitRules", {"uri"}},
                                     {"language", {"code"}},
                                     {"resourceType", {"code", true}}};
        Definition domain = resource;
        domain["text"] = {"Narrative"};
        domain["contained"] = {"Resource", false, true};
        domain["extension"] = {"Extension", false, true};
        domain["modifierExtension"] = {"Extension", false, true};
        d["Bundle"] = resource;
        d["Bundle"].insert({{"identifier", {"Identifier"}},
                            {"type", {"code", true}},
                            {"timestamp", {"instant"}},
                            {"total", {"unsignedInt"}},
                            {"link", {"BackboneElement:Bundle.link", false, true}},
                            {"entry", {"BackboneElement:Bundle.entry", false, true}},
                            {"signature", {"Signature"}}});
        d["Bundle.entry"] = {{"link", {"BackboneElement:Bundle.link", false, true}},
                             {"fullUrl", {"uri"}},
                             {"resource", {"Resource"}},
                             {"search", {"BackboneElement:Bundle.entry.search"}},
                             {"request", {"BackboneElement:Bundle.entry.request"}},
                             {"response", {"BackboneElement:Bundle.entry.response"}}};
        d["Parameters"] = resource;
        d["Parameters"]["parameter"] = {"BackboneElement:Parameters.parameter", false, true};
        d["Parameters.parameter"] = {{"name", {"string", true}},
                                     {"value[x]", {"*"}},
                                     {"resource", {"Resource"}},
                                     {"part", {"BackboneElement:Parameters.parameter", false, true}}};
        d["Basic"] = domain;
        d["Basic"].insert({{"identifier", {"Identifier", false, true}},
                           {"code", {"CodeableConcept", true}},
                           {"subject", {"Reference"}},
                           {"created", {"date"}},
                           {"author", {"Reference"}}});
        d["Provenance"] = domain;
        d["Provenance"].insert({{"target", {"Reference", true, true}},
                                {"occurred[x]", {"*"}},
                                {"recorded", {"instant", true}},
                                {"policy", {"uri", false, true}},
                                {"location", {"Reference"}},
                                {"reason", {"CodeableConcept", false, true}},
                                {"activity", {"CodeableConcept"}},
                                {"agent", {"BackboneElement:Provenance.agent", true, true}},
                                {"entity", {"BackboneElement:Provenance.entity", false, true}},
                                {"signature", {"Signature", false, true}}});
        d["Provenance.agent"] = {{"type", {"CodeableConcept"}},
                                 {"role", {"CodeableConcept", false, true}},
                                 {"who", {"Reference", true}},
                                 {"onBehalfOf", {"Reference"}}};
        d["Meta"] = {{"versionId", {"id"}},
                     {"lastUpdated", {"instant"}},
                     {"source", {"uri"}},
                     {"profile", {"canonical", false, true}},
                     {"security", {"Coding", false, true}},
                     {"tag", {"Coding", false, true}}};
        d["Identifier"] = {{"use", {"code"}},     {"type", {"CodeableConcept"}}, {"system", {"uri"}},
                           {"value", {"string"}}, {"period", {"Period"}},        {"assigner", {"Reference"}}};
        d["CodeableConcept"] = {{"coding", {"Coding", false, true}}, {"text", {"string"}}};
        d["Coding"] = {{"system", {"uri"}},
                       {"version", {"string"}},
                       {"code", {"code"}},
                       {"display", {"string"}},
                       {"userSelected", {"boolean"}}};
        d["Reference"]
            = {{"reference", {"string"}}, {"type", {"uri"}}, {"identifier", {"Identifier"}}, {"display", {"string"}}};
        d["Extension"] = {{"url", {"uri", true}}, {"value[x]", {"*"}}};
        for (auto& [name, def] : d)
            if (name != "Extension" && name.find('.') == std::string::npos && !def.count("resourceType"))
                def["extension"] = {"Extension", false, true}; // every datatype may carry extensions
        for (const char* backbone : {"Bundle.entry", "Parameters.parameter", "Provenance.agent"}) {
            d[backbone]["extension"] = {"Extension", false, true};
            d[backbone]["modifierExtension"] = {"Extension", false, true};
            d[backbone]["id"] = {"string"};
        }
        return d;
    }();
    return defs;
}

// R4 primitive formats (the regular expressions of the specification's datatypes page).
bool primitiveOk(const std::string& type, const json& v)
{
    if (type == "boolean")
        return v.is_boolean();
    if (type == "unsignedInt")
        return v.is_number_unsigned();
    if (!v.is_string())
        return false;
    const auto s = v.get<std::string>();
    if (s.empty())
        return false; // FHIR JSON never has an empty string
    static const std::map<std::string, std::regex> formats = {
        {"id", std::regex(R"([A-Za-z0-9\-\.]{1,64})")},
        {"code", std::regex(R"([^\s]+(\s[^\s]+)*)")},
        {"uri", std::regex(R"(\S*)")},
        {"canonical", std::regex(R"(\S*)")},
        {"date", std::regex(R"(\d{4}(-\d{2}(-\d{2})?)?)")},
        {"instant", std::regex(R"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2}))")},
        {"string", std::regex(R"([\s\S]+)")},
    };
    auto it = formats.find(type);
    return it != formats.end() && std::regex_match(s, it->second);
}

struct Checker
{
    std::vector<std::string> problems;

    void problem(const std::string& where, const std::string& what) { problems.push_back(where + ": " + what); }

    void value(const std::string& where, const std::string& type, const json& v)
    {
        if (type == "Resource") {
            resource(where, v);
            return;
        }
        std::string defName = type.rfind("BackboneElement:", 0) == 0 ? type.substr(16) : type;
        auto def = definitions().find(defName);
        if (def == definitions().end()) {
            if (!primitiveOk(type, v))
                problem(where, "not a valid " + type + ": " + v.dump());
            return;
        }
        object(where, def->second, v);
    }

    void object(const std::string& where, const Definition& def, const json& v)
    {
        if (!v.is_object() || v.empty()) {
            problem(where, "an empty or non-object value");
            return;
        }
        std::set<std::string> choicesSeen;
        for (const auto& [key, child] : v.items()) {
            const Element* e = nullptr;
            std::string type;
            if (auto it = def.find(key); it != def.end()) {
                e = &it->second;
                type = e->type;
            } else {
                for (const auto& [name, el] : def)
                    if (name.size() > 3 && name.compare(name.size() - 3, 3, "[x]") == 0
                        && key.rfind(name.substr(0, name.size() - 3), 0) == 0) {
                        const auto suffix = key.substr(name.size() - 3);
                        static const std::map<std::string, std::string> kinds
                            = {{"String", "string"}, {"Boolean", "boolean"}, {"Code", "code"},
                               {"Uri", "uri"},       {"Instant", "instant"}, {"DateTime", "instant"}};
                        if (auto k = kinds.find(suffix); k != kinds.end()) {
                            e = &el;
                            type = k->second;
                            if (!choicesSeen.insert(name).second)
                                problem(where + "." + key, "a second type for " + name);
                        }
                    }
            }
            if (!e) {
                problem(where + "." + key, "not an R4 element here");
                continue;
            }
            if (key == "resourceType")
                continue;
            if (child.is_array()) {
                if (!e->many)
                    problem(where + "." + key, "an array where R4 allows one");
                if (child.empty())
                    problem(where + "." + key, "an empty array");
                for (std::size_t i = 0; i < child.size(); ++i)
                    value(where + "." + key + "[" + std::to_string(i) + "]", type, child[i]);
            } else {
                if (e->many)
                    problem(where + "." + key, "R4 wants an array");
                value(where + "." + key, type, child);
            }
        }
        for (const auto& [name, el] : def)
            if (el.required && name.find("[x]") == std::string::npos && !v.contains(name))
                problem(where, "missing required " + name);
    }

    void resource(const std::string& where, const json& v)
    {
        const auto type = v.is_object() && v.contains("resourceType") && v["resourceType"].is_string()
            ? v["resourceType"].get<std::string>()
            : std::string();
        auto def = definitions().find(type);
        if (type.empty() || def == definitions().end() || !def->second.count("resourceType")) {
            problem(where, "not a resource this check knows: '" + type + "'");
            return;
        }
        object(where + "(" + type + ")", def->second, v);
    }

    // Bundle rules: a urn:uuid fullUrl is a UUID; a RESTful one ends in /Type/id of its resource;
    // bdl-7: a fullUrl repeats only with different meta.versionId.
    void bundleRules(const json& bundle)
    {
        static const std::regex uuid(
            R"(urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})");
        std::set<std::string> seen;
        for (std::size_t i = 0; i < bundle["entry"].size(); ++i) {
            const auto& e = bundle["entry"][i];
            const auto where = "Bundle.entry[" + std::to_string(i) + "].fullUrl";
            const auto url = e.value("fullUrl", std::string());
            const auto& r = e["resource"];
            if (url.rfind("urn:uuid:", 0) == 0) {
                if (!std::regex_match(url, uuid))
                    problem(where, "a urn:uuid that is not a UUID: " + url);
            } else if (url.rfind("http", 0) == 0 && r.contains("id")) {
                const auto tail = "/" + r["resourceType"].get<std::string>() + "/" + r["id"].get<std::string>();
                if (url.size() < tail.size() || url.compare(url.size() - tail.size(), tail.size(), tail) != 0)
                    problem(where, "a RESTful URL that does not end in " + tail + ": " + url);
            }
            const auto version = r.contains("meta") ? r["meta"].value("versionId", std::string()) : std::string();
            if (!seen.insert(url + "|" + version).second)
                problem(where, "bdl-7: the same fullUrl and version twice: " + url);
        }
    }
};

exchange::ExchangeContent sample()
{
    exchange::ExchangeContent c;
    c.fileId = "5b8f3f55-0c2f-4a9b-9a84-1f1d1c2b3a4d";
    c.senderSiteId = "3f1b0c9e-8a7d-4e55-b2a4-0a1c6f3d2e11";
    c.senderSiteName = "Riverside Medical Practice";
    c.recipientSiteId = "a9e2d7c4-51b3-4f0e-8c6d-2b7a9e1f3c55";
    c.createdAtMillis = 1'795'000'000'123;
    c.senderHolds.addRange("0f2c9b1e-6d4a-4b8e-9c3f-5a7d1e2b4c6a", {1, 40});
    const std::string origin = "0f2c9b1e-6d4a-4b8e-9c3f-5a7d1e2b4c6a";
    for (std::int64_t n = 1; n <= 3; ++n) {
        journal::JournalVersion v;
        v.id = {origin, n};
        v.recordId = n == 3 ? "7d0c5a34-1f0e-4c57-9a55-2f6f3e0b9f10" : "b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e";
        v.recordType = n == 3 ? "patient" : "observation";
        v.patientId = "7d0c5a34-1f0e-4c57-9a55-2f6f3e0b9f10";
        v.hlc = (std::int64_t(1'795'000'000'000) << 16) | n;
        if (n == 2)
            v.parents = {{origin, 1}};
        v.author = n == 3 ? std::string() : std::string("nurse"); // a system-made version has no author
        v.authorSiteUuid = c.senderSiteId;
        v.authorSiteName = "Riverside Medical Practice";
        v.payload = R"({"code":"999791000000106","value":58,"unit":"mmol/mol"})";
        c.versions.push_back(v);
    }
    return c;
}

} // namespace

TEST_CASE("The exchange Bundle is valid FHIR R4 by a checker written from the specification", "[exchange][fhir]")
{
    const auto bundle = exchange::VersionBundle::toFhir(sample());
    Checker check;
    check.resource("Bundle", bundle);
    check.bundleRules(bundle);
    for (const auto& p : check.problems)
        UNSCOPED_INFO(p);
    CHECK(check.problems.empty());
}

TEST_CASE("The R4 checker itself finds what the HL7 validator would refuse", "[exchange][fhir]")
{
    auto bundle = exchange::VersionBundle::toFhir(sample());
    bundle["entry"][1]["resource"].erase("code"); // Basic.code is 1..1
    bundle["entry"][1]["resource"]["colour"] = "red"; // not an R4 element
    bundle["entry"][2]["resource"]["recorded"] = "yesterday"; // not an instant
    bundle["entry"][2]["fullUrl"] = "urn:uuid:not-a-uuid";
    bundle["timestamp"] = "";
    Checker check;
    check.resource("Bundle", bundle);
    check.bundleRules(bundle);
    auto has = [&](const std::string& part) {
        for (const auto& p : check.problems)
            if (p.find(part) != std::string::npos)
                return true;
        return false;
    };
    CHECK(has("missing required code"));
    CHECK(has(".colour: not an R4 element"));
    CHECK(has("not a valid instant: \"yesterday\""));
    CHECK(has("a urn:uuid that is not a UUID"));
    CHECK(has(".timestamp: not a valid instant"));
}
