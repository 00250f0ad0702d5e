#include "core/record/ConflictBook.h"

#include "core/journal/SyncError.h"
#include "core/record/IntegrityCheck.h"
#include "tests/support/SyncSite.h"

#include <catch2/catch.hpp>

using namespace carehouse;
using testing::SyncSite;

namespace {

std::vector<record::RecordConflict> conflictsAt(SyncSite& site)
{
    auto list = record::ConflictBook(site.store()).open();
    REQUIRE(list.ok());
    return *list;
}

void requireSound(SyncSite& site)
{
    auto report = record::IntegrityCheck(site.store()).run();
    REQUIRE(report.ok());
    INFO(site.name() << ": " << (report->problems.empty() ? std::string() : report->problems.front()));
    CHECK(report->ok());
}

// Practice and clinic both hold the person, then each moves them somewhere else without hearing
// of the other's change.
struct ConcurrentMoves
{
    SyncSite practice{"Practice"};
    SyncSite clinic{"Clinic", 90 * 1000};
    SyncSite hospital{"Hospital", -120 * 1000};
    std::string id;

    ConcurrentMoves()
    {
        id = testing::registerPerson(practice, 1);
        testing::sendAll(practice, clinic);
        testing::sendAll(practice, hospital);
        practice.clock().advance(1000);
        clinic.clock().advance(1000);
        REQUIRE(testing::moveTo(practice, id, "Leeds").ok());
        REQUIRE(testing::moveTo(clinic, id, "Bradford").ok());
    }
};

} // namespace

TEST_CASE("Concurrent edits are a conflict with the same provisional winner whatever order they arrive in",
          "[record][sync]")
{
    ConcurrentMoves s;
    // The hospital hears from the clinic first; the practice and clinic from each other.
    auto fromClinic = testing::sendAll(s.clinic, s.hospital);
    CHECK(fromClinic.conflictsOpened.empty());
    CHECK(testing::townOf(s.hospital, s.id) == "Bradford");
    auto fromPractice = testing::sendAll(s.practice, s.hospital);
    CHECK(fromPractice.conflictsOpened == std::vector<std::string>{s.id});
    testing::sendAll(s.practice, s.clinic);
    testing::sendAll(s.clinic, s.practice);

    // The clinic's clock is 90 s ahead, so its version has the later time and wins everywhere.
    for (auto* site : {&s.practice, &s.clinic, &s.hospital}) {
        INFO(site->name());
        CHECK(testing::townOf(*site, s.id) == "Bradford");
        auto list = conflictsAt(*site);
        REQUIRE(list.size() == 1);
        const auto& c = list.front();
        CHECK(c.recordId == s.id);
        CHECK(c.patientId == s.id);
        CHECK(c.type == record::RecordType::Patient);
        CHECK(c.kind == record::RecordConflict::Kind::ConcurrentEdits);
        REQUIRE(c.heads.size() == 2);
        CHECK(c.heads[0].shown);
        CHECK(c.heads[0].siteName == "Clinic");
        CHECK(c.heads[0].payload.value("town", "") == "Bradford");
        CHECK_FALSE(c.heads[1].shown);
        CHECK(c.heads[1].siteName == "Practice");
        CHECK(c.heads[1].author == "gp");
        CHECK(c.heads[1].payload.value("town", "") == "Leeds");
        CHECK(c.differingKeys == std::vector<std::string>{"town"});
        requireSound(*site);
    }
    CHECK(testing::conflictsDump(s.practice.store()) == testing::conflictsDump(s.hospital.store()));
    CHECK(testing::currentRowsDump(s.practice.store()) == testing::currentRowsDump(s.hospital.store()));
    CHECK(testing::currentRowsDump(s.clinic.store()) == testing::currentRowsDump(s.hospital.store()));
}

