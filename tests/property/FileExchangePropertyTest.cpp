// Three sites change records at random and exchange real exchange files (signed, encrypted, FHIR
// inside) through an unreliable shared folder: files lost, delivered twice, late and out of
// order, conflicts resolved now and then. After a final full exchange every site holds the same
// versions, the same current records and the same conflicts, and nothing made anywhere is missing.
//
// CAREHOUSE_FILE_PROPERTY_SEEDS=n seeds (default 3), CAREHOUSE_FILE_PROPERTY_OPS=n operations per
// seed (default 70), CAREHOUSE_PROPERTY_SEED=s replays one seed.

#include "core/record/ConflictBook.h"
#include "core/record/IntegrityCheck.h"
#include "tests/support/KeyedSite.h"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <random>
#include <set>

using namespace carehouse;
using testing::KeyedSite;

namespace {

long envNumber(const char* name, long fallback)
{
    const char* text = std::getenv(name);
    if (!text || !*text)
        return fallback;
    char* end = nullptr;
    const long n = std::strtol(text, &end, 10);
    return end && *end == '\0' && n > 0 ? n : fallback;
}

std::set<std::string> travellingVersions(KeyedSite& s)
{
    std::set<std::string> out;
    for (const auto& v : s.site().versionsNotIn({}))
        out.insert(v.id.text());
    return out;
}

std::vector<std::string> conflicts(KeyedSite& s)
{
    auto open = record::ConflictBook(s.store()).open();
    REQUIRE(open.ok());
    std::vector<std::string> ids;
    for (const auto& c : *open)
        ids.push_back(c.recordId);
    std::sort(ids.begin(), ids.end());
    return ids;
}

struct Letter
{
    std::string path;
    std::size_t to = 0;
};

void runSeed(std::uint64_t seed, long operations)
{
    INFO("seed " << seed << " (replay with CAREHOUSE_PROPERTY_SEED=" << seed << ")");
    std::mt19937_64 rng(seed);
    auto pick = [&](std::size_t n) { return static_cast<std::size_t>(rng() % n); };
    std::vector<std::unique_ptr<KeyedSite>> sites;
    for (const char* name : {"Riverside Medical Practice", "Community Diabetes Team", "Hospital Diabetes Clinic"})
        sites.push_back(std::make_unique<KeyedSite>(name));
    for (auto& a : sites)
        for (auto& b : sites)
            if (a != b)
                a->addPeer(*b);
    testing::TempDir folder;
    std::vector<Letter> post;
    std::vector<std::string> people;
    int nextNhs = 100;
    std::size_t lost = 0, twice = 0, delivered = 0, resolved = 0;

    for (long op = 0; op < operations; ++op) {
        for (auto& s : sites)
            s->site().clock().advance(1000 + static_cast<std::int64_t>(pick(4000)));
        const auto at = pick(sites.size());
        auto& site = *sites[at];
        const auto roll = pick(20);
        if (roll < 4 || people.empty()) {
            people.push_back(testing::registerPerson(site.site(), nextNhs++));
        } else if (roll < 9) {
            // An edit wherever the person is already known: concurrent ones make conflicts.
            const auto& person = people[pick(people.size())];
            if (record::PatientRepository(site.store()).patient(person).ok())
                REQUIRE(testing::moveTo(site.site(), person, "Town " + std::to_string(pick(50))).ok());
        } else if (roll < 13) {
            auto to = pick(sites.size() - 1);
            if (to >= at)
                ++to;
            auto written = site.exportTo(*sites[to], folder.path());
            INFO((written.ok() ? "" : written.error().describe()));
            REQUIRE(written.ok());
            post.push_back({written->path, to});
        } else if (roll < 18 && !post.empty()) {
            const auto i = pick(post.size());
            const auto letter = post[i];
            const auto fate = pick(10);
            if (fate < 2) {
                ++lost;
                post.erase(post.begin() + static_cast<long>(i));
                continue;
            }
            auto applied = sites[letter.to]->importFile(letter.path);
            INFO((applied.ok() ? "" : applied.error().describe()));
            REQUIRE(applied.ok());
            ++delivered;
            if (fate < 4)
                ++twice; // left in the post: it will come again
            else
                post.erase(post.begin() + static_cast<long>(i));
        } else {
            auto open = record::ConflictBook(site.store()).open();
            REQUIRE(open.ok());
            if (!open->empty()) {
                const auto& c = open->at(pick(open->size()));
                REQUIRE(record::ConflictBook(site.store())
                            .resolve(c.recordId, c.heads.at(pick(c.heads.size())).version)
                            .ok());
                ++resolved;
            }
        }
    }

    // Everything made anywhere, before the final exchange.
    std::set<std::string> made;
    for (auto& s : sites)
        for (const auto& id : travellingVersions(*s))
            made.insert(id);

    // The final full exchange: every site to every other, until a round changes nothing.
    int rounds = 0;
    for (bool changed = true; changed && rounds < 8; ++rounds) {
        changed = false;
        for (std::size_t a = 0; a < sites.size(); ++a)
            for (std::size_t b = 0; b < sites.size(); ++b) {
                if (a == b)
                    continue;
                auto written = sites[a]->exportTo(*sites[b], folder.path());
                REQUIRE(written.ok());
                auto applied = sites[b]->importFile(written->path);
                INFO((applied.ok() ? "" : applied.error().describe()));
                REQUIRE(applied.ok());
                changed = changed || applied->report.applied > 0;
            }
    }
    CAPTURE(lost, twice, delivered, resolved, rounds, post.size());
    CHECK(rounds < 8);
    const auto expected = travellingVersions(*sites[0]);
    CHECK(std::includes(expected.begin(), expected.end(), made.begin(), made.end()));
    const auto expectedConflicts = conflicts(*sites[0]);
    for (std::size_t i = 1; i < sites.size(); ++i) {
        INFO("site " << i);
        CHECK(travellingVersions(*sites[i]) == expected);
        CHECK(conflicts(*sites[i]) == expectedConflicts);
        for (const auto& person : people)
            CHECK(testing::townOf(sites[i]->site(), person) == testing::townOf(sites[0]->site(), person));
    }
    for (auto& s : sites) {
        auto check = record::IntegrityCheck(s->store()).run();
        REQUIRE(check.ok());
        CHECK(check->ok());
    }
}

} // namespace

TEST_CASE("Sites exchanging real files over an unreliable folder end with one shared record", "[property][sync][file]")
{
    const long operations = envNumber("CAREHOUSE_FILE_PROPERTY_OPS", 70);
    if (const long one = envNumber("CAREHOUSE_PROPERTY_SEED", 0); one > 0) {
        runSeed(static_cast<std::uint64_t>(one), operations);
        return;
    }
    const long seeds = envNumber("CAREHOUSE_FILE_PROPERTY_SEEDS", 3);
    for (long s = 1; s <= seeds; ++s)
        runSeed(static_cast<std::uint64_t>(7919 * s), operations);
}
