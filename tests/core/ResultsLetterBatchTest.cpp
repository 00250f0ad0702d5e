#include "core/letters/ResultsLetterBatch.h"

#include "core/letters/LetterFingerprint.h"
#include "core/letters/LetterLog.h"
#include "core/letters/ResultsLetterContentJson.h"
#include "core/recall/RecallBook.h"
#include "core/record/PatientRepository.h"
#include "core/surveillance/ObservationRecorder.h"
#include "tests/support/TempDatabase.h"
#include "tests/support/TestPeople.h"

#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <functional>
#include <map>

using namespace carehouse;
using letters::ResultsLetterBatch;

namespace {

// A practice where everyone added has had their surveillance appointment and an HbA1c back:
// all on "letters to send".
struct LettersToSend
{
    testing::TempDatabase db{model::Role::Nurse};
    int people = 0;

    std::string add(const std::string& family, double hba1c, const char* carePlanning = nullptr, bool address = true,
                    bool restricted = false)
    {
        const auto id = testing::addPersonWithDiabetes(db.store(), family, "Test", "1955-05-05",
                                                       testing::testNhsNumber(++people), "2012-01-01");
        edit(id, [&](model::Patient& p) {
            if (address) {
                p.addressLine1 = std::to_string(people) + " Mill Road";
                p.town = "London";
                p.postcode = "E1 6AN";
            }
            p.restricted = restricted;
        });
        surveillance::ObservationRecorder rec(db.store());
        auto v = rec.prepare(id, "hba1c", std::to_string(hba1c), "mmol/mol", "20/11/2026", false);
        REQUIRE(v.ok());
        REQUIRE(rec.record(*v).ok());
        model::Appointment a;
        a.patientId = id;
        a.date = *base::CivilDate::parseIso("2026-11-16");
        a.status = model::Appointment::Status::Attended;
        REQUIRE(recall::RecallBook(db.store()).book(a).ok());
        if (carePlanning) {
            model::Appointment cp;
            cp.patientId = id;
            cp.type = model::Appointment::Type::CarePlanning;
            cp.date = *base::CivilDate::parseIso(carePlanning);
            cp.minuteOfDay = 10 * 60;
            REQUIRE(recall::RecallBook(db.store()).book(cp).ok());
        }
        return id;
    }
    void edit(const std::string& id, const std::function<void(model::Patient&)>& change)
    {
        auto p = record::PatientRepository(db.store()).patient(id);
        REQUIRE(p.ok());
        auto patient = p->value;
        change(patient);
        record::ChangeSet cs("edit-patient", id);
        cs.addPatient(patient, p->headSeq);
        REQUIRE(db.store().commit(cs).ok());
    }
    std::vector<letters::ResultsLetterContent> drain(ResultsLetterBatch& batch)
    {
        std::vector<letters::ResultsLetterContent> out;
        while (auto c = batch.next(db.store()))
            out.push_back(std::move(*c));
        return out;
    }
};

ResultsLetterBatch planned(LettersToSend& p, const ResultsLetterBatch::Selection& s = {})
{
    auto b = ResultsLetterBatch::plan(p.db.store(), s);
    if (!b)
        FAIL(b.error().describe());
    return std::move(b).value();
}

} // namespace

TEST_CASE("A results letter batch leaves out restricted records and people with no address, saying why",
          "[letters][batch]")
{
    LettersToSend p;
    const auto a = p.add("Adebayo", 52);
    const auto hidden = p.add("Hidden", 60, nullptr, true, true);
    const auto noAddress = p.add("Nowhere", 70, nullptr, false);
    auto batch = planned(p);
    REQUIRE(batch.people().size() == 2);
    REQUIRE(batch.skipped().size() == 1);
    CHECK(batch.skipped()[0].person.patientId == hidden);
    CHECK(batch.skipped()[0].reason == ResultsLetterBatch::Reason::Restricted);

    const auto letters = p.drain(batch);
    REQUIRE(letters.size() == 1);
    CHECK(letters[0].person.patientId == a);
    CHECK(letters[0].rows[0].valueText == "52 mmol/mol");
    REQUIRE(batch.skipped().size() == 2);
    CHECK(batch.skipped()[1].person.patientId == noAddress);
    CHECK(batch.skipped()[1].reason == ResultsLetterBatch::Reason::NoAddress);
    CHECK(batch.composed() == 1);
}

TEST_CASE("A date range picks the people whose care planning consultation falls in it", "[letters][batch]")
{
    LettersToSend p;
    const auto early = p.add("Early", 50, "2026-12-07");
    const auto inside = p.add("Inside", 51, "2026-12-09");
    const auto last = p.add("Last", 52, "2026-12-11");
    p.add("Later", 53, "2026-12-14");
    p.add("Unbooked", 54);

    ResultsLetterBatch::Selection week;
    week.from = *base::CivilDate::parseIso("2026-12-08");
    week.to = *base::CivilDate::parseIso("2026-12-11");
    auto batch = planned(p, week);
    REQUIRE(batch.people().size() == 2);
    CHECK(batch.people()[0].patientId != early);
    for (const auto& person : batch.people())
        CHECK((person.patientId == inside || person.patientId == last));

    CHECK(planned(p).people().size() == 5); // no range: everyone on the list

    ResultsLetterBatch::Selection chosen;
    chosen.patientIds = {last};
    auto one = planned(p, chosen);
    REQUIRE(one.people().size() == 1);
    CHECK(one.people()[0].patientId == last);
}

