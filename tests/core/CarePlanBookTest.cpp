#include "core/careplan/CarePlanBook.h"

#include "core/careplan/CarePlanFhir.h"
#include "core/clinical/CareProcessCatalogue.h"
#include "core/letters/ResultsLetterComposer.h"
#include "core/questionnaire/ResponseRecorder.h"
#include "core/recall/RecallBook.h"
#include "core/recall/Worklist.h"
#include "core/record/IntegrityCheck.h"
#include "core/record/PatientRegistration.h"
#include "core/record/PatientSummaryReader.h"
#include "core/surveillance/ObservationRecorder.h"
#include "tests/support/TempDatabase.h"
#include "tests/support/TestPeople.h"

#include <catch2/catch.hpp>
#include <map>

using namespace carehouse;
using careplan::CarePlanBook;
using careplan::CarePlanDraft;

namespace {

struct Consultation
{
    testing::TempDatabase db{model::Role::Nurse};
    std::string person
        = testing::addPersonWithDiabetes(db.store(), "Begum", "Rokeya", "1956-02-04", "9434765919", "2012-01-01");

    CarePlanDraft draft()
    {
        auto d = CarePlanBook(db.store()).start(person);
        if (!d)
            FAIL(d.error().describe());
        return std::move(d).value();
    }
    static void addGoal(CarePlanDraft& d, const char* what, int confidence = 7)
    {
        model::Goal g;
        g.id = "goal-" + std::to_string(d.plan.goals.size() + 1) + "-" + d.plan.id.substr(0, 4);
        g.what = what;
        g.whyItMatters = "to keep up with my grandchildren";
        g.confidence = confidence;
        g.setOn = *base::CivilDate::parseIso("2026-11-23");
        d.plan.goals.push_back(g);
    }
    std::vector<std::string> fields(const CarePlanDraft& d)
    {
        std::vector<std::string> out;
        for (const auto& e : CarePlanBook(db.store()).check(d))
            out.push_back(e.field);
        return out;
    }
};

bool has(const std::vector<std::string>& v, const std::string& x)
{
    return std::find(v.begin(), v.end(), x) != v.end();
}

} // namespace

TEST_CASE("A care plan starts with the person's conditions and a review in a year", "[careplan]")
{
    Consultation c;
    const auto d = c.draft();
    CHECK(d.plan.patientId == c.person);
    CHECK(d.plan.consultedOn.iso() == "2026-11-23");
    CHECK(d.plan.clinician == "nurse");
    CHECK(d.plan.nextReview.iso() == "2027-11-23");
    CHECK(d.plan.conditions == std::vector<std::string>{"44054006"});
    CHECK(d.goalsToReview.empty());
    CHECK_FALSE(d.basedOnSeq);
}

TEST_CASE("A care plan needs a goal in the person's words, and names every problem", "[careplan]")
{
    Consultation c;
    auto d = c.draft();
    CHECK(has(c.fields(d), "goals"));
    Consultation::addGoal(d, "  ", 11);
    model::PlanAction team;
    team.what = "Refer to podiatry";
    team.owner = model::PlanAction::Owner::Team;
    team.byWhen = *base::CivilDate::parseIso("2026-11-01");
    d.plan.actions.push_back(team);
    d.plan.nextReview = *base::CivilDate::parseIso("2028-06-01");
    const auto f = c.fields(d);
    CHECK(has(f, "goals[0].what"));
    CHECK(has(f, "goals[0].confidence"));
    CHECK(has(f, "actions[0].who"));
    CHECK(has(f, "actions[0].byWhen"));
    CHECK(has(f, "nextReview"));
    auto saved = CarePlanBook(c.db.store()).save(d);
    REQUIRE_FALSE(saved.ok());
    CHECK(CarePlanBook(c.db.store()).history(c.person)->empty());
}

