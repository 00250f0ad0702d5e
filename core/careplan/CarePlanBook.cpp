#include "core/careplan/CarePlanBook.h"

#include "core/base/Uuid.h"
#include "core/model/Appointment.h"
#include "core/record/FieldRecordReader.h"
#include "core/record/RecordStore.h"

#include <algorithm>
#include <fmt/format.h>

namespace carehouse::careplan {

using base::Error;
using base::ErrorCode;

namespace {

std::string at(const char* list, std::size_t i, const char* field)
{
    return fmt::format("{}[{}].{}", list, i, field);
}

bool blank(const std::string& s)
{
    return std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isspace(c); });
}

} // namespace

base::Result<std::optional<record::Versioned<model::CarePlan>>> CarePlanBook::latest(const std::string& patientId)
{
    if (auto st = m_store.require(security::Permission::ViewRecord); !st)
        return st.error();
    auto plans = record::FieldRecordReader(m_store).all<model::CarePlan>(
        "patient_id = ? ORDER BY consulted_on DESC, head_seq DESC LIMIT 1", {patientId});
    if (!plans)
        return plans.error();
    if (plans->empty())
        return std::optional<record::Versioned<model::CarePlan>>{};
    return std::optional<record::Versioned<model::CarePlan>>{std::move(plans->front())};
}

base::Result<std::vector<model::CarePlan>> CarePlanBook::history(const std::string& patientId)
{
    if (auto st = m_store.require(security::Permission::ViewRecord); !st)
        return st.error();
    auto plans = record::FieldRecordReader(m_store).all<model::CarePlan>(
        "patient_id = ? ORDER BY consulted_on, head_seq", {patientId});
    if (!plans)
        return plans.error();
    std::vector<model::CarePlan> out;
    for (auto& p : *plans)
        out.push_back(std::move(p.value));
    return out;
}

base::Result<std::vector<record::Versioned<model::Referral>>> CarePlanBook::referrals(const std::string& patientId)
{
    if (auto st = m_store.require(security::Permission::ViewRecord); !st)
        return st.error();
    return record::FieldRecordReader(m_store).all<model::Referral>("patient_id = ? ORDER BY sent_on, id", {patientId});
}

base::Result<CarePlanDraft> CarePlanBook::start(const std::string& patientId)
{
    if (auto st = m_store.require(security::Permission::ViewRecord); !st)
        return st.error();
    auto person = record::PatientRepository(m_store).patient(patientId);
    if (!person)
        return person.error();
    const auto today = m_store.clock().today();
    auto last = latest(patientId);
    if (!last)
        return last.error();

    CarePlanDraft d;
    if (*last && (*last)->value.consultedOn == today) {
        // Carrying on with today's plan: the same record, a new version of it.
        d.plan = (*last)->value;
        d.basedOnSeq = (*last)->headSeq;
        auto all = history(patientId);
        if (!all)
            return all.error();
        base::CivilDate previousOn;
        for (const auto& p : *all)
            if (p.id == d.plan.previousPlanId) {
                d.goalsToReview = p.goals;
                previousOn = p.consultedOn;
            }
        auto agenda = ReturnedAgenda::latest(m_store, patientId, previousOn);
        if (!agenda)
            return agenda.error();
        d.returnedAgenda = std::move(agenda).value();
        return d;
    }
    d.plan.id = base::newUuid();
    d.plan.patientId = patientId;
    d.plan.consultedOn = today;
    if (const auto& user = m_store.currentUser()) {
        d.plan.clinician = user->username;
        d.plan.clinicianName = user->displayName;
    }
    d.plan.nextReview = today.addYears(1);
    auto conditions = record::PatientRepository(m_store).conditions(patientId);
    if (!conditions)
        return conditions.error();
    for (const auto& c : *conditions)
        if (c.value.status == model::Condition::Status::Active
            && std::find(d.plan.conditions.begin(), d.plan.conditions.end(), c.value.code) == d.plan.conditions.end())
            d.plan.conditions.push_back(c.value.code);
    if (*last) {
        const auto& previous = (*last)->value;
        d.plan.previousPlanId = previous.id;
        d.goalsToReview = previous.goals;
        for (const auto& g : previous.goals)
            d.plan.reviews.push_back({g.id, g.what, model::GoalReview::Outcome::Partly, {}});
        // Targets agreed stay agreed until the person and clinician change them.
        d.plan.targets = previous.targets;
    }
    auto agenda = ReturnedAgenda::latest(m_store, patientId, *last ? (*last)->value.consultedOn : base::CivilDate());
    if (!agenda)
        return agenda.error();
    d.returnedAgenda = std::move(agenda).value();
    return d;
}

