#pragma once

#include "core/base/CivilDate.h"
#include "core/letters/ResultsLetterContent.h"

#include <string>
#include <vector>

namespace carehouse::careplan {

// What the person's printed care plan says, in their language, before it is printed
// (ui/print/CarePlanRenderer lays it out). Written for the person: "you" is them, "we" the
// practice. Every sentence is already worded from resources/careplan/careplan-wording-
// <language>.json around the person's own words, which are printed as they were said. A part
// with nothing in it carries the sentence that says so, never a blank heading.

struct CarePlanLetterGoal
{
    std::string what; // the person's own words
    std::string whyText; // "Why it matters to you: ..."; empty when not said
    std::string confidenceText; // "How sure you felt that you can do it: 7 out of 10"; empty when not asked
};

struct CarePlanLetterReview
{
    std::string goalText; // the last plan's goal, as it was set
    std::string outcomeText; // "You did it."
    std::string note;
};

struct CarePlanLetterAction
{
    std::string what;
    std::string whoText; // the team's: "Who: Practice nurse"; empty for the person's own
    std::string whenText; // "By 12-Jan-2027" / "When you are ready"
};

struct CarePlanLetterSupport
{
    std::string name; // the service
    std::string contactText; // "Phone or contact: 020 7946 0123"
    std::string howText; // self-referral: "How to get in touch: ..."; empty when referred
    std::string referralText; // referred: "We have asked ... to contact you." (by the referral's status)
    std::string notHeardText; // referred and still open: "If you have not heard from them, ..."
    std::string note; // what the clinician wrote when offering it
    bool referred = false;
    std::string referralStatus; // model::referralStatusCode when referred and the referral is found
};

struct CarePlanLetterTarget
{
    std::string processId;
    std::string text; // "The target you agreed: HbA1c 53 mmol/mol or less"
    std::string whyText; // "Why: ..."; empty when no note
};

struct CarePlanLetterContent
{
    std::string language;
    std::string languageName;
    bool largePrint = false;
    base::CivilDate date; // printed on
    std::string dateText;

    std::string planId;
    base::CivilDate consultedOn;
    std::string consultedOnText;
    std::string clinicianName;

    std::string title; // "Your care plan"
    std::string intro;

    std::string goalsHeading;
    std::vector<CarePlanLetterGoal> goals;
    std::string noGoalsText; // filled when there are no goals

    std::string reviewsHeading; // printed only when there are reviews
    std::vector<CarePlanLetterReview> reviews;

    std::string yourActionsHeading; // "What you will do"
    std::vector<CarePlanLetterAction> yourActions;
    std::string noYourActionsText;

    std::string teamActionsHeading; // "What we will do"
    std::vector<CarePlanLetterAction> teamActions;
    std::string noTeamActionsText;

    std::string supportHeading;
    std::vector<CarePlanLetterSupport> support;
    std::string noSupportText;

    std::string targetsHeading;
    std::vector<CarePlanLetterTarget> targets;
    std::string noTargetsText;

    std::string nextReviewHeading;
    base::CivilDate nextReview;
    std::string nextReviewText;

    std::string questionsHeading;
    std::string questionsText; // the practice's phone
    std::string largePrintOffer;

    letters::ResultsLetterFrameWords frame;
    letters::ResultsLetterPerson person;
    letters::ResultsLetterPractice practice;
};

} // namespace carehouse::careplan
