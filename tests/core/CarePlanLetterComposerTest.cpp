#include "core/careplan/CarePlanLetterComposer.h"

#include "core/base/ResourceDirectory.h"
#include "core/careplan/CarePlanBook.h"
#include "core/careplan/CarePlanWording.h"
#include "core/clinical/CareProcessCatalogue.h"
#include "core/letters/LetterWording.h"
#include "core/record/ChangeSet.h"
#include "core/record/PatientRepository.h"
#include "core/record/RecordStore.h"
#include "tests/support/TempDatabase.h"
#include "tests/support/TestPeople.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

using namespace carehouse;
using careplan::CarePlanLetterComposer;
using careplan::CarePlanWording;

namespace {

base::CivilDate date(const char* iso)
{
    return *base::CivilDate::parseIso(iso);
}

// Mrs Begum, with a care plan saved with the nurse today: two goals, her actions and the
// team's, a walking group she contacts herself, podiatry referred, an HbA1c target; and Mr
// Nowak, another person, with a plan of his own.
struct Planned
{
    testing::TempDatabase db{model::Role::Nurse};
    std::string person;
    std::string other;

    Planned()
    {
        db.loginAs(model::Role::Admin);
        REQUIRE(db.store().setSetting("practice.name", "Riverside Medical Practice").ok());
        REQUIRE(db.store().setSetting("practice.phone", "020 7946 0000").ok());
        db.loginAs(model::Role::Nurse);
        person = testing::addPersonWithDiabetes(db.store(), "Begum", "Rokeya", "1956-02-04", "9434765919");
        other = testing::addPersonWithDiabetes(db.store(), "Nowak", "Lukasz", "1945-07-14", "9434765870");
    }

    void save(const std::string& who, const std::string& goal, bool full = true)
    {
        auto d = careplan::CarePlanBook(db.store()).start(who);
        REQUIRE(d.ok());
        auto& p = d->plan;
        p.goals.push_back({"g1-" + who.substr(0, 6), goal, "to keep up with my grandchildren", 7, date("2026-11-23")});
        if (full) {
            p.goals.push_back({"g2-" + who.substr(0, 6), "Eat less rice at night", "", -1, date("2026-11-23")});
            p.actions.push_back({"a1", "Walk to the shops instead of taking the bus", model::PlanAction::Owner::Person,
                                 "", date("2027-01-31")});
            p.actions.push_back(
                {"a2", "Check your feet at the podiatry clinic", model::PlanAction::Owner::Team, "Practice nurse", {}});
            p.support.push_back(
                {"riverside-walkers", "Riverside Park health walks", "walking-group", "020 7946 0101", "", false});
            p.support.push_back(
                {"community-podiatry", "Community podiatry", "podiatry", "020 7946 0150", "Foot pain", true});
            p.targets.push_back({"hba1c", 53, std::nullopt, "agreed together"});
        }
        auto saved = careplan::CarePlanBook(db.store()).save(*d);
        if (!saved)
            FAIL(saved.error().describe());
    }

    careplan::CarePlanLetterContent compose(const std::string& who, CarePlanLetterComposer::Options o = {})
    {
        auto c = CarePlanLetterComposer::compose(db.store(), who, o);
        if (!c)
            FAIL(c.error().describe());
        return *c;
    }
};

} // namespace

TEST_CASE("The printed care plan is written for the person, with their goals in their own words", "[careplan]")
{
    Planned f;
    f.save(f.person, "Walk for 30 minutes every day");
    const auto c = f.compose(f.person);
    CHECK(c.language == "en");
    CHECK(c.title == "Your care plan");
    CHECK(c.intro.find("23-Nov-2026") != std::string::npos);
    CHECK(c.person.nhsNumber == "9434765919");
    CHECK(c.person.bannerName.find("BEGUM") == 0);
    CHECK(c.goalsHeading == "Your goals");
    REQUIRE(c.goals.size() == 2);
    CHECK(c.goals[0].what == "Walk for 30 minutes every day");
    CHECK(c.goals[0].whyText == "Why it matters to you: to keep up with my grandchildren");
    CHECK(c.goals[0].confidenceText == "How sure you felt that you can do it: 7 out of 10");
    // Not said, not asked: nothing printed in their place.
    CHECK(c.goals[1].whyText.empty());
    CHECK(c.goals[1].confidenceText.empty());
    CHECK(c.noGoalsText.empty());
}

