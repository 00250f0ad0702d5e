#include "core/demo/DemoPractice.h"

#include "core/careplan/CarePlanBook.h"
#include "core/recall/CareCycle.h"
#include "core/recall/Worklist.h"
#include "core/record/IntegrityCheck.h"
#include "core/record/PatientDirectory.h"
#include "core/record/RecordStore.h"
#include "core/results/ResultsInbox.h"
#include "core/results/UnmatchedResults.h"
#include "tests/support/TempDatabase.h"

#include <catch2/catch.hpp>
#include <map>

using namespace carehouse;

namespace {

struct DemoDb
{
    testing::TempDir dir;
    base::FixedClock clock{testing::kTestNow};
    std::unique_ptr<record::RecordStore> store;
    demo::DemoStats stats;
    explicit DemoDb(int people, std::uint64_t seed = 7)
    {
        auto s = record::RecordStore::open(dir.file("demo.carehouse"), clock,
                                           record::RecordStore::OpenMode::CreateIfMissing);
        REQUIRE(s.ok());
        store = std::move(s).value();
        demo::DemoOptions o;
        o.people = people;
        o.seed = seed;
        o.peoplePerCommit = 50;
        auto r = demo::DemoPractice::build(*store, o);
        INFO((r.ok() ? "" : r.error().describe()));
        REQUIRE(r.ok());
        stats = *r;
    }
    std::vector<std::string> column(const char* sql)
    {
        std::vector<std::string> out;
        auto st = store->connection().prepare(sql);
        while (*st->step())
            out.push_back(st->columnText(0));
        return out;
    }
};

} // namespace

TEST_CASE("The same seed builds the same practice", "[demo]")
{
    DemoDb a(60), b(60);
    const char* sql = "SELECT nhs_number || family_name || given_name || birth_date FROM patient ORDER BY nhs_number";
    CHECK(a.column(sql) == b.column(sql));
    const char* values = "SELECT o.code || o.effective || COALESCE(o.value, o.value_code) FROM observation o "
                         "JOIN patient p ON p.id = o.patient_id ORDER BY p.nhs_number, o.code, o.effective, 1";
    CHECK(a.column(values) == b.column(values));
    DemoDb c(60, 8);
    CHECK(a.column(sql) != c.column(sql));
}

TEST_CASE("The demo practice is a plausible diabetes register with five years of history", "[demo]")
{
    DemoDb d(400);
    auto& c = d.store->connection();
    CHECK(d.stats.people == 400);
    auto type1 = *c.scalarInt("SELECT count(*) FROM condition WHERE code = '46635009'");
    auto type2 = *c.scalarInt("SELECT count(*) FROM condition WHERE code = '44054006'");
    CHECK(type1 + type2 == 400);
    CHECK(type1 >= 16);
    CHECK(type1 <= 56); // about 8%
    // Valid NHS numbers from the 999 test range, all distinct.
    CHECK(*c.scalarInt("SELECT count(DISTINCT nhs_number) FROM patient WHERE nhs_number LIKE '999%'") == 400);
    // Observations span the years and include people missing processes.
    CHECK(*c.scalarInt("SELECT count(DISTINCT substr(effective, 1, 4)) FROM observation") >= 5);
    auto withoutAcr = *c.scalarInt(
        "SELECT count(*) FROM patient p WHERE NOT EXISTS (SELECT 1 FROM observation o WHERE o.patient_id = p.id AND "
        "o.code = '1023491000000104' AND o.effective >= '2025-11-23')");
    CHECK(withoutAcr > 40);
    // Values sit inside the catalogue's plausible ranges.
    CHECK(
        *c.scalarInt("SELECT count(*) FROM observation WHERE code = '999791000000106' AND (value < 20 OR value > 200)")
        == 0);
    CHECK(*c.scalarInt("SELECT count(*) FROM observation WHERE effective > '2026-11-23'") == 0);
    // A varied name mix, accents included.
    CHECK(*c.scalarInt("SELECT count(DISTINCT family_name) FROM patient") > 100);
    CHECK(*c.scalarInt("SELECT count(*) FROM patient WHERE family_name <> family_key") > 0);
    CHECK(record::PatientDirectory(*d.store).find("smith, john")->items.size() >= 2);
    auto report = record::IntegrityCheck(*d.store).run();
    REQUIRE(report.ok());
    CHECK(report->ok());
}