TEST_CASE("Each letter of a batch is composed from its own person's record only", "[letters][batch][safety]")
{
    LettersToSend p;
    std::map<std::string, std::string> expected;
    for (int i = 0; i < 12; ++i) {
        const double value = 45 + i;
        expected[p.add("Person" + std::to_string(i), value)] = fmt::format("{} mmol/mol", value);
    }
    auto batch = planned(p);
    const auto letters = p.drain(batch);
    REQUIRE(letters.size() == 12);
    for (const auto& c : letters) {
        CHECK(c.rows[0].valueText == expected.at(c.person.patientId));
        CHECK(c.person.addressLines[0].find("Mill Road") != std::string::npos);
    }
}

TEST_CASE("A batch can be asked for large print and another language for every letter", "[letters][batch]")
{
    LettersToSend p;
    p.add("Begum", 58);
    ResultsLetterBatch::Selection s;
    s.compose.language = "bn";
    s.compose.largePrint = true;
    auto batch = planned(p, s);
    const auto letters = p.drain(batch);
    REQUIRE(letters.size() == 1);
    CHECK(letters[0].language == "bn");
    CHECK(letters[0].largePrint);
}

TEST_CASE("A letter's content survives the trip through JSON with the same fingerprint", "[letters]")
{
    LettersToSend p;
    const auto id = p.add("Roundtrip", 66, "2026-12-09");
    letters::ResultsLetterComposer::Options o;
    o.includePhq2Gad2 = true;
    auto c = letters::ResultsLetterComposer::compose(p.db.store(), id, o);
    REQUIRE(c.ok());
    REQUIRE_FALSE(c->questionnaires.empty());
    const auto text = letters::contentToJson(*c);
    auto back = letters::contentFromJson(text);
    REQUIRE(back.ok());
    CHECK(letters::fingerprint(*back) == letters::fingerprint(*c));
    CHECK(letters::contentToJson(*back) == text);
    CHECK(back->appointment.date == c->appointment.date);
    CHECK(back->rows[0].date == c->rows[0].date);
    REQUIRE_FALSE(c->layout.empty());
    CHECK(back->layout == c->layout);
    CHECK(back->templateName == c->templateName);

    CHECK(letters::contentFromJson("{").error().code == base::ErrorCode::MalformedInput);
    CHECK(letters::contentFromJson("{\"format\": 1}").error().code == base::ErrorCode::MalformedInput);
    CHECK(letters::contentFromJson("[]").error().code == base::ErrorCode::MalformedInput);
}

TEST_CASE("A logged letter re-prints exactly as it was sent, whatever changed in the record since", "[letters][safety]")
{
    LettersToSend p;
    const auto id = p.add("Reprint", 61);
    auto sent = letters::ResultsLetterComposer::compose(p.db.store(), id);
    REQUIRE(sent.ok());
    auto logged = letters::LetterLog(p.db.store()).recordSent({*sent});
    REQUIRE(logged.ok());

    // A later result and a new name: a letter composed now would differ...
    surveillance::ObservationRecorder rec(p.db.store());
    auto later = rec.prepare(id, "hba1c", "48", "mmol/mol", "22/11/2026", false);
    REQUIRE(later.ok());
    REQUIRE(rec.record(*later).ok());
    p.edit(id, [](model::Patient& patient) { patient.familyName = "Renamed"; });
    auto now = letters::ResultsLetterComposer::compose(p.db.store(), id);
    REQUIRE(now.ok());
    CHECK(letters::fingerprint(*now) != (*logged)[0].contentHash);

    // ...but the re-print is the letter that went out.
    auto again = letters::LetterLog(p.db.store()).reprint((*logged)[0].id);
    REQUIRE(again.ok());
    CHECK(letters::fingerprint(*again) == (*logged)[0].contentHash);
    CHECK(again->rows[0].valueText == "61 mmol/mol");
    CHECK(again->person.bannerName == sent->person.bannerName);
    auto audited = p.db.store().connection().scalarInt("SELECT count(*) FROM audit WHERE action = 'reprint-letter'");
    CHECK(*audited == 1);
}

TEST_CASE("A stored letter that no longer matches its fingerprint is refused, not re-printed", "[letters][safety]")
{
    LettersToSend p;
    const auto id = p.add("Tampered", 61);
    auto sent = letters::ResultsLetterComposer::compose(p.db.store(), id);
    REQUIRE(sent.ok());
    auto logged = letters::LetterLog(p.db.store()).recordSent({*sent});
    REQUIRE(logged.ok());
    const auto letterId = (*logged)[0].id;
    REQUIRE(p.db.store()
                .connection()
                .exec("UPDATE sent_letter SET content = replace(content, '61 mmol/mol', '41 mmol/mol') WHERE id = '"
                      + letterId + "'")
                .ok());
    auto again = letters::LetterLog(p.db.store()).reprint(letterId);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == base::ErrorCode::DatabaseCorrupt);

    REQUIRE(p.db.store().connection().exec("UPDATE sent_letter SET content = NULL WHERE id = '" + letterId + "'").ok());
    auto old = letters::LetterLog(p.db.store()).reprint(letterId);
    REQUIRE_FALSE(old.ok());
    CHECK(old.error().code == base::ErrorCode::NotFound);
}