TEST_CASE("The printed care plan says what you will do and what we will do, with who and by when", "[careplan]")
{
    Planned f;
    f.save(f.person, "Walk for 30 minutes every day");
    const auto c = f.compose(f.person);
    CHECK(c.yourActionsHeading == "What you will do");
    REQUIRE(c.yourActions.size() == 1);
    CHECK(c.yourActions[0].what == "Walk to the shops instead of taking the bus");
    CHECK(c.yourActions[0].whenText == "By 31-Jan-2027");
    CHECK(c.yourActions[0].whoText.empty());
    CHECK(c.teamActionsHeading == "What we will do");
    REQUIRE(c.teamActions.size() == 1);
    CHECK(c.teamActions[0].whoText == "Who: Practice nurse");
    CHECK(c.teamActions[0].whenText == "No date set");
}

TEST_CASE("The printed care plan gives each service's contact and says who we have asked to contact the person",
          "[careplan]")
{
    Planned f;
    f.save(f.person, "Walk for 30 minutes every day");
    const auto c = f.compose(f.person);
    REQUIRE(c.support.size() == 2);
    const auto& walk = c.support[0];
    CHECK(walk.name == "Riverside Park health walks");
    CHECK(walk.contactText == "Phone or contact: 020 7946 0101");
    CHECK(walk.howText.find("How to get in touch: No referral needed") == 0);
    CHECK(walk.referralText.empty());
    const auto& podiatry = c.support[1];
    CHECK(podiatry.referred);
    CHECK(podiatry.referralStatus == "sent");
    CHECK(podiatry.referralText == "We have asked Community podiatry to contact you.");
    CHECK(podiatry.notHeardText == "If you have not heard from them, please phone us on 020 7946 0000.");
    CHECK(podiatry.howText.empty());
}

TEST_CASE("The printed care plan gives the targets agreed, the next review and the practice's phone", "[careplan]")
{
    Planned f;
    f.save(f.person, "Walk for 30 minutes every day");
    const auto c = f.compose(f.person);
    REQUIRE(c.targets.size() == 1);
    CHECK(c.targets[0].text == "The target you agreed: HbA1c 53 mmol/mol or less");
    CHECK(c.targets[0].whyText == "Why: agreed together");
    CHECK(c.nextReviewText
          == "Your next review is due by 23-Nov-2027. We will write to you before then to invite you.");
    CHECK(c.questionsText.find("Riverside Medical Practice on 020 7946 0000") != std::string::npos);
    CHECK(c.frame.page == "Page {page} of {pages}");
}

TEST_CASE("A care plan with nothing agreed in a part says so instead of printing an empty heading", "[careplan]")
{
    Planned f;
    f.save(f.person, "Walk for 30 minutes every day", false);
    const auto c = f.compose(f.person);
    CHECK(c.yourActions.empty());
    CHECK(c.noYourActionsText == "There is nothing for you to do this time.");
    CHECK(c.noTeamActionsText == "There is nothing for us to do this time.");
    CHECK(!c.noSupportText.empty());
    CHECK(!c.noTargetsText.empty());
}