TEST_CASE("Saving the care plan closes the yearly cycle and records the consultation as attended", "[careplan][recall]")
{
    Consultation c;
    model::Appointment booked;
    booked.patientId = c.person;
    booked.type = model::Appointment::Type::CarePlanning;
    booked.date = *base::CivilDate::parseIso("2026-11-23");
    booked.minuteOfDay = 600;
    REQUIRE(recall::RecallBook(c.db.store()).book(booked).ok());
    REQUIRE(recall::WorklistReader(c.db.store()).cycleOf(c.person)->stage == recall::CycleStage::CarePlanningBooked);

    auto d = c.draft();
    Consultation::addGoal(d, "Walk to the market three mornings a week");
    model::SupportOffer walk;
    walk.serviceId = "mill-road-walk";
    walk.serviceName = "Mill Road women's walking group";
    walk.kind = "walking-group";
    d.plan.support.push_back(walk);
    model::SupportOffer podiatry;
    podiatry.serviceId = "community-podiatry";
    podiatry.serviceName = "Community podiatry";
    podiatry.kind = "podiatry";
    podiatry.note = "moderate foot risk";
    podiatry.referred = true;
    d.plan.support.push_back(podiatry);
    auto saved = CarePlanBook(c.db.store()).save(d);
    if (!saved)
        FAIL(saved.error().describe());

    auto cycle = recall::WorklistReader(c.db.store()).cycleOf(c.person);
    REQUIRE(cycle.ok());
    REQUIRE(cycle->lastCarePlanning);
    CHECK(cycle->lastCarePlanning->iso() == "2026-11-23");
    CHECK(cycle->stage == recall::CycleStage::NotDue);
    auto referrals = CarePlanBook(c.db.store()).referrals(c.person);
    REQUIRE(referrals->size() == 1);
    CHECK((*referrals)[0].value.serviceName == "Community podiatry");
    CHECK((*referrals)[0].value.status == model::Referral::Status::Sent);

    // Read back whole.
    auto latest = CarePlanBook(c.db.store()).latest(c.person);
    REQUIRE(latest->has_value());
    CHECK((*latest)->value == *saved);
    auto check = record::IntegrityCheck(c.db.store()).run();
    REQUIRE(check.ok());
    CHECK(check->ok());
}

TEST_CASE("Carrying on with today's plan saves a new version, and an older window's copy is refused", "[careplan]")
{
    Consultation c;
    auto first = c.draft();
    Consultation::addGoal(first, "Cut down to one sugar in tea");
    REQUIRE(CarePlanBook(c.db.store()).save(first).ok());

    auto windowA = c.draft();
    auto windowB = c.draft();
    REQUIRE(windowA.basedOnSeq);
    CHECK(windowA.plan.id == first.plan.id);
    Consultation::addGoal(windowA, "Take my tablets with breakfast");
    REQUIRE(CarePlanBook(c.db.store()).save(windowA).ok());
    Consultation::addGoal(windowB, "Something typed in another window");
    auto stale = CarePlanBook(c.db.store()).save(windowB);
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().code == base::ErrorCode::StaleVersion);
    auto history = CarePlanBook(c.db.store()).history(c.person);
    REQUIRE(history->size() == 1);
    CHECK(history->front().goals.size() == 2);
}

TEST_CASE("Next year's plan reviews last year's goals and keeps the agreed targets", "[careplan]")
{
    Consultation c;
    auto d = c.draft();
    Consultation::addGoal(d, "Walk to the market three mornings a week");
    model::AgreedTarget hba1c;
    hba1c.processId = "hba1c";
    hba1c.upper = 53;
    hba1c.note = "agreed: lower risk of hypos is not an issue";
    d.plan.targets.push_back(hba1c);
    REQUIRE(CarePlanBook(c.db.store()).save(d).ok());

    c.db.clock().advance(std::int64_t(360) * 24 * 3600 * 1000);
    auto next = c.draft();
    CHECK_FALSE(next.basedOnSeq);
    CHECK(next.plan.previousPlanId == d.plan.id);
    REQUIRE(next.goalsToReview.size() == 1);
    REQUIRE(next.plan.targets.size() == 1);
    CHECK(next.plan.targets[0].upper == 53);
    REQUIRE(next.plan.reviews.size() == 1);
    next.plan.reviews.clear();
    Consultation::addGoal(next, "Swim once a week");
    CHECK(has(c.fields(next), "reviews"));
    next.plan.reviews.push_back({next.goalsToReview[0].id, next.goalsToReview[0].what,
                                 model::GoalReview::Outcome::Achieved, "walks most days now"});
    REQUIRE(CarePlanBook(c.db.store()).save(next).ok());
    auto history = CarePlanBook(c.db.store()).history(c.person);
    REQUIRE(history->size() == 2);
    CHECK(history->back().reviews[0].outcome == model::GoalReview::Outcome::Achieved);
}

