#include "core/exchange/VersionBundle.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace carehouse;
using exchange::ExchangeContent;
using exchange::VersionBundle;
using nlohmann::json;

namespace {

journal::JournalVersion version(const std::string& origin, std::int64_t counter, const std::string& record,
                                std::vector<journal::VersionId> parents = {})
{
    journal::JournalVersion v;
    v.id = {origin, counter};
    v.recordId = record;
    v.recordType = "observation";
    v.patientId = "7d0c5a34-1f0e-4c57-9a55-2f6f3e0b9f10";
    v.hlc = (std::int64_t(1'795'000'000'000) << 16) | counter;
    v.parents = std::move(parents);
    v.author = "nurse";
    v.authorSiteUuid = "3f1b0c9e-8a7d-4e55-b2a4-0a1c6f3d2e11";
    v.authorSiteName = "Riverside Medical Practice";
    v.payload = R"({"code":"999791000000106","value":58,"unit":"mmol/mol","note":"Ünïcode ✓"})";
    return v;
}

ExchangeContent sample()
{
    ExchangeContent c;
    c.fileId = "5b8f3f55-0c2f-4a9b-9a84-1f1d1c2b3a4d";
    c.senderSiteId = "3f1b0c9e-8a7d-4e55-b2a4-0a1c6f3d2e11";
    c.senderSiteName = "Riverside Medical Practice";
    c.recipientSiteId = "a9e2d7c4-51b3-4f0e-8c6d-2b7a9e1f3c55";
    c.createdAtMillis = 1'795'000'000'123;
    c.senderHolds.addRange("origin-a", {1, 40});
    c.senderHolds.add("origin-b", 7);
    c.versions.push_back(version("origin-a", 1, "obs-1"));
    c.versions.push_back(version("origin-a", 2, "obs-1", {{"origin-a", 1}}));
    auto merge = version("origin-b", 3, "obs-1", {{"origin-a", 2}, {"origin-b", 2}});
    merge.patientId.clear();
    merge.author.clear();
    merge.recordType = "patient";
    merge.recordId = "not a FHIR id: spaces & colons"; // still carried, in the identifier
    c.versions.push_back(merge);
    return c;
}

json broken(const std::function<void(json&)>& change)
{
    auto j = VersionBundle::toFhir(sample());
    change(j);
    return j;
}

std::string detailOf(const json& j)
{
    auto r = VersionBundle::fromFhir(j);
    REQUIRE_FALSE(r.ok());
    return r.error().detail;
}

} // namespace

TEST_CASE("An exchange Bundle carries every version exactly, with its parents, author and site", "[exchange][bundle]")
{
    const auto c = sample();
    const auto text = VersionBundle::toText(c);
    auto back = VersionBundle::fromText(text);
    REQUIRE(back.ok());
    CHECK(back->fileId == c.fileId);
    CHECK(back->senderSiteId == c.senderSiteId);
    CHECK(back->senderSiteName == c.senderSiteName);
    CHECK(back->recipientSiteId == c.recipientSiteId);
    CHECK(back->senderHolds == c.senderHolds);
    REQUIRE(back->versions.size() == 3);
    for (std::size_t i = 0; i < 3; ++i) {
        INFO(i);
        CHECK(back->versions[i] == c.versions[i]);
    }
}

TEST_CASE("The exchange Bundle is FHIR R4 in shape: a collection of Parameters, Basic and Provenance",
          "[exchange][bundle][fhir]")
{
    const auto j = VersionBundle::toFhir(sample());
    CHECK(j["resourceType"] == "Bundle");
    CHECK(j["type"] == "collection");
    CHECK(j["meta"]["profile"][0] == VersionBundle::kProfile);
    CHECK(j["timestamp"] == "2026-11-18T11:06:40.123Z");
    REQUIRE(j["entry"].size() == 7);
    CHECK(j["entry"][0]["resource"]["resourceType"] == "Parameters");
    for (std::size_t i = 1; i < 7; i += 2) {
        const auto& basic = j["entry"][i]["resource"];
        const auto& provenance = j["entry"][i + 1]["resource"];
        CHECK(basic["resourceType"] == "Basic");
        CHECK(basic["code"]["coding"][0]["code"].is_string()); // Basic.code is required
        // Version ids are FHIR ids: letters, digits, '-' and '.', at most 64.
        const auto vid = basic["meta"]["versionId"].get<std::string>();
        CHECK(vid.find(':') == std::string::npos);
        CHECK(vid.size() <= 64);
        CHECK(provenance["resourceType"] == "Provenance");
        CHECK(provenance["target"][0]["reference"] == j["entry"][i]["fullUrl"].get<std::string>() + "/_history/" + vid);
        CHECK(provenance["recorded"].get<std::string>().back() == 'Z');
        CHECK(provenance["agent"][0].contains("who")); // Provenance.agent.who is required
    }
    // No empty strings anywhere: FHIR forbids them.
    std::function<void(const json&)> noEmpty = [&](const json& v) {
        if (v.is_string())
            CHECK_FALSE(v.get<std::string>().empty());
        if (v.is_structured())
            for (const auto& child : v)
                noEmpty(child);
    };
    noEmpty(j);
    // A record id that is not a FHIR id travels in the identifier only.
    CHECK_FALSE(j["entry"][5]["resource"].contains("id"));
    CHECK(j["entry"][5]["resource"]["identifier"][0]["value"] == "not a FHIR id: spaces & colons");
}

