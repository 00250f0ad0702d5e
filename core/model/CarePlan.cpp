#include "core/model/CarePlan.h"

namespace carehouse::model {

std::string_view goalOutcomeCode(GoalReview::Outcome o)
{
    switch (o) {
    case GoalReview::Outcome::Achieved: return "achieved";
    case GoalReview::Outcome::Partly: return "partly";
    case GoalReview::Outcome::NotAchieved: return "not-achieved";
    case GoalReview::Outcome::NoLongerRelevant: return "no-longer-relevant";
    }
    return "achieved";
}

std::optional<GoalReview::Outcome> goalOutcomeFromCode(std::string_view code)
{
    for (auto o : {GoalReview::Outcome::Achieved, GoalReview::Outcome::Partly, GoalReview::Outcome::NotAchieved,
                   GoalReview::Outcome::NoLongerRelevant})
        if (goalOutcomeCode(o) == code)
            return o;
    return std::nullopt;
}

std::string_view actionOwnerCode(PlanAction::Owner o)
{
    return o == PlanAction::Owner::Team ? "team" : "person";
}

std::optional<PlanAction::Owner> actionOwnerFromCode(std::string_view code)
{
    if (code == "team")
        return PlanAction::Owner::Team;
    if (code == "person")
        return PlanAction::Owner::Person;
    return std::nullopt;
}

} // namespace carehouse::model
