#include "core/letters/PracticeTemplates.h"

#include "core/base/CivilDate.h"
#include "core/letters/InvitationLetter.h"
#include "core/letters/LetterFingerprint.h"
#include "core/letters/LetterTemplate.h"
#include "core/letters/LetterWording.h"
#include "core/letters/ResultsLetterComposer.h"
#include "core/letters/SampleLetters.h"
#include "core/recall/RecallBook.h"
#include "tests/support/TempDatabase.h"
#include "tests/support/TestPeople.h"

#include <catch2/catch.hpp>

using namespace carehouse;
using letters::LetterKind;
using letters::LetterTemplate;
using letters::PracticeTemplates;
using letters::ResultsLetterBlock;
using letters::ResultsLetterComposer;
using Kind = ResultsLetterBlock::Kind;

namespace {

const LetterTemplate::Rules& resultsRules()
{
    return ResultsLetterComposer::templateRules();
}

// A results template with the required parts and one word that can be changed.
std::string resultsTemplate(const std::string& word = "results")
{
    return "## Your diabetes " + word
        + "\n\nDear {person.salutation},\n\n{results}\n\n{appointment}\n\n"
          "Please bring:\n- your medicines\n- your questions\n\nThe diabetes team\n{practice.name}\n";
}

struct Fixture
{
    testing::TempDatabase db{model::Role::Nurse};
    record::RecordStore& store = db.store();
    std::string id = testing::addPersonWithDiabetes(store, "Smithson", "Mary", "1962-11-05", testing::testNhsNumber(1));

    letters::ResultsLetterContent compose(ResultsLetterComposer::Options options = {})
    {
        db.loginAs(model::Role::Nurse);
        auto c = ResultsLetterComposer::compose(store, id, options);
        if (!c)
            FAIL(c.error().describe());
        return *c;
    }
    void saveAsAdmin(LetterKind kind, const std::string& language, const std::string& text)
    {
        db.loginAs(model::Role::Admin);
        auto saved = PracticeTemplates::save(store, kind, language, text);
        if (!saved)
            FAIL(saved.error().describe());
    }
};

std::vector<Kind> kinds(const letters::ResultsLetterContent& c)
{
    std::vector<Kind> out;
    for (const auto& b : c.layout)
        out.push_back(b.kind);
    return out;
}

} // namespace

TEST_CASE("A results template is read into headings, paragraphs, bullets and the parts it places", "[letters]")
{
    auto t = LetterTemplate::parse(resultsTemplate(), resultsRules(), "mine.txt");
    REQUIRE(t.ok());
    auto paragraphs = t->fillParagraphs({{"person.salutation", "Ms Smithson"}, {"practice.name", "Riverside"}});
    REQUIRE(paragraphs.ok());
    REQUIRE(paragraphs->size() == 6);
    CHECK((*paragraphs)[0].text == "## Your diabetes results");
    CHECK((*paragraphs)[1].text == "Dear Ms Smithson,");
    CHECK((*paragraphs)[2].block == "results");
    CHECK((*paragraphs)[2].line == 5);
    CHECK((*paragraphs)[3].block == "appointment");
    CHECK((*paragraphs)[4].text == "Please bring:\n- your medicines\n- your questions");
    CHECK((*paragraphs)[5].text == "The diabetes team\nRiverside");
}

TEST_CASE("A results template with an unknown placeholder is refused with its name and line", "[letters]")
{
    auto t = LetterTemplate::parse("## Results\n\n{results}\n\nPhone {practice.fax}.\n\n{appointment}", resultsRules(),
                                   "mine.txt");
    REQUIRE_FALSE(t.ok());
    CHECK(t.error().code == base::ErrorCode::ResourceInvalid);
    CHECK(t.error().hint == LetterTemplate::kUnknownPlaceholder);
    CHECK(t.error().field == "practice.fax");
    CHECK(t.error().line == 5);
    CHECK(t.error().file == "mine.txt");
}