TEST_CASE("Resolving a conflict writes one version naming every head, and every site sees one head again",
          "[record][sync]")
{
    ConcurrentMoves s;
    testing::sendAll(s.practice, s.clinic);
    testing::sendAll(s.clinic, s.practice);
    testing::sendAll(s.clinic, s.hospital);
    auto conflict = record::ConflictBook(s.practice.store()).forRecord(s.id);
    REQUIRE(conflict.ok());
    REQUIRE(conflict->has_value());
    const auto leeds = (*conflict)->heads[1].version;
    const auto bradford = (*conflict)->heads[0].version;

    // Keeping something that is not a head, or resolving what is not in conflict, is refused.
    auto notHead = record::ConflictBook(s.practice.store()).resolve(s.id, {"nowhere", 1});
    REQUIRE_FALSE(notHead.ok());
    CHECK(journal::syncErrorOf(notHead.error()) == journal::SyncError::NotAHead);
    auto stale = record::ConflictBook(s.practice.store()).resolve(s.id, leeds, {leeds});
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().code == base::ErrorCode::StaleVersion);

    auto resolved = record::ConflictBook(s.practice.store()).resolve(s.id, leeds, {bradford, leeds});
    REQUIRE(resolved.ok());
    CHECK(testing::townOf(s.practice, s.id) == "Leeds");
    CHECK(conflictsAt(s.practice).empty());
    auto again = record::ConflictBook(s.practice.store()).resolve(s.id, leeds);
    REQUIRE_FALSE(again.ok());
    CHECK(journal::syncErrorOf(again.error()) == journal::SyncError::NoOpenConflict);

    const auto mine = s.practice.versionsNotIn(s.clinic.held());
    REQUIRE(mine.size() == 1);
    CHECK(mine[0].parents.size() == 2);
    CHECK(std::count(mine[0].parents.begin(), mine[0].parents.end(), leeds) == 1);
    CHECK(std::count(mine[0].parents.begin(), mine[0].parents.end(), bradford) == 1);

    for (auto* site : {&s.clinic, &s.hospital}) {
        INFO(site->name());
        auto report = testing::sendAll(s.practice, *site);
        CHECK(report.conflictsClosed == std::vector<std::string>{s.id});
        CHECK(conflictsAt(*site).empty());
        CHECK(testing::townOf(*site, s.id) == "Leeds");
        requireSound(*site);
    }
    requireSound(s.practice);
    // The losing version is still in the journal everywhere.
    for (auto* site : {&s.practice, &s.clinic, &s.hospital}) {
        auto held = site->held();
        CHECK(held.contains(leeds));
        CHECK(held.contains(bradford));
    }
}

TEST_CASE("A resolution that meets a further concurrent edit leaves the record in conflict", "[record][sync]")
{
    ConcurrentMoves s;
    testing::sendAll(s.clinic, s.practice);
    // The hospital moves the person too, unaware of either.
    s.hospital.clock().advance(5000);
    REQUIRE(testing::moveTo(s.hospital, s.id, "Wakefield").ok());
    const auto leeds = conflictsAt(s.practice).front().heads[1].version;
    REQUIRE(record::ConflictBook(s.practice.store()).resolve(s.id, leeds).ok());
    testing::sendAll(s.practice, s.hospital);
    auto list = conflictsAt(s.hospital);
    REQUIRE(list.size() == 1);
    CHECK(list.front().heads.size() == 2);
    testing::sendAll(s.hospital, s.practice);
    CHECK(testing::conflictsDump(s.practice.store()) == testing::conflictsDump(s.hospital.store()));
    CHECK(testing::currentRowsDump(s.practice.store()) == testing::currentRowsDump(s.hospital.store()));
    requireSound(s.practice);
    requireSound(s.hospital);
}

TEST_CASE("An edit of a record in conflict keeps the conflict open with the edit as one head", "[record][sync]")
{
    ConcurrentMoves s;
    testing::sendAll(s.clinic, s.practice);
    s.practice.clock().advance(200 * 1000);
    REQUIRE(testing::moveTo(s.practice, s.id, "Halifax").ok());
    CHECK(testing::townOf(s.practice, s.id) == "Halifax");
    auto list = conflictsAt(s.practice);
    REQUIRE(list.size() == 1);
    REQUIRE(list.front().heads.size() == 2);
    // The edit was based on the version shown (the clinic's): it supersedes that one only.
    CHECK(list.front().heads[0].payload.value("town", "") == "Halifax");
    CHECK(list.front().heads[1].payload.value("town", "") == "Leeds");
    requireSound(s.practice);
    testing::sendAll(s.practice, s.clinic);
    CHECK(testing::conflictsDump(s.practice.store()) == testing::conflictsDump(s.clinic.store()));
    CHECK(testing::townOf(s.clinic, s.id) == "Halifax");
    requireSound(s.clinic);
}