TEST_CASE("Only clinicians record care plans; the admin team records what comes back from a referral",
          "[careplan][security]")
{
    Consultation c;
    auto d = c.draft();
    Consultation::addGoal(d, "Try the walking group");
    model::SupportOffer dsn;
    dsn.serviceName = "Diabetes specialist nurse clinic";
    dsn.referred = true;
    d.plan.support.push_back(dsn);
    c.db.loginAs(model::Role::Hca);
    CHECK(CarePlanBook(c.db.store()).save(d).error().code == base::ErrorCode::PermissionDenied);
    c.db.loginAs(model::Role::Nurse);
    REQUIRE(CarePlanBook(c.db.store()).save(d).ok());
    const auto id = (*CarePlanBook(c.db.store()).referrals(c.person))[0].value.id;
    c.db.loginAs(model::Role::Receptionist);
    REQUIRE(CarePlanBook(c.db.store()).setReferralStatus(id, model::Referral::Status::Accepted).ok());
    CHECK((*CarePlanBook(c.db.store()).referrals(c.person))[0].value.status == model::Referral::Status::Accepted);
}

TEST_CASE("A care plan exports as FHIR R4: CarePlan, the person's goals, agreed targets and referrals",
          "[careplan][fhir]")
{
    Consultation c;
    auto d = c.draft();
    Consultation::addGoal(d, "Walk to the market three mornings a week", 8);
    model::AgreedTarget hba1c;
    hba1c.processId = "hba1c";
    hba1c.upper = 53;
    d.plan.targets.push_back(hba1c);
    model::PlanAction a;
    a.what = "Book the podiatry appointment";
    a.owner = model::PlanAction::Owner::Team;
    a.who = "Reception";
    d.plan.actions.push_back(a);
    model::SupportOffer podiatry;
    podiatry.serviceName = "Community podiatry";
    podiatry.referred = true;
    d.plan.support.push_back(podiatry);
    auto saved = CarePlanBook(c.db.store()).save(d);
    REQUIRE(saved.ok());
    auto person = record::PatientRepository(c.db.store()).patient(c.person);
    std::vector<model::Referral> referrals;
    auto stored = CarePlanBook(c.db.store()).referrals(c.person);
    REQUIRE(stored.ok());
    for (auto& r : *stored)
        referrals.push_back(r.value);
    auto catalogue = clinical::CareProcessCatalogue::standard();
    const auto bundle = careplan::carePlanBundle(person->value, *saved, referrals, **catalogue);
    CHECK(bundle["resourceType"] == "Bundle");
    std::map<std::string, std::vector<nlohmann::json>> byType;
    for (const auto& e : bundle["entry"])
        byType[e["resource"]["resourceType"].get<std::string>()].push_back(e["resource"]);
    REQUIRE(byType["CarePlan"].size() == 1);
    REQUIRE(byType["Goal"].size() == 2);
    REQUIRE(byType["ServiceRequest"].size() == 1);
    const auto& plan = byType["CarePlan"][0];
    CHECK(plan["status"] == "active");
    CHECK(plan["intent"] == "plan");
    CHECK(plan["subject"]["identifier"]["value"] == "9434765919");
    CHECK(plan["period"]["end"] == "2027-11-23");
    CHECK(plan["goal"].size() == 2);
    CHECK(plan["activity"].size() == 2);
    CHECK(byType["Goal"][0]["description"]["text"] == "Walk to the market three mornings a week");
    const auto& target = byType["Goal"][1]["target"][0];
    CHECK(target["measure"]["coding"][0]["code"] == "59261-8");
    CHECK(target["detailQuantity"]["value"] == 53);
    CHECK(target["detailQuantity"]["comparator"] == "<=");
    CHECK(target["detailQuantity"]["code"] == "mmol/mol");
    CHECK(byType["ServiceRequest"][0]["status"] == "active");
    CHECK(byType["ServiceRequest"][0]["code"]["text"] == "Community podiatry");
}

