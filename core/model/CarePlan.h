#pragma once

#include "core/base/CivilDate.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace carehouse::model {

// One goal the person set, in their own words: what they want, why it matters to them, and how
// confident they are (0 not at all, 10 completely) that they can do it.
struct Goal
{
    std::string id;
    std::string what;
    std::string whyItMatters;
    int confidence = -1; // 0..10; -1 not asked
    base::CivilDate setOn;

    bool operator==(const Goal&) const = default;
};

// How a goal from the last plan went, looked at together at the next consultation.
struct GoalReview
{
    enum class Outcome
    {
        Achieved,
        Partly,
        NotAchieved,
        NoLongerRelevant
    };
    std::string goalId;
    std::string goalText; // as it was set: the plan it came from may change later
    Outcome outcome = Outcome::Achieved;
    std::string note;

    bool operator==(const GoalReview&) const = default;
};

// Something to be done: by the person or by the team (named), by when.
struct PlanAction
{
    enum class Owner
    {
        Person,
        Team
    };
    std::string id;
    std::string what;
    Owner owner = Owner::Person;
    std::string who; // for the team: "Practice nurse", "Dr Okoye"; for the person: empty
    base::CivilDate byWhen;

    bool operator==(const PlanAction&) const = default;
};

// Support from the services directory offered to the person; `referred` when the team refers
// (a Referral then tracks it), otherwise the person contacts the service themselves.
struct SupportOffer
{
    std::string serviceId;
    std::string serviceName; // as it was when offered
    std::string kind;
    std::string contact;
    std::string note;
    bool referred = false;

    bool operator==(const SupportOffer&) const = default;
};

// An individual target agreed with the person for one care process: it replaces the practice's
// target in letters and flags for this person until a later plan changes it.
struct AgreedTarget
{
    std::string processId; // "hba1c", "blood-pressure", "cholesterol"
    double upper = 0; // the value at or below which the process is on target
    std::optional<double> upper2; // diastolic for blood pressure
    std::string note; // why: "avoid hypos: lives alone"

    bool operator==(const AgreedTarget&) const = default;
};

// The outcome of a care planning consultation: the person's agenda, last plan's goals
// reviewed, new goals in the person's words, the action plan, support and referrals offered,
// individual targets and the next review. Each save is a new version of the record.
struct CarePlan
{
    std::string id;
    std::string patientId;
    base::CivilDate consultedOn;
    std::string clinician; // username
    std::string clinicianName;
    std::string agenda; // what the person wanted to talk about
    std::vector<std::string> conditions; // long-term conditions this one review covered (condition ids)
    std::vector<GoalReview> reviews;
    std::vector<Goal> goals;
    std::vector<PlanAction> actions;
    std::vector<SupportOffer> support;
    std::vector<AgreedTarget> targets;
    base::CivilDate nextReview;
    std::string previousPlanId; // the plan whose goals were reviewed; empty for the first

    bool operator==(const CarePlan&) const = default;
};

std::string_view goalOutcomeCode(GoalReview::Outcome o); // "achieved", "partly", "not-achieved", "no-longer-relevant"
std::optional<GoalReview::Outcome> goalOutcomeFromCode(std::string_view code);
std::string_view actionOwnerCode(PlanAction::Owner o); // "person", "team"
std::optional<PlanAction::Owner> actionOwnerFromCode(std::string_view code);

} // namespace carehouse::model