TEST_CASE("A diagnosis resolved at one site and marked entered in error at another is an edit meeting retirement",
          "[record][sync]")
{
    SyncSite practice("Practice"), clinic("Clinic");
    const auto id = testing::registerPerson(practice, 1);
    auto dx = record::PatientRegistration(practice.store()).addDiagnosis(id, "44054006", "01/03/2015");
    REQUIRE(dx.ok());
    testing::sendAll(practice, clinic);
    auto seqOf = [&](SyncSite& site) {
        auto n = site.store().connection().scalarInt("SELECT head_seq FROM condition WHERE id = '" + *dx + "'");
        REQUIRE(n.ok());
        return static_cast<std::int64_t>(*n);
    };
    practice.clock().advance(1000);
    clinic.clock().advance(2000);
    REQUIRE(record::PatientRegistration(practice.store())
                .setDiagnosisStatus(*dx, model::Condition::Status::Resolved, seqOf(practice))
                .ok());
    REQUIRE(record::PatientRegistration(clinic.store())
                .setDiagnosisStatus(*dx, model::Condition::Status::EnteredInError, seqOf(clinic))
                .ok());
    testing::sendAll(practice, clinic);
    testing::sendAll(clinic, practice);
    for (auto* site : {&practice, &clinic}) {
        INFO(site->name());
        auto list = conflictsAt(*site);
        REQUIRE(list.size() == 1);
        CHECK(list.front().recordId == *dx);
        CHECK(list.front().type == record::RecordType::Condition);
        CHECK(list.front().kind == record::RecordConflict::Kind::EditMeetsRetirement);
        CHECK(record::conflictKindCode(list.front().kind) == "edit-meets-retirement");
        CHECK(list.front().heads[0].retired); // the clinic's, made later
        CHECK_FALSE(list.front().heads[1].retired);
        auto forPatient = record::ConflictBook(site->store()).forPatient(id);
        REQUIRE(forPatient.ok());
        CHECK(forPatient->size() == 1);
        requireSound(*site);
    }
    CHECK(testing::currentRowsDump(practice.store()) == testing::currentRowsDump(clinic.store()));

    // Keeping the resolved diagnosis brings it back into use everywhere.
    const auto resolvedVersion = conflictsAt(clinic).front().heads[1].version;
    REQUIRE(record::ConflictBook(clinic.store()).resolve(*dx, resolvedVersion).ok());
    testing::sendAll(clinic, practice);
    for (auto* site : {&practice, &clinic}) {
        CHECK(conflictsAt(*site).empty());
        auto status = site->store().connection().prepare("SELECT status FROM condition WHERE id = ?");
        REQUIRE(status.ok());
        status->bind(1, *dx);
        REQUIRE(*status->step());
        CHECK(status->columnText(0) == "resolved");
    }
}

TEST_CASE("An observation marked entered in error at two sites at once is listed, with both corrections kept",
          "[record][sync]")
{
    SyncSite practice("Practice"), clinic("Clinic");
    const auto id = testing::registerPerson(practice, 1);
    model::Observation o;
    o.id = base::newUuid();
    o.patientId = id;
    o.code = "999791000000106";
    o.effective = *base::CivilDate::fromYmd(2026, 11, 1);
    o.value = 53;
    o.unit = "mmol/mol";
    record::ChangeSet cs("record-observation", id);
    cs.addObservation(o);
    auto made = practice.store().commit(cs);
    REQUIRE(made.ok());
    testing::sendAll(practice, clinic);
    for (auto* site : {&practice, &clinic}) {
        auto seq = site->store().connection().scalarInt("SELECT head_seq FROM observation WHERE id = '" + o.id + "'");
        REQUIRE(seq.ok());
        record::ChangeSet retract("retract-observation", id);
        retract.retractObservation(o, *seq);
        site->clock().advance(1000);
        REQUIRE(site->store().commit(retract).ok());
    }
    testing::sendAll(practice, clinic);
    testing::sendAll(clinic, practice);
    auto list = conflictsAt(practice);
    REQUIRE(list.size() == 1);
    CHECK(list.front().kind == record::RecordConflict::Kind::ConcurrentEdits);
    CHECK(list.front().heads[0].retired);
    CHECK(list.front().heads[1].retired);
    CHECK(testing::conflictsDump(practice.store()) == testing::conflictsDump(clinic.store()));
    CHECK(testing::currentRowsDump(practice.store()) == testing::currentRowsDump(clinic.store()));
}
