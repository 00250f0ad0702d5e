// The fuzz targets' bodies over every seed file and a few thousand deterministic mutations of
// them (byte flips, truncations, splices; for Bundles also every JSON value swapped for values
// of other types), so a build without clang still runs what the fuzzers run. Nothing may
// crash, and every refusal must be a typed one.
//
// The Bundle seeds in tests/data/exchange/bundles/ are written by the first test case with
// CAREHOUSE_WRITE_BUNDLE_SEEDS=1 (review the diff).
#include "core/exchange/VersionBundle.h"
#include "tests/fuzz/FuzzBodies.h"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <vector>

using namespace carehouse;
namespace fs = std::filesystem;

namespace {

const std::string kData = CAREHOUSE_TEST_DATA;

std::string readAll(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

std::vector<std::string> seedsIn(const fs::path& folder, const std::string& extension)
{
    std::vector<fs::path> paths;
    for (const auto& entry : fs::directory_iterator(folder))
        if (entry.path().extension() == extension)
            paths.push_back(entry.path());
    std::sort(paths.begin(), paths.end());
    std::vector<std::string> out;
    for (const auto& p : paths)
        out.push_back(readAll(p));
    return out;
}

journal::JournalVersion version(const std::string& origin, std::int64_t counter, const std::string& type,
                                const std::string& payload, std::vector<journal::VersionId> parents = {})
{
    journal::JournalVersion v;
    v.id = {origin, counter};
    v.recordId = "0190c3c4-1111-7000-8000-00000000000" + std::to_string(counter % 10);
    v.recordType = type;
    v.patientId = "0190c3c4-2222-7000-8000-000000000001";
    v.hlc = (1795435200000LL << 16) + counter;
    v.parents = std::move(parents);
    v.author = "gp";
    v.authorSiteUuid = origin;
    v.authorSiteName = "Riverside Medical Practice";
    v.payload = payload;
    return v;
}

// The Bundle seeds: small, valid exchange Bundles of the shapes CareHouse writes.
std::vector<std::pair<std::string, std::string>> bundleSeeds()
{
    const std::string a = "0190c3c4-0000-7000-8000-00000000000a";
    const std::string b = "0190c3c4-0000-7000-8000-00000000000b";
    exchange::ExchangeContent empty;
    empty.fileId = "00112233445566778899aabbccddeeff";
    empty.senderSiteId = a;
    empty.senderSiteName = "Riverside Medical Practice";
    empty.recipientSiteId = b;
    empty.createdAtMillis = 1795435200000;

    auto acks = empty;
    acks.senderHolds.addRange(a, {1, 40});
    acks.senderHolds.add(b, 7);

    auto one = acks;
    one.versions.push_back(version(a, 41, "patient",
                                   R"({"familyName":"Okafor","givenName":"Ada","birthDate":"1960-05-01",)"
                                   R"("nhsNumber":"9434765919","gender":"female","town":"Leeds"})"));

    auto chain = one;
    chain.versions.push_back(version(a, 42, "observation",
                                     R"({"code":"999791000000106","effective":"2026-11-23","value":52,)"
                                     R"("unit":"mmol/mol","status":"final"})"));
    chain.versions.push_back(version(a, 43, "patient",
                                     R"({"familyName":"Okafor","givenName":"Ada","birthDate":"1960-05-01",)"
                                     R"("nhsNumber":"9434765919","gender":"female","town":"York"})",
                                     {{a, 41}}));
    chain.versions.push_back(version(b, 8, "patient",
                                     R"({"familyName":"Okafor","givenName":"Ada","birthDate":"1960-05-01",)"
                                     R"("nhsNumber":"9434765919","gender":"female","town":"Hull"})",
                                     {{a, 41}}));
    return {{"empty.json", exchange::VersionBundle::toFhir(empty).dump(1)},
            {"acknowledgement-only.json", exchange::VersionBundle::toFhir(acks).dump(1)},
            {"one-version.json", exchange::VersionBundle::toFhir(one).dump(1)},
            {"versions-with-parents.json", exchange::VersionBundle::toFhir(chain).dump(1)}};
}

// Deterministic byte-level mutations of one input: flips, truncations, splices with another.
std::vector<std::string> byteMutations(const std::string& input, const std::string& other, std::mt19937_64& rng,
                                       int count)
{
    std::vector<std::string> out;
    auto pick = [&](std::size_t n) { return n == 0 ? std::size_t{0} : static_cast<std::size_t>(rng() % n); };
    for (int i = 0; i < count; ++i) {
        std::string m = input;
        switch (i % 5) {
        case 0: // a bit flipped
            if (!m.empty())
                m[pick(m.size())] ^= static_cast<char>(1 << pick(8));
            break;
        case 1: // a byte set to a boundary value
            if (!m.empty())
                m[pick(m.size())]
                    = static_cast<char>(std::array<unsigned char, 6>{0, 1, 0x7F, 0x80, 0xFE, 0xFF}[pick(6)]);
            break;
        case 2: // truncated
            m.resize(pick(m.size() + 1));
            break;
        case 3: // spliced: a prefix of this, the rest of the other
        {
            const auto cut = pick(m.size() + 1);
            m = m.substr(0, cut) + other.substr(std::min(other.size(), pick(other.size() + 1)));
            break;
        }
        default: // a run of bytes repeated or removed
        {
            const auto at = pick(m.size() + 1), length = pick(16) + 1;
            if (pick(2) == 0)
                m.insert(at, m.substr(at, length));
            else
                m.erase(at, length);
            break;
        }
        }
        out.push_back(std::move(m));
    }
    return out;
}

// Every value of a JSON document replaced, one at a time, by values of other types, and
// every member removed: what a hand-edited or hostile Bundle looks like.
std::vector<std::string> structuralMutations(const nlohmann::json& doc, std::mt19937_64& rng, std::size_t most)
{
    std::vector<nlohmann::json::json_pointer> pointers;
    const auto flat = doc.flatten();
    for (const auto& [path, value] : flat.items()) {
        (void)value;
        nlohmann::json::json_pointer p(path);
        // Each leaf and each of its parents.
        while (!p.empty()) {
            pointers.push_back(p);
            p = p.parent_pointer();
        }
    }
    std::sort(pointers.begin(), pointers.end(),
              [](const auto& x, const auto& y) { return x.to_string() < y.to_string(); });
    pointers.erase(std::unique(pointers.begin(), pointers.end()), pointers.end());
    const std::vector<nlohmann::json> replacements = {nullptr,
                                                      0,
                                                      -1,
                                                      1.5e300,
                                                      true,
                                                      "",
                                                      "x",
                                                      nlohmann::json::array(),
                                                      nlohmann::json::object(),
                                                      "0190c3c4-0000-7000-8000-00000000000a.18446744073709551615"};
    std::vector<std::string> out;
    for (const auto& p : pointers) {
        // Two replacements of each value (a Debug + ASan build parses a few thousand a second).
        for (int k = 0; k < 2; ++k) {
            auto m = doc;
            m[p] = replacements[rng() % replacements.size()];
            out.push_back(m.dump());
        }
        auto removed = doc;
        const auto last = p.back();
        auto& parent = removed[p.parent_pointer()];
        if (parent.is_object())
            parent.erase(last);
        else if (parent.is_array())
            parent.erase(static_cast<std::size_t>(std::stoul(last)));
        out.push_back(removed.dump());
    }
    // At most `most`, spread evenly over the document.
    if (out.size() > most) {
        std::vector<std::string> spread;
        for (std::size_t i = 0; i < most; ++i)
            spread.push_back(std::move(out[i * out.size() / most]));
        out = std::move(spread);
    }
    return out;
}

} // namespace

TEST_CASE("The committed Bundle fuzz seeds are what the seed generator writes", "[fuzz-replay]")
{
    const fs::path folder = kData + "/exchange/bundles";
    const bool write = std::getenv("CAREHOUSE_WRITE_BUNDLE_SEEDS") != nullptr;
    if (write)
        fs::create_directories(folder);
    for (const auto& [name, text] : bundleSeeds()) {
        INFO(name);
        if (write)
            std::ofstream(folder / name, std::ios::binary | std::ios::trunc) << text << "\n";
        CHECK(readAll(folder / name) == text + "\n");
        // Every seed is a Bundle the parser accepts.
        CHECK(exchange::VersionBundle::fromText(text).ok());
    }
}

TEST_CASE("The exchange file reader survives every test vector and thousands of mutations with typed refusals",
          "[fuzz-replay]")
{
    const auto seeds = seedsIn(kData + "/exchange", ".chx");
    REQUIRE(seeds.size() >= 20);
    std::mt19937_64 rng(20261123);
    std::size_t inputs = 0, accepted = 0;
    for (std::size_t i = 0; i < seeds.size(); ++i) {
        auto all = byteMutations(seeds[i], seeds[(i + 1) % seeds.size()], rng, 120);
        all.push_back(seeds[i]);
        for (const auto& input : all) {
            const auto outcome = fuzz::envelopeReaderInput(input);
            ++inputs;
            accepted += outcome.accepted ? 1 : 0;
            if (!outcome.violation.empty())
                FAIL_CHECK(outcome.violation << " (mutation of seed " << i << ", " << input.size() << " bytes)");
        }
    }
    CHECK(inputs > 3000);
    // The valid vectors (as given, and re-signed) are accepted.
    CHECK(accepted >= 5);
}

TEST_CASE("The exchange Bundle parser survives every seed and thousands of mutations with typed refusals",
          "[fuzz-replay]")
{
    const auto seeds = seedsIn(kData + "/exchange/bundles", ".json");
    REQUIRE(seeds.size() >= 4);
    std::mt19937_64 rng(20261124);
    std::size_t inputs = 0, accepted = 0;
    for (std::size_t i = 0; i < seeds.size(); ++i) {
        auto all = byteMutations(seeds[i], seeds[(i + 1) % seeds.size()], rng, 200);
        const auto structural = structuralMutations(nlohmann::json::parse(seeds[i]), rng, 300);
        all.insert(all.end(), structural.begin(), structural.end());
        all.push_back(seeds[i]);
        for (const auto& input : all) {
            const auto outcome = fuzz::versionBundleInput(input);
            ++inputs;
            accepted += outcome.accepted ? 1 : 0;
            if (!outcome.violation.empty())
                FAIL_CHECK(outcome.violation << " (mutation of seed " << i << ")");
        }
    }
    CHECK(inputs > 1400);
    CHECK(accepted >= seeds.size());
}