TEST_CASE("A target agreed in care planning replaces the practice's in the person's summary and letter",
          "[careplan][letters][safety]")
{
    Consultation c;
    const auto other = testing::addPersonWithDiabetes(c.db.store(), "Ali", "Yusuf", "1950-01-01",
                                                      testing::testNhsNumber(7), "2012-01-01");
    for (const auto& id : {c.person, other}) {
        surveillance::ObservationRecorder rec(c.db.store());
        auto v = rec.prepare(id, "hba1c", "55", "mmol/mol", "20/11/2026", false);
        REQUIRE(v.ok());
        REQUIRE(rec.record(*v).ok());
    }
    auto d = c.draft();
    Consultation::addGoal(d, "Keep my sugars steady");
    model::AgreedTarget hba1c;
    hba1c.processId = "hba1c";
    hba1c.upper = 53;
    d.plan.targets.push_back(hba1c);
    REQUIRE(CarePlanBook(c.db.store()).save(d).ok());

    auto flagOf = [&](const std::string& id) {
        auto summary = record::PatientSummaryReader(c.db.store()).open(id);
        REQUIRE(summary.ok());
        for (const auto& row : summary->careProcesses)
            if (row.item.id == "hba1c")
                return row.flag;
        return std::string("no row");
    };
    CHECK(flagOf(c.person) == "Above the target agreed (53 mmol/mol or less)");
    CHECK(flagOf(other).empty()); // 55 is within the practice's 58 for everyone else

    auto letter = letters::ResultsLetterComposer::compose(c.db.store(), c.person);
    REQUIRE(letter.ok());
    CHECK(letter->rows[0].targetAgreed);
    CHECK(letter->rows[0].targetText == "The target you agreed: 53 mmol/mol or less");
    CHECK(letter->rows[0].aboveTarget);
    auto otherLetter = letters::ResultsLetterComposer::compose(c.db.store(), other);
    REQUIRE(otherLetter.ok());
    CHECK_FALSE(otherLetter->rows[0].targetAgreed);
    CHECK(otherLetter->rows[0].targetText == "Our practice's target: 58 mmol/mol or less");
}

TEST_CASE("The next review agreed in the care plan is when the person is next due", "[careplan][recall]")
{
    Consultation c;
    auto d = c.draft();
    Consultation::addGoal(d, "Get my HbA1c down");
    d.plan.nextReview = *base::CivilDate::parseIso("2027-05-23"); // six months: a harder year
    REQUIRE(CarePlanBook(c.db.store()).save(d).ok());
    auto cycle = recall::WorklistReader(c.db.store()).cycleOf(c.person);
    REQUIRE(cycle.ok());
    CHECK(cycle->dueDate.iso() == "2027-05-23");
    // Everyone's worklist read agrees with one person's.
    auto everyone = recall::WorklistReader(c.db.store()).everyone();
    REQUIRE(everyone.ok());
    REQUIRE(everyone->size() == 1);
    CHECK(everyone->front().cycle.dueDate.iso() == "2027-05-23");
}