TEST_CASE("A part placeholder inside a sentence or used twice is refused", "[letters]")
{
    auto inside
        = LetterTemplate::parse("Dear {person.name},\n\nYour results: {results}\n\n{appointment}", resultsRules());
    REQUIRE_FALSE(inside.ok());
    CHECK(inside.error().hint == LetterTemplate::kBlockInSentence);
    CHECK(inside.error().field == "results");
    CHECK(inside.error().line == 3);

    auto sameParagraph = LetterTemplate::parse("{results}\n{appointment}", resultsRules());
    REQUIRE_FALSE(sameParagraph.ok());
    CHECK(sameParagraph.error().hint == LetterTemplate::kBlockInSentence);

    auto twice = LetterTemplate::parse("{results}\n\n{appointment}\n\n{results}", resultsRules());
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().hint == LetterTemplate::kBlockRepeated);
    CHECK(twice.error().line == 5);

    // Spaces around a part on its own line are fine.
    CHECK(LetterTemplate::parse("  {results}  \n\n{appointment}", resultsRules()).ok());
}

TEST_CASE("A results template without the results or the appointment is refused naming what is missing", "[letters]")
{
    auto noResults = LetterTemplate::parse("Dear {person.name},\n\n{appointment}", resultsRules());
    REQUIRE_FALSE(noResults.ok());
    CHECK(noResults.error().hint == LetterTemplate::kMissingPlaceholder);
    CHECK(noResults.error().field == "results");

    auto noAppointment = LetterTemplate::parse("{results}\n\n{agenda}", resultsRules());
    REQUIRE_FALSE(noAppointment.ok());
    CHECK(noAppointment.error().field == "appointment");
}

TEST_CASE("The shipped results templates load in English and Bengali with every part", "[letters]")
{
    const auto languages = PracticeTemplates::languages(LetterKind::Results);
    CHECK(languages == std::vector<std::string>{"bn", "en"});
    CHECK(languages == letters::LetterWording::available());
    for (const auto& language : languages) {
        auto text = PracticeTemplates::shipped(LetterKind::Results, language);
        REQUIRE(text.ok());
        CHECK(text->name == "results-" + language + ".txt");
        auto t = PracticeTemplates::validate(LetterKind::Results, text->text, text->name);
        if (!t)
            FAIL(t.error().describe());
        for (const char* part : {"results", "not-done", "appointment", "agenda", "questionnaires"})
            CHECK(std::find(t->placeholders().begin(), t->placeholders().end(), part) != t->placeholders().end());
    }
    CHECK(PracticeTemplates::languages(LetterKind::Invitation) == std::vector<std::string>{"en"});
}

TEST_CASE("A composed results letter is laid out in the shipped template's order", "[letters]")
{
    Fixture f;
    const auto c = f.compose();
    CHECK(c.templateName == "results-en.txt");
    CHECK(kinds(c)
          == std::vector<Kind>{Kind::Heading, Kind::Paragraph, Kind::Paragraph, Kind::Results, Kind::NotDone,
                               Kind::Appointment, Kind::Agenda, Kind::Questionnaires, Kind::Paragraph, Kind::Paragraph,
                               Kind::Paragraph});
    CHECK(c.layout[0].text == c.title);
    CHECK(c.layout[1].text == "Dear Mary Smithson,");
    CHECK(c.layout[2].text == c.intro);
    CHECK(c.layout[8].text == c.largePrintOffer);
    CHECK(c.layout.back().text == "The diabetes team\n" + c.practice.name);

    const auto bengali = f.compose([] {
        ResultsLetterComposer::Options o;
        o.language = "bn";
        return o;
    }());
    CHECK(bengali.templateName == "results-bn.txt");
    CHECK(bengali.layout[0].text == bengali.title);
    CHECK(bengali.layout[2].text == bengali.intro);
}

TEST_CASE("Inline placeholders are filled, an unbooked appointment reads not booked yet", "[letters]")
{
    Fixture f;
    f.saveAsAdmin(LetterKind::Results, "en",
                  "{results}\n\nSee you on {appointment.date} at {appointment.time}, {appointment.place}, with "
                  "{appointment.withWhom}.\n\n{appointment}\n\n{practice.name}, {practice.address}, {practice.phone}, "
                  "{today}");
    auto c = f.compose();
    REQUIRE(c.layout.size() == 4);
    CHECK(c.layout[1].text
          == "See you on not booked yet at not booked yet, the practice, with a member of the diabetes team.");
    CHECK(c.layout[3].text
          == c.practice.name + ", " + c.practice.name + ", the practice's usual number, " + c.dateText);

    f.db.loginAs(model::Role::Nurse);
    model::Appointment a;
    a.patientId = f.id;
    a.type = model::Appointment::Type::CarePlanning;
    a.date = *base::CivilDate::parseIso("2026-12-02");
    a.minuteOfDay = 14 * 60 + 5;
    a.withWhom = "Nadia Rahman";
    a.place = "Room 3";
    REQUIRE(recall::RecallBook(f.store).book(a).ok());
    c = f.compose();
    CHECK(c.layout[1].text == "See you on 02-Dec-2026 at 14:05, Room 3, with Nadia Rahman.");
}

