#include "core/letters/LetterLog.h"

#include "core/letters/LetterFingerprint.h"
#include "core/letters/ResultsLetterComposer.h"
#include "core/recall/RecallBook.h"
#include "core/recall/Worklist.h"
#include "core/record/IntegrityCheck.h"
#include "core/surveillance/ObservationRecorder.h"
#include "tests/support/TempDatabase.h"
#include "tests/support/TestPeople.h"

#include <catch2/catch.hpp>

using namespace carehouse;

namespace {

struct ResultsBack
{
    testing::TempDatabase db{model::Role::Nurse};
    std::string id;
    ResultsBack()
    {
        id = testing::addPersonWithDiabetes(db.store(), "Begum", "Rokeya", "1956-02-04", "9434765919", "2012-01-01");
        surveillance::ObservationRecorder rec(db.store());
        auto hba1c = rec.prepare(id, "hba1c", "61", "mmol/mol", "20/11/2026", false);
        REQUIRE(hba1c.ok());
        REQUIRE(rec.record(*hba1c).ok());
        model::Appointment a;
        a.patientId = id;
        a.date = *base::CivilDate::parseIso("2026-11-16");
        a.status = model::Appointment::Status::Attended;
        REQUIRE(recall::RecallBook(db.store()).book(a).ok());
    }
    letters::ResultsLetterContent compose()
    {
        auto c = letters::ResultsLetterComposer::compose(db.store(), id);
        REQUIRE(c.ok());
        return std::move(c).value();
    }
};

} // namespace

TEST_CASE("Logging a results letter moves the person from Letters to send to Care planning to book",
          "[letters][recall]")
{
    ResultsBack p;
    recall::WorklistReader worklists(p.db.store());
    REQUIRE(recall::WorklistReader::belongs(recall::WorklistKind::LettersToSend, *worklists.cycleOf(p.id)));
    p.db.loginAs(model::Role::Receptionist);
    auto logged = letters::LetterLog(p.db.store()).recordSent({p.compose()});
    REQUIRE(logged.ok());
    REQUIRE(logged->size() == 1);
    CHECK((*logged)[0].sentBy == "reception");
    CHECK((*logged)[0].recordVersion > 0);
    CHECK((*logged)[0].batchId.empty());
    auto cycle = worklists.cycleOf(p.id);
    REQUIRE(cycle.ok());
    CHECK(cycle->stage == recall::CycleStage::LetterSent);
    CHECK_FALSE(recall::WorklistReader::belongs(recall::WorklistKind::LettersToSend, *cycle));
    CHECK(recall::WorklistReader::belongs(recall::WorklistKind::CarePlanningToBook, *cycle));
    auto log = letters::LetterLog(p.db.store()).forPatient(p.id);
    REQUIRE(log.ok());
    CHECK(log->size() == 1);
    auto check = record::IntegrityCheck(p.db.store()).run();
    REQUIRE(check.ok());
    CHECK(check->ok());
}

TEST_CASE("A letter's fingerprint is the same for the same content and changes with any value", "[letters]")
{
    ResultsBack p;
    const auto first = p.compose();
    CHECK(letters::fingerprint(first) == letters::fingerprint(p.compose()));
    auto changed = first;
    changed.rows[0].valueText = "62 mmol/mol";
    CHECK(letters::fingerprint(changed) != letters::fingerprint(first));
    auto moved = first;
    moved.title += moved.intro;
    moved.intro.clear();
    CHECK(letters::fingerprint(moved) != letters::fingerprint(first));
}

TEST_CASE("Letters logged together share one batch and one commit", "[letters]")
{
    ResultsBack p;
    auto other = testing::addPersonWithDiabetes(p.db.store(), "Ali", "Yusuf", "1950-01-01", testing::testNhsNumber(3));
    auto second = letters::ResultsLetterComposer::compose(p.db.store(), other);
    REQUIRE(second.ok());
    const auto audits = *p.db.store().connection().scalarInt("SELECT count(*) FROM audit");
    auto logged = letters::LetterLog(p.db.store()).recordSent({p.compose(), *second});
    REQUIRE(logged.ok());
    REQUIRE(logged->size() == 2);
    CHECK_FALSE((*logged)[0].batchId.empty());
    CHECK((*logged)[0].batchId == (*logged)[1].batchId);
    CHECK(*p.db.store().connection().scalarInt("SELECT count(*) FROM audit") == audits + 1);
}