TEST_CASE("A Bundle that is not CareHouse's exchange profile is refused, naming where", "[exchange][bundle]")
{
    CHECK(detailOf(broken([](json& j) { j["resourceType"] = "Patient"; })) == "exchange-bundle-not-bundle");
    CHECK(detailOf(broken([](json& j) { j["type"] = "transaction"; })) == "exchange-bundle-wrong-type");
    CHECK(detailOf(broken([](json& j) { j["meta"]["profile"] = json::array(); })) == "exchange-bundle-wrong-profile");
    CHECK(detailOf(broken([](json& j) { j["entry"] = json::array(); })) == "exchange-bundle-no-entries");
    CHECK(detailOf(broken([](json& j) { j["entry"][0]["resource"]["resourceType"] = "Basic"; }))
          == "exchange-bundle-no-parameters");
    CHECK(detailOf(broken([](json& j) { j["entry"][1]["resource"]["meta"]["versionId"] = "origin-a.0"; }))
          == "exchange-bundle-bad-version-id");
    CHECK(detailOf(broken([](json& j) { j["entry"][1]["resource"].erase("code"); }))
          == "exchange-bundle-no-record-type");
    CHECK(detailOf(broken([](json& j) { j["entry"][3]["resource"]["extension"][0]["valueString"] = "12x"; }))
          == "exchange-bundle-bad-time");
    CHECK(detailOf(broken([](json& j) { j["entry"][1]["resource"]["extension"].erase(1); }))
          == "exchange-bundle-no-payload");
    CHECK(detailOf(broken([](json& j) { j["entry"].erase(2); })) == "exchange-bundle-no-provenance");
    CHECK(detailOf(broken([](json& j) { j["entry"][2]["resource"]["resourceType"] = "Observation"; }))
          == "exchange-bundle-unexpected-resource");
    CHECK(detailOf(broken([](json& j) { j["entry"][0]["resource"]["parameter"][4]["valueString"] = "[1,2]"; }))
          == "exchange-bundle-bad-vector");
    auto where = VersionBundle::fromFhir(broken([](json& j) { j["entry"][3]["resource"]["meta"]["versionId"] = "x"; }));
    REQUIRE_FALSE(where.ok());
    CHECK(where.error().field == "entry[3].resource.meta.versionId");
    CHECK(where.error().value == "x");
}

TEST_CASE("A Bundle of a newer exchange format asks for an upgrade; hostile ones are refused before parsing",
          "[exchange][bundle]")
{
    auto newer = VersionBundle::fromFhir(broken(
        [](json& j) { j["entry"][0]["resource"]["parameter"][0]["valueString"] = "carehouse-exchange-bundle-2"; }));
    REQUIRE_FALSE(newer.ok());
    CHECK(newer.error().code == base::ErrorCode::DatabaseTooNew);
    CHECK(newer.error().detail == "exchange-bundle-too-new");

    std::string deep(10'000, '[');
    auto tooDeep = VersionBundle::fromText(deep);
    REQUIRE_FALSE(tooDeep.ok());
    CHECK(tooDeep.error().detail == "exchange-bundle-too-deep");
    CHECK(VersionBundle::fromText("{\"resourceType\": \"Bundle\"").error().detail == "exchange-bundle-not-json");

    VersionBundle::Limits small;
    small.maxVersions = 2;
    CHECK(VersionBundle::fromText(VersionBundle::toText(sample()), small).error().detail == "exchange-bundle-too-many");
    small = {};
    small.maxPayloadBytes = 10;
    CHECK(VersionBundle::fromText(VersionBundle::toText(sample()), small).error().detail
          == "exchange-bundle-payload-too-large");
}

TEST_CASE("A Bundle written before the R4 fullUrl fix still reads, version for version", "[exchange][bundle][fhir]")
{
    // Older writers named a Basic https://carehouse.example/fhir/record/<id> and a Provenance
    // urn:uuid:<origin>-<counter>, with no Provenance id; a reader pairs them only by target.
    auto j = VersionBundle::toFhir(sample());
    for (std::size_t i = 1; i + 1 < j["entry"].size(); i += 2) {
        auto& basic = j["entry"][i];
        auto& provenance = j["entry"][i + 1];
        const auto vid = basic["resource"]["meta"]["versionId"].get<std::string>();
        const auto id = basic["resource"]["identifier"][0]["value"].get<std::string>();
        basic["fullUrl"] = "https://carehouse.example/fhir/record/" + id;
        provenance["resource"].erase("id");
        provenance["fullUrl"] = "urn:uuid:" + vid;
        provenance["resource"]["target"][0]["reference"] = basic["fullUrl"].get<std::string>() + "/_history/" + vid;
    }
    auto back = VersionBundle::fromFhir(j);
    INFO((back.ok() ? "" : back.error().describe()));
    REQUIRE(back.ok());
    const auto c = sample();
    REQUIRE(back->versions.size() == c.versions.size());
    for (std::size_t i = 0; i < c.versions.size(); ++i)
        CHECK(back->versions[i] == c.versions[i]);
}