TEST_CASE("A practice's own results template is stored, used by the next letter and restored", "[letters]")
{
    Fixture f;
    const auto shipped = f.compose();
    f.saveAsAdmin(LetterKind::Results, "en", resultsTemplate("results for this year"));
    auto stored = f.store.setting("letters.template.results.en");
    REQUIRE(stored.ok());
    CHECK(*stored == resultsTemplate("results for this year"));

    const auto own = f.compose();
    CHECK(own.templateName == "letters.template.results.en");
    CHECK(own.layout.front().kind == Kind::Heading);
    CHECK(own.layout.front().text == "Your diabetes results for this year");
    REQUIRE(own.layout.size() == 7);
    CHECK(own.layout[4].text == "Please bring:");
    CHECK(own.layout[5].kind == Kind::Bullets);
    CHECK(own.layout[5].items == std::vector<std::string>{"your medicines", "your questions"});
    // The Bengali letter still uses the shipped Bengali template.
    ResultsLetterComposer::Options bn;
    bn.language = "bn";
    CHECK(f.compose(bn).templateName == "results-bn.txt");

    f.db.loginAs(model::Role::Admin);
    REQUIRE(PracticeTemplates::restore(f.store, LetterKind::Results, "en").ok());
    CHECK(f.store.setting("letters.template.results.en").error().code == base::ErrorCode::NotFound);
    const auto restored = f.compose();
    CHECK(restored.templateName == "results-en.txt");
    CHECK(restored.layout == shipped.layout);
    CHECK(letters::fingerprint(restored) == letters::fingerprint(shipped));
}

TEST_CASE("Only a user who may manage settings can change or restore a letter template", "[letters][security]")
{
    Fixture f;
    for (auto role : {model::Role::Receptionist, model::Role::Hca, model::Role::Nurse, model::Role::Gp,
                      model::Role::ClinicalLead}) {
        f.db.loginAs(role);
        auto saved = PracticeTemplates::save(f.store, LetterKind::Results, "en", resultsTemplate("x"));
        REQUIRE_FALSE(saved.ok());
        CHECK(saved.error().code == base::ErrorCode::PermissionDenied);
        auto restored = PracticeTemplates::restore(f.store, LetterKind::Results, "en");
        REQUIRE_FALSE(restored.ok());
        CHECK(restored.error().code == base::ErrorCode::PermissionDenied);
    }
    CHECK(f.store.setting("letters.template.results.en").error().code == base::ErrorCode::NotFound);
}

TEST_CASE("A template is checked before it is stored and refused naming the placeholder", "[letters]")
{
    Fixture f;
    f.db.loginAs(model::Role::Admin);
    auto saved = PracticeTemplates::save(f.store, LetterKind::Results, "en", "{results}\n\nCall {practice.fax}.");
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.error().field == "practice.fax");
    CHECK(saved.error().line == 3);
    CHECK(saved.error().file == "letters.template.results.en");
    auto missing = PracticeTemplates::save(f.store, LetterKind::Results, "en", "{results}");
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().field == "appointment");
    auto notShipped = PracticeTemplates::save(f.store, LetterKind::Results, "fr", resultsTemplate());
    REQUIRE_FALSE(notShipped.ok());
    CHECK(notShipped.error().code == base::ErrorCode::InvalidArgument);
    CHECK(f.store.setting("letters.template.results.en").error().code == base::ErrorCode::NotFound);
}