namespace {

questionnaire::Response agendaAnswers(const std::string& authored, std::vector<std::string> topicCodes,
                                      const std::string& mattersMost)
{
    questionnaire::Response r;
    r.questionnaireUrl = careplan::ReturnedAgenda::kQuestionnaireUrl;
    r.authored = authored;
    const std::string system = "https://carehouse.example/CodeSystem/agenda-topic";
    const std::map<std::string, std::string> display{
        {"feet", "Feet"}, {"medicines", "Medicines"}, {"mood", "Mood, stress and worries"}, {"other", "Anything else"}};
    for (const auto& code : topicCodes)
        r.answers["topics"].push_back(questionnaire::AnswerValue::ofCoding({system, code, display.at(code)}));
    if (std::find(topicCodes.begin(), topicCodes.end(), "other") != topicCodes.end())
        r.answers["topics-other"].push_back(questionnaire::AnswerValue::ofString("My eyesight for driving"));
    if (!mattersMost.empty())
        r.answers["matters-most"].push_back(questionnaire::AnswerValue::ofString(mattersMost));
    return r;
}

void returnAgenda(Consultation& c, const std::string& authored, std::vector<std::string> topics,
                  const std::string& mattersMost)
{
    questionnaire::ResponseRecorder recorder(c.db.store());
    auto prepared = recorder.prepare(c.person, "care-planning-agenda", agendaAnswers(authored, topics, mattersMost));
    REQUIRE(prepared.ok());
    INFO((prepared->problems.empty() ? std::string() : prepared->problems.front().describe()));
    REQUIRE(prepared->problems.empty());
    REQUIRE(recorder.record(*prepared).ok());
}

} // namespace

TEST_CASE("The agenda the person returned starts the consultation, in their words", "[careplan][questionnaire]")
{
    Consultation c;
    CHECK_FALSE(c.draft().returnedAgenda);
    returnAgenda(c, "2026-11-10", {"feet", "other", "medicines"}, "Keeping well enough to look after my husband");
    const auto d = c.draft();
    REQUIRE(d.returnedAgenda);
    CHECK(d.returnedAgenda->completedOn.iso() == "2026-11-10");
    // "Anything else" is not a topic in itself: what they wrote for it is.
    CHECK(d.returnedAgenda->topics == std::vector<std::string>{"Feet", "Medicines"});
    CHECK(d.returnedAgenda->otherTopic == "My eyesight for driving");
    CHECK(d.returnedAgenda->mattersMost == "Keeping well enough to look after my husband");
    CHECK(d.returnedAgenda->questions.empty());

    // A newer one wins.
    returnAgenda(c, "2026-11-20", {"mood"}, "");
    REQUIRE(c.draft().returnedAgenda);
    CHECK(c.draft().returnedAgenda->topics == std::vector<std::string>{"Mood, stress and worries"});
}

TEST_CASE("An agenda returned before the last consultation is not brought into the next one",
          "[careplan][questionnaire]")
{
    Consultation c;
    returnAgenda(c, "2026-11-10", {"feet"}, "");
    auto d = c.draft();
    Consultation::addGoal(d, "Check my feet every evening");
    REQUIRE(CarePlanBook(c.db.store()).save(d).ok());
    // Carrying on with today's plan still shows what they brought today.
    REQUIRE(c.draft().returnedAgenda);
    c.db.clock().advance(std::int64_t(362) * 24 * 3600 * 1000); // 20-Nov-2027
    CHECK_FALSE(c.draft().returnedAgenda);
    returnAgenda(c, "2027-11-01", {"medicines"}, "");
    REQUIRE(c.draft().returnedAgenda);
    CHECK(c.draft().returnedAgenda->completedOn.iso() == "2027-11-01");
}

TEST_CASE("One review for several conditions: the plan covers them all and each worklist holds the person once",
          "[careplan][recall]")
{
    Consultation c;
    record::PatientRegistration reg(c.db.store());
    REQUIRE(reg.addDiagnosis(c.person, "38341003", "2016-05-01").ok()); // hypertension
    REQUIRE(reg.addDiagnosis(c.person, "709044004", "2019-09-01").ok()); // CKD
    REQUIRE(reg.addDiagnosis(c.person, "46635009", "2020-01-01").ok()); // a second diabetes code, recorded in error
    const auto d = c.draft();
    CHECK(d.plan.conditions == std::vector<std::string>{"44054006", "38341003", "709044004", "46635009"});

    auto everyone = recall::WorklistReader(c.db.store()).everyone();
    REQUIRE(everyone.ok());
    REQUIRE(everyone->size() == 1);
    CHECK(everyone->front().alsoReviewed == std::vector<std::string>{"Hypertension", "Chronic kidney disease"});
    for (auto kind : recall::allWorklists()) {
        auto list = recall::WorklistReader(c.db.store()).list(kind);
        REQUIRE(list.ok());
        CHECK(list->size() <= 1);
    }
}
