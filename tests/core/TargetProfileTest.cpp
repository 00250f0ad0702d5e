#include "core/clinical/CareProcessCatalogue.h"
#include "core/record/PatientSummaryReader.h"
#include "core/record/PracticeCatalogue.h"
#include "core/surveillance/ObservationRecorder.h"
#include "tests/support/TempDatabase.h"
#include "tests/support/TestPeople.h"

#include <catch2/catch.hpp>

using namespace carehouse;
using clinical::CareProcessCatalogue;

namespace {

const CareProcessCatalogue::Item& item(const std::shared_ptr<const CareProcessCatalogue>& c, const char* id)
{
    const auto* i = c->itemById(id);
    REQUIRE(i);
    return *i;
}

} // namespace

TEST_CASE("The two CLINICAL.md target profiles flag HbA1c and blood pressure differently", "[clinical][targets]")
{
    auto nice = CareProcessCatalogue::withTargetProfile("nice-nda");
    auto yoc = CareProcessCatalogue::withTargetProfile("yoc-tower-hamlets-2009");
    REQUIRE(nice.ok());
    REQUIRE(yoc.ok());
    CHECK((*CareProcessCatalogue::standard())->targetProfile() == "nice-nda");
    // HbA1c 58: within the NICE target (58 or less), above the Tower Hamlets one (under 58).
    CHECK_FALSE(item(*nice, "hba1c").flagFor(58, std::nullopt, {}));
    CHECK(item(*yoc, "hba1c").flagFor(58, std::nullopt, {}).value_or("")
          == "Above target (less than 58 mmol/mol, 7.5%)");
    // 142/82: above 140/80, under 145/85.
    CHECK(item(*nice, "blood-pressure").flagFor(142, 82, {}));
    CHECK_FALSE(item(*yoc, "blood-pressure").flagFor(142, 82, {}));
    CHECK(item(*yoc, "blood-pressure").flagFor(140, 85, {}));
    // Bands are not targets: eGFR flags are the same under both.
    CHECK(item(*yoc, "egfr").flagFor(40, std::nullopt, {}) == item(*nice, "egfr").flagFor(40, std::nullopt, {}));
    CHECK(CareProcessCatalogue::withTargetProfile("made-up").error().code == base::ErrorCode::UnknownCode);
    REQUIRE(CareProcessCatalogue::targetProfiles()->size() == 2);
}

TEST_CASE("The practice's chosen target profile is what the summary flags against", "[clinical][targets]")
{
    testing::TempDatabase db(model::Role::Nurse);
    auto id = testing::addPersonWithDiabetes(db.store(), "Uddin", "Salma", "1960-03-03", "9434765919");
    surveillance::ObservationRecorder rec(db.store());
    auto hba1c = rec.prepare(id, "hba1c", "58", "mmol/mol", "", false);
    REQUIRE(hba1c.ok());
    REQUIRE(rec.record(*hba1c).ok());
    auto flagOf = [&] {
        auto summary = record::PatientSummaryReader(db.store()).open(id);
        REQUIRE(summary.ok());
        for (const auto& row : summary->careProcesses)
            if (row.item.id == "hba1c")
                return row.flag;
        return std::string("missing");
    };
    CHECK(flagOf().empty());
    CHECK(record::PracticeCatalogue::choose(db.store(), "yoc-tower-hamlets-2009").error().code
          == base::ErrorCode::PermissionDenied);
    db.loginAs(model::Role::Admin);
    CHECK(record::PracticeCatalogue::choose(db.store(), "nonsense").error().code == base::ErrorCode::UnknownCode);
    REQUIRE(record::PracticeCatalogue::choose(db.store(), "yoc-tower-hamlets-2009").ok());
    db.loginAs(model::Role::Nurse);
    CHECK(flagOf() == "Above target (less than 58 mmol/mol, 7.5%)");
}
