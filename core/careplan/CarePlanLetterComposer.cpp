#include "core/careplan/CarePlanLetterComposer.h"

#include "core/careplan/CarePlanBook.h"
#include "core/careplan/CarePlanWording.h"
#include "core/clinical/CareProcessCatalogue.h"
#include "core/letters/InvitationLetter.h"
#include "core/letters/LetterWording.h"
#include "core/letters/ResultsLetterComposer.h"
#include "core/model/NhsNumber.h"
#include "core/record/PatientRepository.h"
#include "core/record/RecordStore.h"

#include <algorithm>
#include <cctype>
#include <fmt/format.h>

namespace carehouse::careplan {

using base::Error;
using base::ErrorCode;

namespace {

std::string reviewKey(model::GoalReview::Outcome o)
{
    switch (o) {
    case model::GoalReview::Outcome::Achieved: return "reviews.achieved";
    case model::GoalReview::Outcome::Partly: return "reviews.partly";
    case model::GoalReview::Outcome::NotAchieved: return "reviews.notAchieved";
    case model::GoalReview::Outcome::NoLongerRelevant: return "reviews.noLongerRelevant";
    }
    return "reviews.achieved";
}

bool blank(const std::string& s)
{
    return std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isspace(c); });
}

// The person's referral for a service offered in this plan: the one the plan made, else the
// newest one for that service (a plan carried on from the last keeps its referral).
const model::Referral* referralFor(const std::vector<model::Referral>& referrals, const std::string& personId,
                                   const std::string& planId, const std::string& serviceId)
{
    const model::Referral* found = nullptr;
    for (const auto& r : referrals) {
        if (r.patientId != personId || r.serviceId != serviceId)
            continue;
        if (r.carePlanId == planId)
            return &r;
        if (!found || found->sentOn < r.sentOn)
            found = &r;
    }
    return found;
}

std::string referralKey(model::Referral::Status s)
{
    switch (s) {
    case model::Referral::Status::Sent: return "support.referred";
    case model::Referral::Status::Accepted: return "support.accepted";
    case model::Referral::Status::Seen:
    case model::Referral::Status::ReferredBack: return "support.seen";
    case model::Referral::Status::Declined: return "support.declined";
    }
    return "support.referred";
}

std::string targetValue(const clinical::CareProcessCatalogue& catalogue, const model::AgreedTarget& t)
{
    for (const auto& p : catalogue.processes())
        if (p.id == t.processId && !p.items.empty())
            return p.items.front().formatValue(t.upper, t.upper2, {});
    return fmt::format("{}", t.upper);
}

} // namespace

