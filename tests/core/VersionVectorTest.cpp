#include "core/journal/VersionVector.h"

#include "core/journal/ProvisionalWinner.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <random>
#include <vector>

using namespace carehouse;
using journal::VersionVector;

TEST_CASE("A version vector is the same whatever order counters are added in, and however often", "[journal][sync]")
{
    std::vector<std::int64_t> counters;
    for (std::int64_t c = 1; c <= 40; ++c)
        if (c % 7 != 0)
            counters.push_back(c);
    VersionVector inOrder;
    for (auto c : counters)
        inOrder.add("a", c);
    for (unsigned seed = 1; seed <= 5; ++seed) {
        CAPTURE(seed);
        auto shuffled = counters;
        shuffled.insert(shuffled.end(), counters.begin(), counters.begin() + 10); // duplicates
        std::shuffle(shuffled.begin(), shuffled.end(), std::mt19937(seed));
        VersionVector v;
        for (auto c : shuffled)
            v.add("a", c);
        CHECK(v == inOrder);
    }
    CHECK(inOrder.ranges("a").size() == 6); // 1-6, 8-13, 15-20, 22-27, 29-34, 36-40
    CHECK(inOrder.contiguousHighest("a") == 6);
    CHECK(inOrder.contains("a", 8));
    CHECK_FALSE(inOrder.contains("a", 7));
    CHECK_FALSE(inOrder.contains("a", 41));
    CHECK_FALSE(inOrder.contains("b", 1));
    CHECK(inOrder.count() == static_cast<std::int64_t>(counters.size()));
}

TEST_CASE("Filling a gap joins the ranges either side of it", "[journal][sync]")
{
    VersionVector v;
    v.addRange("a", {1, 3});
    v.addRange("a", {5, 9});
    v.add("a", 4);
    REQUIRE(v.ranges("a").size() == 1);
    CHECK(v.ranges("a").front() == VersionVector::Range{1, 9});
    CHECK(v.contiguousHighest("a") == 9);
    VersionVector other;
    other.addRange("a", {8, 12});
    other.add("b", 2);
    v.merge(other);
    CHECK(v.ranges("a").front() == VersionVector::Range{1, 12});
    CHECK(v.contiguousHighest("b") == 0);
    CHECK(v.covers(other));
    CHECK_FALSE(other.covers(v));
}

TEST_CASE("A version vector travels as JSON ranges and refuses anything else", "[journal][sync]")
{
    VersionVector v;
    v.addRange("origin-1", {1, 10});
    v.add("origin-1", 12);
    v.add("origin-2", 3);
    auto back = VersionVector::fromJson(v.toJson());
    REQUIRE(back.ok());
    CHECK(*back == v);
    CHECK(v.toJson().dump() == R"({"origin-1":[[1,10],[12,12]],"origin-2":[[3,3]]})");
    for (const char* bad : {R"([])", R"({"a": [[0, 2]]})", R"({"a": [[3, 2]]})", R"({"a": [[1]]})",
                            R"({"a": [["1", 2]]})", R"({"": [[1, 2]]})", R"({"a": 3})"}) {
        CAPTURE(bad);
        auto r = VersionVector::fromJson(nlohmann::json::parse(bad));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == base::ErrorCode::MalformedInput);
    }
}

TEST_CASE("The provisional winner is the latest time, then the greater origin, then the greater counter",
          "[journal][sync]")
{
    using journal::ProvisionalWinner;
    const ProvisionalWinner::Candidate early{{"b", 1}, 100};
    const ProvisionalWinner::Candidate late{{"a", 9}, 200};
    const ProvisionalWinner::Candidate sameTimeGreaterOrigin{{"c", 1}, 200};
    CHECK(ProvisionalWinner::beats(late, early));
    CHECK_FALSE(ProvisionalWinner::beats(early, late));
    CHECK(ProvisionalWinner::beats(sameTimeGreaterOrigin, late));
    std::vector<ProvisionalWinner::Candidate> heads{early, late, sameTimeGreaterOrigin};
    for (int i = 0; i < 6; ++i) {
        CHECK(heads[ProvisionalWinner::indexOf(heads)].id == sameTimeGreaterOrigin.id);
        std::next_permutation(heads.begin(), heads.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
    }
}