std::vector<base::Error> CarePlanBook::check(const CarePlanDraft& d) const
{
    std::vector<Error> problems;
    const auto& p = d.plan;
    const auto today = m_store.clock().today();
    if (p.patientId.empty())
        problems.push_back(Error::make(ErrorCode::RequiredField, "patient"));
    if (p.goals.empty())
        problems.push_back(Error::make(ErrorCode::RequiredField, "goals")
                               .withDetail("a care plan ends with at least one goal in the person's own words"));
    for (std::size_t i = 0; i < p.goals.size(); ++i) {
        const auto& g = p.goals[i];
        if (blank(g.what))
            problems.push_back(Error::make(ErrorCode::RequiredField, at("goals", i, "what")));
        if (g.confidence < -1 || g.confidence > 10)
            problems.push_back(
                Error::make(ErrorCode::ImplausibleValue, at("goals", i, "confidence"), std::to_string(g.confidence))
                    .withDetail("confidence is 0 to 10"));
    }
    for (const auto& goal : d.goalsToReview)
        if (std::none_of(p.reviews.begin(), p.reviews.end(),
                         [&](const model::GoalReview& r) { return r.goalId == goal.id; }))
            problems.push_back(Error::make(ErrorCode::RequiredField, "reviews", goal.what)
                                   .withDetail("each goal from the last plan is reviewed"));
    for (std::size_t i = 0; i < p.actions.size(); ++i) {
        const auto& a = p.actions[i];
        if (blank(a.what))
            problems.push_back(Error::make(ErrorCode::RequiredField, at("actions", i, "what")));
        if (a.owner == model::PlanAction::Owner::Team && blank(a.who))
            problems.push_back(Error::make(ErrorCode::RequiredField, at("actions", i, "who")));
        if (a.byWhen.valid() && a.byWhen < today)
            problems.push_back(Error::make(ErrorCode::DateImplausible, at("actions", i, "byWhen"), a.byWhen.display()));
    }
    for (std::size_t i = 0; i < p.support.size(); ++i)
        if (blank(p.support[i].serviceName))
            problems.push_back(Error::make(ErrorCode::RequiredField, at("support", i, "serviceName")));
    for (std::size_t i = 0; i < p.targets.size(); ++i) {
        const auto& t = p.targets[i];
        if (t.processId.empty())
            problems.push_back(Error::make(ErrorCode::RequiredField, at("targets", i, "processId")));
        if (!(t.upper > 0) || (t.upper2 && !(*t.upper2 > 0)))
            problems.push_back(
                Error::make(ErrorCode::ImplausibleValue, at("targets", i, "upper"), fmt::format("{}", t.upper)));
    }
    if (!p.nextReview.valid())
        problems.push_back(Error::make(ErrorCode::RequiredField, "nextReview"));
    else if (!(today < p.nextReview) || p.nextReview > today.addDays(15 * 31))
        problems.push_back(Error::make(ErrorCode::DateImplausible, "nextReview", p.nextReview.display())
                               .withDetail("the next review is after today and within 15 months"));
    return problems;
}

base::Result<model::CarePlan> CarePlanBook::save(const CarePlanDraft& d)
{
    if (auto st = m_store.require(security::Permission::RecordCarePlan); !st)
        return st.error();
    if (auto problems = check(d); !problems.empty())
        return problems.front();
    model::CarePlan plan = d.plan;
    const auto today = m_store.clock().today();
    record::ChangeSet cs(d.basedOnSeq ? "change-care-plan" : "record-care-plan", plan.patientId);
    cs.addRecord(plan, d.basedOnSeq);

    // Referrals for support the team refers to, once each (a plan saved again adds none).
    auto existing = referrals(plan.patientId);
    if (!existing)
        return existing.error();
    for (const auto& s : plan.support) {
        if (!s.referred)
            continue;
        const bool made = std::any_of(existing->begin(), existing->end(), [&](const auto& r) {
            return r.value.carePlanId == plan.id && r.value.serviceName == s.serviceName;
        });
        if (made)
            continue;
        model::Referral r;
        r.id = base::newUuid();
        r.patientId = plan.patientId;
        r.carePlanId = plan.id;
        r.serviceId = s.serviceId;
        r.serviceName = s.serviceName;
        r.reason = s.note;
        r.sentOn = today;
        r.statusOn = today;
        cs.addRecord(r);
    }

    // The consultation happened: today's booked care planning appointment is attended, or one
    // is recorded, so the yearly cycle closes on the same commit as the plan.
    auto appointments = record::FieldRecordReader(m_store).all<model::Appointment>(
        "patient_id = ? AND type = 'care-planning'", {plan.patientId});
    if (!appointments)
        return appointments.error();
    bool attended = false;
    for (const auto& a : *appointments)
        if (a.value.date == today && a.value.status == model::Appointment::Status::Attended)
            attended = true;
    if (!attended) {
        const record::Versioned<model::Appointment>* booked = nullptr;
        for (const auto& a : *appointments)
            if (a.value.status == model::Appointment::Status::Booked && !(today < a.value.date)
                && (!booked || booked->value.date < a.value.date))
                booked = &a;
        // A consultation booked for a later day is brought forward to today: it is happening now.
        if (!booked)
            for (const auto& a : *appointments)
                if (a.value.status == model::Appointment::Status::Booked)
                    booked = &a;
        model::Appointment a;
        if (booked) {
            a = booked->value;
        } else {
            a.id = base::newUuid();
            a.patientId = plan.patientId;
            a.type = model::Appointment::Type::CarePlanning;
            a.withWhom = plan.clinicianName;
        }
        a.date = today;
        a.status = model::Appointment::Status::Attended;
        if (booked)
            cs.addRecord(a, booked->headSeq);
        else
            cs.addRecord(a);
    }
    if (auto r = m_store.commit(cs); !r)
        return r.error();
    return plan;
}

base::Status CarePlanBook::setReferralStatus(const std::string& referralId, model::Referral::Status status,
                                             const std::string& note)
{
    auto found = record::FieldRecordReader(m_store).byId<model::Referral>(referralId);
    if (!found)
        return found.error();
    auto r = found->value;
    if (r.status == status)
        return {};
    r.status = status;
    r.statusOn = m_store.clock().today();
    if (!note.empty())
        r.note = note;
    record::ChangeSet cs("update-referral", r.patientId);
    cs.addRecord(r, found->headSeq);
    if (auto c = m_store.commit(cs); !c)
        return c.error();
    return {};
}

} // namespace carehouse::careplan