TEST_CASE("A stored template that no longer parses stops the letter, naming the template", "[letters]")
{
    Fixture f;
    f.db.loginAs(model::Role::Admin);
    // As a later CareHouse might find it: stored, but with a placeholder this one does not know.
    REQUIRE(f.store.setSetting("letters.template.results.en", "{results}\n\n{appointment}\n\n{person.gp}").ok());
    f.db.loginAs(model::Role::Nurse);
    auto c = ResultsLetterComposer::compose(f.store, f.id);
    REQUIRE_FALSE(c.ok());
    CHECK(c.error().code == base::ErrorCode::ResourceInvalid);
    CHECK(c.error().file == "letters.template.results.en");
    CHECK(c.error().field == "person.gp");
    CHECK(c.error().line == 5);

    REQUIRE(f.store.setting("letters.template.invitation.en").error().code == base::ErrorCode::NotFound);
    f.db.loginAs(model::Role::Admin);
    REQUIRE(f.store.setSetting("letters.template.invitation.en", "Dear {person.name").ok());
    auto invitation = letters::InvitationLetter::forPractice(f.store);
    REQUIRE_FALSE(invitation.ok());
    CHECK(invitation.error().file == "letters.template.invitation.en");
}

TEST_CASE("The invitation letter uses the practice's own template once saved", "[letters]")
{
    Fixture f;
    f.saveAsAdmin(LetterKind::Invitation, "en", "Dear {person.salutation},\n\nPlease phone {practice.phone}.");
    auto invitation = letters::InvitationLetter::forPractice(f.store);
    REQUIRE(invitation.ok());
    auto person = letters::SampleLetters::person();
    auto letter
        = invitation->compose(person, {"Riverside", {}, "020 7946 0000"}, *base::CivilDate::fromYmd(2026, 11, 23));
    REQUIRE(letter.ok());
    CHECK(letter->body == "Dear Mx PATIENT,\n\nPlease phone 020 7946 0000.");

    f.db.loginAs(model::Role::Admin);
    REQUIRE(PracticeTemplates::restore(f.store, LetterKind::Invitation, "en").ok());
    auto shipped = letters::InvitationLetter::forPractice(f.store);
    REQUIRE(shipped.ok());
    CHECK(shipped->compose(person, {"Riverside", {}, "020"}, {}).value().body.find("yearly diabetes review")
          != std::string::npos);
}

TEST_CASE("The fingerprint changes when any word of the template changes", "[letters]")
{
    Fixture f;
    f.saveAsAdmin(LetterKind::Results, "en", resultsTemplate("results"));
    const auto before = letters::fingerprint(f.compose());
    CHECK(letters::fingerprint(f.compose()) == before);
    f.saveAsAdmin(LetterKind::Results, "en", resultsTemplate("result"));
    const auto oneWord = letters::fingerprint(f.compose());
    CHECK(oneWord != before);
    // The same words with the parts in another order.
    f.saveAsAdmin(LetterKind::Results, "en",
                  "## Your diabetes result\n\nDear {person.salutation},\n\n{appointment}\n\n{results}\n\n"
                  "Please bring:\n- your medicines\n- your questions\n\nThe diabetes team\n{practice.name}\n");
    CHECK(letters::fingerprint(f.compose()) != oneWord);
}

TEST_CASE("The sample letter is for a made-up person and follows the template being edited", "[letters]")
{
    Fixture f;
    auto body = PracticeTemplates::validate(LetterKind::Results, resultsTemplate("sample"), "edited");
    REQUIRE(body.ok());
    auto c = letters::SampleLetters::results(f.store, "en", *body, *base::CivilDate::fromYmd(2026, 11, 23));
    REQUIRE(c.ok());
    CHECK(c->person.name == "Mx Sample PATIENT");
    CHECK(c->person.nhsNumberText == "999 999 9999");
    CHECK(c->layout.front().text == "Your diabetes sample");
    CHECK(c->appointment.booked);
    int done = 0;
    for (const auto& r : c->rows)
        done += r.done ? 1 : 0;
    CHECK(done == 8);
    CHECK_FALSE(c->noResultsYet);
    CHECK_FALSE(c->questionnaires.size() > 0); // the practice has not turned them on

    auto bn = PracticeTemplates::shipped(LetterKind::Results, "bn");
    REQUIRE(bn.ok());
    auto bengali = letters::SampleLetters::results(
        f.store, "bn", *PracticeTemplates::validate(LetterKind::Results, bn->text, bn->name),
        *base::CivilDate::fromYmd(2026, 11, 23), true, true);
    REQUIRE(bengali.ok());
    CHECK(bengali->language == "bn");
    CHECK(bengali->largePrint);
    CHECK(bengali->questionnaires.size() == 2);
}