TEST_CASE("The demo has one user per role and refuses to fill a register that has people", "[demo]")
{
    DemoDb d(5);
    auto users = d.column("SELECT role FROM user_account ORDER BY role");
    CHECK(users.size() == 6);
    auto again = demo::DemoPractice::build(*d.store, demo::DemoOptions{});
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == base::ErrorCode::AlreadyInitialised);
}

TEST_CASE("The demo practice has people at every stage of this year's cycle", "[demo][recall]")
{
    DemoDb d(800);
    auto all = recall::WorklistReader(*d.store).everyone();
    REQUIRE(all.ok());
    CHECK(all->size() == 800);
    std::map<recall::WorklistKind, int> counts;
    for (const auto& row : *all)
        for (auto kind : recall::allWorklists())
            if (recall::WorklistReader::belongs(kind, row.cycle))
                ++counts[kind];
    for (auto kind : recall::allWorklists()) {
        INFO(recall::worklistCode(kind));
        CHECK(counts[kind] > 0);
    }
    // Most people are between reviews, not all overdue at once.
    int notDue = 0;
    for (const auto& row : *all)
        notDue += row.cycle.stage == recall::CycleStage::NotDue ? 1 : 0;
    CHECK(notDue > 400);
    CHECK_FALSE(results::ResultsInbox(*d.store).awaitingReview()->empty());
    CHECK_FALSE(results::UnmatchedResults(*d.store).open()->empty());
    auto check = record::IntegrityCheck(*d.store).run();
    REQUIRE(check.ok());
    CHECK(check->ok());
}

TEST_CASE("The whole-register worklist read derives the same cycle as one person's own read", "[demo][recall]")
{
    DemoDb d(300, 11);
    recall::WorklistReader reader(*d.store);
    auto all = reader.everyone();
    REQUIRE(all.ok());
    REQUIRE(all->size() == 300);
    for (const auto& row : *all) {
        auto own = reader.cycleOf(row.patientId);
        REQUIRE(own.ok());
        INFO(row.name);
        CHECK(own->stage == row.cycle.stage);
        CHECK(own->dueDate == row.cycle.dueDate);
        CHECK(own->cycleStart == row.cycle.cycleStart);
        CHECK(own->invitations == row.cycle.invitations);
        CHECK(own->pendingTests == row.cycle.pendingTests);
        CHECK(own->surveillance == row.cycle.surveillance);
        CHECK(own->carePlanning == row.cycle.carePlanning);
        CHECK(own->lastCarePlanning == row.cycle.lastCarePlanning);
    }
}

TEST_CASE("The demo's past consultations ended in care plans: goals reviewed, support and referrals followed",
          "[demo][careplan]")
{
    DemoDb d(200);
    auto& c = d.store->connection();
    const auto plans = *c.scalarInt("SELECT count(*) FROM care_plan");
    const auto people = *c.scalarInt("SELECT count(DISTINCT patient_id) FROM care_plan");
    CHECK(people > 100);
    CHECK(plans > people); // the newest plan of most people reviews the one before
    CHECK(plans <= 2 * people);
    // Every plan closes an attended consultation on the same day.
    CHECK(*c.scalarInt("SELECT count(*) FROM care_plan cp WHERE NOT EXISTS (SELECT 1 FROM appointment a WHERE "
                       "a.patient_id = cp.patient_id AND a.type = 'care-planning' AND a.status = 'attended' AND "
                       "a.date = cp.consulted_on)")
          == 0);
    const auto referrals = d.column("SELECT DISTINCT status FROM referral ORDER BY status");
    CHECK(referrals.size() >= 3);
    // The newest plan is what careplan show reads, with the previous one's goals reviewed.
    int reviewed = 0;
    for (const auto& id : d.column("SELECT DISTINCT patient_id FROM care_plan")) {
        auto latest = careplan::CarePlanBook(*d.store).latest(id);
        REQUIRE(latest.ok());
        REQUIRE(latest->has_value());
        CHECK_FALSE((*latest)->value.goals.empty());
        reviewed += (*latest)->value.reviews.empty() ? 0 : 1;
    }
    CHECK(reviewed > people / 2);
    // Plans keep the practice's recall rule (a year after the last consultation): the cycle is the
    // same as it would be without them.
    auto all = recall::WorklistReader(*d.store).everyone();
    REQUIRE(all.ok());
    CHECK(all->size() == 200);
    for (const auto& row : *all)
        if (row.cycle.lastCarePlanning && row.cycle.stage != recall::CycleStage::Excepted) {
            INFO(row.name);
            CHECK(row.cycle.dueDate == recall::CareCycle::addMonths(*row.cycle.lastCarePlanning, 12));
        }
}