base::Result<CarePlanLetterContent> CarePlanLetterComposer::composeFrom(const Facts& facts,
                                                                        const clinical::CareProcessCatalogue& catalogue,
                                                                        const CarePlanWording& w,
                                                                        const letters::LetterWording& letterWording)
{
    const auto& person = facts.person;
    const auto& plan = facts.plan;
    // Another person's plan is never printed under this person's name.
    if (person.id.empty() || plan.patientId != person.id)
        return Error::make(ErrorCode::InvalidState, "care plan", plan.id).withDetail("the plan is not this person's");

    CarePlanLetterContent c;
    c.language = w.language();
    c.languageName = w.languageName();
    c.largePrint = facts.largePrint;
    c.date = facts.today;
    c.dateText = w.date(facts.today);
    c.planId = plan.id;
    c.consultedOn = plan.consultedOn;
    c.consultedOnText = w.date(plan.consultedOn);
    c.clinicianName = plan.clinicianName.empty() ? plan.clinician : plan.clinicianName;

    c.person.patientId = person.id;
    c.person.name = letters::InvitationLetter::recipientName(person);
    c.person.bannerName = model::bannerName(person);
    c.person.nhsNumber = person.nhsNumber;
    c.person.nhsNumberText = model::displayNhsNumber(person.nhsNumber);
    c.person.birthDateText = w.date(person.birthDate);
    c.person.addressWithheld = person.restricted;
    if (!person.restricted)
        for (const auto* line : {&person.addressLine1, &person.addressLine2, &person.town, &person.postcode})
            if (!line->empty())
                c.person.addressLines.push_back(*line);
    c.practice.name = facts.practice.name;
    c.practice.addressLines = facts.practice.addressLines;
    c.practice.phone = facts.practice.phone;
    const std::string phone = facts.practice.phone.empty() ? w.text("questions.phoneNotKnown") : facts.practice.phone;

    c.frame.phone = w.text("frame.phone");
    c.frame.nhsNumber = w.text("frame.nhsNumber");
    c.frame.page = w.text("frame.page");

    c.title = w.text("headings.title");
    c.intro = w.fill("headings.intro", {{"clinician", c.clinicianName}, {"date", c.consultedOnText}});

    c.goalsHeading = w.text("headings.goals");
    for (const auto& g : plan.goals) {
        CarePlanLetterGoal out;
        out.what = g.what;
        if (!blank(g.whyItMatters))
            out.whyText = w.fill("goals.why", {{"why", g.whyItMatters}});
        if (g.confidence >= 0 && g.confidence <= 10)
            out.confidenceText = w.fill("goals.confidence", {{"score", std::to_string(g.confidence)}});
        c.goals.push_back(std::move(out));
    }
    if (c.goals.empty())
        c.noGoalsText = w.text("goals.none");

    c.reviewsHeading = w.text("headings.reviews");
    for (const auto& r : plan.reviews)
        c.reviews.push_back({r.goalText, w.text(reviewKey(r.outcome)), r.note});

    c.yourActionsHeading = w.text("headings.yourActions");
    c.teamActionsHeading = w.text("headings.teamActions");
    for (const auto& a : plan.actions) {
        CarePlanLetterAction out;
        out.what = a.what;
        out.whenText
            = a.byWhen.valid() ? w.fill("actions.byWhen", {{"date", w.date(a.byWhen)}}) : w.text("actions.noDate");
        if (a.owner == model::PlanAction::Owner::Team) {
            out.whoText = w.fill("actions.who", {{"who", blank(a.who) ? w.text("actions.teamDefault") : a.who}});
            c.teamActions.push_back(std::move(out));
        } else {
            c.yourActions.push_back(std::move(out));
        }
    }
    if (c.yourActions.empty())
        c.noYourActionsText = w.text("actions.noneYours");
    if (c.teamActions.empty())
        c.noTeamActionsText = w.text("actions.noneTeam");

    c.supportHeading = w.text("headings.support");
    for (const auto& s : plan.support) {
        CarePlanLetterSupport out;
        out.name = s.serviceName;
        out.note = s.note;
        out.referred = s.referred;
        const auto service = facts.services.find(s.serviceId);
        const std::string contact
            = !blank(s.contact) ? s.contact : (service != facts.services.end() ? service->second.contact : "");
        if (!blank(contact))
            out.contactText = w.fill("support.contact", {{"contact", contact}});
        if (s.referred) {
            const auto* referral = referralFor(facts.referrals, person.id, plan.id, s.serviceId);
            const auto status = referral ? referral->status : model::Referral::Status::Sent;
            if (referral)
                out.referralStatus = std::string(model::referralStatusCode(status));
            out.referralText = w.fill(referralKey(status), {{"service", s.serviceName}});
            if (status == model::Referral::Status::Sent || status == model::Referral::Status::Accepted)
                out.notHeardText = w.fill("support.notHeard", {{"phone", phone}});
        } else if (service != facts.services.end() && !blank(service->second.howToRefer)) {
            out.howText = w.fill("support.howToGetInTouch", {{"how", service->second.howToRefer}});
        }
        c.support.push_back(std::move(out));
    }
    if (c.support.empty())
        c.noSupportText = w.text("support.none");

    c.targetsHeading = w.text("headings.targets");
    for (const auto& t : plan.targets) {
        const auto* named = letterWording.process(t.processId);
        CarePlanLetterTarget out;
        out.processId = t.processId;
        out.text = w.fill("targets.agreed",
                          {{"process", named ? named->name : t.processId},
                           {"target", w.fill("targets.orLess", {{"value", targetValue(catalogue, t)}})}});
        if (!blank(t.note))
            out.whyText = w.fill("targets.why", {{"why", t.note}});
        c.targets.push_back(std::move(out));
    }
    if (c.targets.empty())
        c.noTargetsText = w.text("targets.none");

    c.nextReviewHeading = w.text("headings.nextReview");
    c.nextReview = plan.nextReview;
    c.nextReviewText = w.fill("nextReview.due", {{"date", w.date(plan.nextReview)}});

    c.questionsHeading = w.text("headings.questions");
    c.questionsText = w.fill("questions.phone", {{"practice", facts.practice.name}, {"phone", phone}});
    c.largePrintOffer = w.text("phrases.largePrintOffer");
    return c;
}

base::Result<CarePlanLetterContent>
CarePlanLetterComposer::compose(record::RecordStore& store, const std::string& patientId, const Options& options)
{
    auto catalogue = clinical::CareProcessCatalogue::standard();
    if (!catalogue)
        return catalogue.error();
    record::PatientRepository repo(store);
    auto versioned = repo.patient(patientId);
    if (!versioned)
        return versioned.error();

    Facts facts;
    facts.person = versioned->value;
    CarePlanBook book(store);
    auto latest = book.latest(facts.person.id);
    if (!latest)
        return latest.error();
    if (!*latest)
        return Error::make(ErrorCode::NotFound, "care plan", facts.person.id);
    facts.plan = (*latest)->value;

    const auto language
        = letters::ResultsLetterComposer::primaryLanguage(options.language.value_or(facts.person.preferredLanguage));
    auto wording = CarePlanWording::forLanguage(language);
    if (!wording)
        return wording.error();
    auto letterWording = letters::LetterWording::forLanguage(wording->language());
    if (!letterWording)
        return letterWording.error();

    auto referrals = book.referrals(facts.person.id);
    if (!referrals)
        return referrals.error();
    for (const auto& r : *referrals)
        if (r.value.patientId == facts.person.id)
            facts.referrals.push_back(r.value);

    auto directory = ServicesDirectory::load(store);
    if (!directory)
        return directory.error();
    for (const auto& s : facts.plan.support)
        if (const auto* found = directory->byId(s.serviceId))
            facts.services.emplace(s.serviceId, *found);

    auto practice = letters::PracticeDetails::read(store);
    if (!practice)
        return practice.error();
    facts.practice = *practice;
    facts.today = options.today.valid() ? options.today : store.clock().today();
    facts.largePrint = options.largePrint.value_or(facts.person.largePrint);
    return composeFrom(facts, **catalogue, *wording, *letterWording);
}

} // namespace carehouse::careplan
