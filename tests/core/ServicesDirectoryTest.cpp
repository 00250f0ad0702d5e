#include "core/careplan/ServicesDirectory.h"

#include "core/base/ResourceDirectory.h"
#include "tests/support/TempDatabase.h"

#include <catch2/catch.hpp>
#include <fstream>

using namespace carehouse;
using careplan::Service;
using careplan::ServicesDirectory;

namespace {

std::vector<std::string> ids(const std::vector<const Service*>& found)
{
    std::vector<std::string> out;
    for (const auto* s : found)
        out.push_back(s->id);
    return out;
}

Service walkingGroup()
{
    Service s;
    s.id = "canal-walk";
    s.name = "Canal towpath walk";
    s.kind = "walking-group";
    s.locality = "Riverside South";
    s.contact = "020 7946 0999";
    s.howToRefer = "Just come along.";
    return s;
}

} // namespace

TEST_CASE("The shipped services directory has every kind of support the issue names", "[careplan][services]")
{
    testing::TempDatabase db(model::Role::Nurse);
    auto d = ServicesDirectory::load(db.store());
    REQUIRE(d.ok());
    for (const char* kind :
         {"walking-group", "weight-management", "peer-support", "structured-education", "psychological-therapy",
          "podiatry", "dietetics", "smoking-cessation", "specialist-nurse", "consultant-clinic"}) {
        ServicesDirectory::Filter f;
        f.kind = kind;
        CHECK_FALSE(d->find(f).empty());
    }
    for (const auto& s : d->services()) {
        CHECK_FALSE(s.contact.empty());
        CHECK_FALSE(s.howToRefer.empty());
    }
}

TEST_CASE("Services are filtered by kind, locality (whole-area ones always) and name", "[careplan][services]")
{
    testing::TempDatabase db(model::Role::Nurse);
    auto d = ServicesDirectory::load(db.store());
    REQUIRE(d.ok());
    ServicesDirectory::Filter walks;
    walks.kind = "walking-group";
    CHECK(ids(d->find(walks)) == std::vector<std::string>{"mill-road-walk", "riverside-walkers"});
    walks.locality = "Mill Road";
    CHECK(ids(d->find(walks)) == std::vector<std::string>{"mill-road-walk"});

    ServicesDirectory::Filter millRoad;
    millRoad.locality = "Mill Road";
    const auto local = ids(d->find(millRoad));
    CHECK(std::find(local.begin(), local.end(), "community-podiatry") != local.end()); // whole area
    CHECK(std::find(local.begin(), local.end(), "riverside-walkers") == local.end()); // another locality

    ServicesDirectory::Filter byName;
    byName.text = "PODIATRY";
    CHECK(ids(d->find(byName)) == std::vector<std::string>{"community-podiatry"});
}

TEST_CASE("An administrator adds, changes and hides services for the practice", "[careplan][services]")
{
    testing::TempDatabase db(model::Role::Admin);
    REQUIRE(ServicesDirectory::savePracticeService(db.store(), walkingGroup()).ok());
    auto d = ServicesDirectory::load(db.store());
    REQUIRE(d.ok());
    REQUIRE(d->byId("canal-walk"));
    CHECK(d->byId("canal-walk")->practiceOwn);

    // A shipped service changed for this practice, then hidden, then back.
    Service podiatry = *d->byId("community-podiatry");
    podiatry.contact = "020 7946 0555 (our own podiatrist, Thursdays)";
    REQUIRE(ServicesDirectory::savePracticeService(db.store(), podiatry).ok());
    CHECK(ServicesDirectory::load(db.store())->byId("community-podiatry")->contact.find("Thursdays")
          != std::string::npos);
    REQUIRE(ServicesDirectory::removeService(db.store(), "community-podiatry").ok());
    CHECK_FALSE(ServicesDirectory::load(db.store())->byId("community-podiatry"));
    REQUIRE(ServicesDirectory::removeService(db.store(), "canal-walk").ok());
    CHECK_FALSE(ServicesDirectory::load(db.store())->byId("canal-walk"));
    CHECK(ServicesDirectory::removeService(db.store(), "canal-walk").error().code == base::ErrorCode::NotFound);
}

TEST_CASE("A service without its contact or with an unknown kind is refused, naming the field", "[careplan][services]")
{
    testing::TempDatabase db(model::Role::Admin);
    auto s = walkingGroup();
    s.contact.clear();
    auto refused = ServicesDirectory::savePracticeService(db.store(), s);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == "contact");
    s = walkingGroup();
    s.kind = "yoga";
    CHECK(ServicesDirectory::savePracticeService(db.store(), s).error().code == base::ErrorCode::UnknownCode);
    CHECK_FALSE(ServicesDirectory::load(db.store())->byId("canal-walk"));
}

TEST_CASE("Only administrators change the services directory", "[careplan][services][security]")
{
    testing::TempDatabase db(model::Role::Nurse);
    auto refused = ServicesDirectory::savePracticeService(db.store(), walkingGroup());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == base::ErrorCode::PermissionDenied);
    CHECK(ServicesDirectory::removeService(db.store(), "community-podiatry").error().code
          == base::ErrorCode::PermissionDenied);
}

TEST_CASE("A broken services file is refused with where the problem is", "[careplan][services]")
{
    testing::TempDir dir;
    const auto path = dir.file("services.json");
    std::ofstream(path) << R"({"kinds": [{"id": "podiatry", "name": "Podiatry"}],
  "services": [{"id": "x", "name": "X", "kind": "podiatry", "contact": "1"}]})";
    auto d = ServicesDirectory::loadFile(path);
    REQUIRE_FALSE(d.ok());
    CHECK(d.error().code == base::ErrorCode::ResourceInvalid);
    CHECK(d.error().describe().find("$.services[0]") != std::string::npos);
}
