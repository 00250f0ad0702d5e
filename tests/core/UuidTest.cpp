#include "core/base/Uuid.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <set>

using namespace carehouse::base;

TEST_CASE("New record ids are version-7 UUIDs that sort in creation order", "[base]")
{
    std::vector<std::string> ids;
    for (int i = 0; i < 2000; ++i)
        ids.push_back(newUuid());
    for (const auto& id : ids) {
        REQUIRE(isUuid(id));
        CHECK(id[14] == '7');
        CHECK((id[19] == '8' || id[19] == '9' || id[19] == 'a' || id[19] == 'b'));
    }
    CHECK(std::is_sorted(ids.begin(), ids.end()));
    CHECK(std::set<std::string>(ids.begin(), ids.end()).size() == ids.size());
}

TEST_CASE("Ordered ids from one millisecond keep their sequence order past 4096", "[base]")
{
    std::string previous;
    for (std::uint32_t seq = 4090; seq < 4200; ++seq) {
        auto id = orderedUuid(1'700'000'000'000, seq, 0xFFFFFFFFFFFFFFFFULL - seq);
        CHECK(id > previous);
        previous = id;
    }
}