TEST_CASE("The printed care plan is in the person's language and print size from their record", "[careplan]")
{
    Planned f;
    f.save(f.person, "প্রতিদিন ৩০ মিনিট হাঁটব");
    auto p = record::PatientRepository(f.db.store()).patient(f.person);
    REQUIRE(p.ok());
    auto patient = p->value;
    patient.preferredLanguage = "bn-GB";
    patient.largePrint = true;
    record::ChangeSet cs("edit-patient", f.person);
    cs.addPatient(patient, p->headSeq);
    REQUIRE(f.db.store().commit(cs).ok());

    const auto c = f.compose(f.person);
    CHECK(c.language == "bn");
    CHECK(c.largePrint);
    CHECK(c.title == "আপনার কেয়ার প্ল্যান");
    CHECK(c.goals[0].what == "প্রতিদিন ৩০ মিনিট হাঁটব");
    CHECK(c.yourActionsHeading == "আপনি যা করবেন");
    CHECK(c.targets[0].text.find("HbA1c (এইচবিএওয়ানসি) 53 mmol/mol বা তার কম") != std::string::npos);
    CHECK(c.nextReviewText.find("নভেম্বর") != std::string::npos);

    CarePlanLetterComposer::Options english;
    english.language = "en";
    english.largePrint = false;
    const auto e = f.compose(f.person, english);
    CHECK(e.language == "en");
    CHECK_FALSE(e.largePrint);
}

TEST_CASE("English and Bengali care plan wording are complete, and a file missing a string is refused", "[careplan]")
{
    CHECK(CarePlanWording::available() == std::vector<std::string>{"bn", "en"});
    for (const auto& language : CarePlanWording::available()) {
        auto w = CarePlanWording::forLanguage(language);
        REQUIRE(w.ok());
        CHECK(w->language() == language);
        for (const auto& path : CarePlanWording::requiredTexts())
            CHECK_FALSE(w->text(path).empty());
        // The results letter names the processes in the same language.
        CHECK(letters::LetterWording::forLanguage(language).ok());
    }
    CHECK(CarePlanWording::forLanguage("pl")->language() == "en");

    testing::TempDir dir;
    std::ifstream in(base::resourcePath(CarePlanWording::resourceFor("bn")));
    auto j = nlohmann::json::parse(in);
    j["support"].erase("referred");
    const auto broken = dir.file("careplan-wording-bn.json");
    std::ofstream(broken) << j.dump(2);
    auto refused = CarePlanWording::load(broken);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == base::ErrorCode::ResourceInvalid);
    CHECK(refused.error().field == "$.support.referred");

    j = nlohmann::json::parse(std::ifstream(base::resourcePath(CarePlanWording::resourceFor("en"))));
    j["support"]["referred"] = "We have asked them to contact you."; // {service} left out
    std::ofstream(broken) << j.dump(2);
    CHECK(CarePlanWording::load(broken).error().field == "$.support.referred");
}

TEST_CASE("A person with no saved care plan gets an error, not an empty care plan", "[careplan]")
{
    Planned f;
    f.save(f.other, "Give up smoking");
    auto c = CarePlanLetterComposer::compose(f.db.store(), f.person);
    REQUIRE_FALSE(c.ok());
    CHECK(c.error().code == base::ErrorCode::NotFound);
    CHECK(c.error().field == "care plan");
}

TEST_CASE("The printed care plan has only its own person's plan, referrals and name", "[careplan]")
{
    Planned f;
    f.save(f.person, "Walk for 30 minutes every day");
    f.save(f.other, "Give up smoking");
    const auto mine = f.compose(f.person);
    const auto his = f.compose(f.other);
    CHECK(mine.goals[0].what == "Walk for 30 minutes every day");
    CHECK(his.goals[0].what == "Give up smoking");
    CHECK(his.person.nhsNumber == "9434765870");
    CHECK(his.support.size() == 2);
    CHECK(mine.planId != his.planId);

    // A plan handed over with another person's record is refused, never printed under the wrong name.
    auto catalogue = clinical::CareProcessCatalogue::standard();
    REQUIRE(catalogue.ok());
    CarePlanLetterComposer::Facts facts;
    facts.person = record::PatientRepository(f.db.store()).patient(f.person)->value;
    facts.plan = careplan::CarePlanBook(f.db.store()).latest(f.other)->value().value;
    facts.today = date("2026-11-23");
    auto wrong = CarePlanLetterComposer::composeFrom(facts, **catalogue, *CarePlanWording::forLanguage("en"),
                                                     *letters::LetterWording::forLanguage("en"));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().code == base::ErrorCode::InvalidState);
}
