#include "core/demo/DemoCarePlans.h"

#include "core/demo/DemoRandom.h"
#include "core/model/CarePlan.h"
#include "core/model/Referral.h"
#include "core/recall/CareCycle.h"
#include "core/record/ChangeSet.h"

#include <array>
#include <optional>

namespace carehouse::demo {

using base::CivilDate;

namespace {

struct GoalIdea
{
    const char* what;
    const char* why;
    const char* serviceId; // support that goes with it; empty for none
    const char* serviceName;
    const char* kind;
    const char* contact;
    bool referred;
    const char* personAction;
};

// What people say in the room, in their words, with the support that usually goes with it.
constexpr std::array<GoalIdea, 10> kIdeas{{
    {"Walk to the shops and back three mornings a week", "so I can keep up with my grandchildren", "riverside-walkers",
     "Riverside Park health walks", "walking-group", "020 7946 0101", false, "Try the Tuesday walk from the park café"},
    {"Swap fizzy drinks for water or tea without sugar", "I want my sugar down without more tablets", "", "", "", "",
     false, "Keep a bottle of water in the car"},
    {"Check my feet every evening", "my dad lost toes to diabetes", "community-podiatry", "Community podiatry",
     "podiatry", "020 7946 0150", true, "Ask my daughter to check between my toes on Sundays"},
    {"Lose half a stone by the summer", "to feel comfortable at my son's wedding", "healthy-weight",
     "Healthy Weight programme (12 weeks)", "weight-management", "020 7946 0110", true, "Smaller plates at dinner"},
    {"Take my tablets every morning with breakfast", "I keep forgetting and then I worry", "", "", "", "", false,
     "Set a reminder on my phone for 8 o'clock"},
    {"Stop smoking by the new year", "for my breathing and my heart", "stop-smoking", "Riverside Stop Smoking Service",
     "smoking-cessation", "020 7946 0170", false, "Pick a quit date and tell my family"},
    {"Learn more about what my diabetes means", "nobody explained it properly when I was diagnosed", "desmond-course",
     "Type 2 diabetes structured education course", "structured-education", "020 7946 0130", true,
     "Go to the course when they phone with a date"},
    {"Talk to someone about feeling low", "I have not felt myself since I stopped working", "talking-therapies",
     "Riverside Talking Therapies", "psychological-therapy", "020 7946 0140", true,
     "Phone Talking Therapies if I have not heard in two weeks"},
    {"Eat smaller portions of rice and chapatis at dinner", "to bring my weight and my sugar down",
     "community-dietetics", "Community dietitians", "dietetics", "020 7946 0160", true,
     "Write down what I eat for one week before seeing the dietitian"},
    {"Get out of the house and meet people", "it gets lonely since my wife died", "diabetes-buddies",
     "Diabetes Buddies peer support", "peer-support", "020 7946 0120", false,
     "Go along to the first Monday meeting at the library"},
}};

struct TeamAction
{
    const char* what;
    const char* who;
    int days;
};

constexpr std::array<TeamAction, 4> kTeamActions{{
    {"Review the diabetes tablets once the next HbA1c is back", "Dr Gareth Lloyd", 90},
    {"Phone to see how things are going", "Nadia Rahman (practice nurse)", 42},
    {"Recheck blood pressure with the healthcare assistant", "Healthcare assistant", 56},
    {"Send the structured education course details", "Practice nurse", 14},
}};

// The practice's own rule for the next review (the default recall, a year after the
// consultation), so the demo's recall cycle is the same with or without plans.
CivilDate nextReviewAfter(CivilDate consulted)
{
    return recall::CareCycle::addMonths(consulted, 12);
}

model::Referral::Status progressed(DemoRandom& rng, int daysAgo)
{
    using S = model::Referral::Status;
    if (daysAgo < 14)
        return S::Sent;
    if (daysAgo < 60)
        return rng.chance(0.7) ? S::Accepted : S::Sent;
    const double r = rng.uniform();
    return r < 0.55 ? S::ReferredBack : r < 0.85 ? S::Seen : S::Declined;
}

} // namespace

int DemoCarePlans::add(DemoRandom& rng, record::ChangeSet& cs, const model::Patient& person,
                       const std::vector<CivilDate>& consultations, const std::vector<std::string>& conditions,
                       CivilDate today, const NewId& newId)
{
    int added = 0;
    const std::size_t first = consultations.size() > 2 ? consultations.size() - 2 : 0;
    std::optional<model::CarePlan> previous;
    for (std::size_t i = first; i < consultations.size(); ++i) {
        const CivilDate on = consultations[i];
        model::CarePlan plan;
        plan.id = newId();
        plan.patientId = person.id;
        plan.consultedOn = on;
        plan.clinician = rng.chance(0.8) ? "nurse" : "gp";
        plan.clinicianName = plan.clinician == "nurse" ? "Nadia Rahman" : "Dr Gareth Lloyd";
        plan.conditions = conditions;
        plan.nextReview = nextReviewAfter(on);
        if (previous) {
            plan.previousPlanId = previous->id;
            for (const auto& g : previous->goals) {
                const double r = rng.uniform();
                const auto outcome = r < 0.35 ? model::GoalReview::Outcome::Achieved
                    : r < 0.75                ? model::GoalReview::Outcome::Partly
                    : r < 0.92                ? model::GoalReview::Outcome::NotAchieved
                                              : model::GoalReview::Outcome::NoLongerRelevant;
                plan.reviews.push_back({g.id, g.what, outcome, {}});
            }
            plan.targets = previous->targets;
        }
        const int goals = rng.chance(0.6) ? 1 : 2;
        std::size_t idea = rng.next() % kIdeas.size();
        for (int k = 0; k < goals; ++k, idea = (idea + 3) % kIdeas.size()) {
            const auto& g = kIdeas[idea];
            plan.goals.push_back({newId(), g.what, g.why, rng.between(4, 9), on});
            plan.actions.push_back({newId(), g.personAction, model::PlanAction::Owner::Person, {}, {}});
            if (*g.serviceId && rng.chance(0.75)) {
                model::SupportOffer s;
                s.serviceId = g.serviceId;
                s.serviceName = g.serviceName;
                s.kind = g.kind;
                s.contact = g.contact;
                s.referred = g.referred;
                plan.support.push_back(s);
                if (s.referred) {
                    model::Referral r;
                    r.id = newId();
                    r.patientId = person.id;
                    r.carePlanId = plan.id;
                    r.serviceId = s.serviceId;
                    r.serviceName = s.serviceName;
                    r.sentOn = on;
                    r.status = progressed(rng, today.daysSinceEpoch() - on.daysSinceEpoch());
                    r.statusOn = r.status == model::Referral::Status::Sent
                        ? on
                        : std::min(today, on.addDays(rng.between(7, 70)));
                    cs.addRecord(r);
                    ++added;
                }
            }
        }
        const auto& team = kTeamActions[rng.next() % kTeamActions.size()];
        plan.actions.push_back({newId(), team.what, model::PlanAction::Owner::Team, team.who, on.addDays(team.days)});
        // Older people at risk of hypos often agree a gentler HbA1c target.
        if (!previous && person.birthDate.valid() && person.birthDate.ageOn(on) >= 75 && rng.chance(0.5))
            plan.targets.push_back({"hba1c", 58, std::nullopt, "avoid hypos"});
        cs.addRecord(plan);
        ++added;
        previous = std::move(plan);
    }
    return added;
}

} // namespace carehouse::demo
