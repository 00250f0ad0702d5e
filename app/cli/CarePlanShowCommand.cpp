#include "app/cli/CarePlanShowCommand.h"

#include "app/cli/CarePlanArgument.h"
#include "core/careplan/ServicesDirectory.h"
#include "core/clinical/CareProcessCatalogue.h"
#include "core/model/NhsNumber.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <ostream>

namespace carehouse::cli {

namespace {

std::string iso(base::CivilDate d)
{
    return d.valid() ? d.iso() : std::string();
}

std::string shown(base::CivilDate d)
{
    return d.valid() ? d.display() : std::string("no date");
}

std::string outcomeWords(model::GoalReview::Outcome o)
{
    switch (o) {
    case model::GoalReview::Outcome::Achieved: return "achieved";
    case model::GoalReview::Outcome::Partly: return "partly achieved";
    case model::GoalReview::Outcome::NotAchieved: return "not achieved";
    case model::GoalReview::Outcome::NoLongerRelevant: return "no longer relevant";
    }
    return "";
}

std::string targetValue(const clinical::CareProcessCatalogue* catalogue, const model::AgreedTarget& t)
{
    if (catalogue)
        for (const auto& p : catalogue->processes())
            if (p.id == t.processId && !p.items.empty())
                return p.items.front().formatValue(t.upper, t.upper2, {});
    return t.upper2 ? fmt::format("{}/{}", t.upper, *t.upper2) : fmt::format("{}", t.upper);
}

const model::Referral* referralFor(const CarePlanArgument::Resolved& r, const std::string& serviceId)
{
    const model::Referral* found = nullptr;
    for (const auto& ref : r.referrals) {
        if (ref.serviceId != serviceId)
            continue;
        if (ref.carePlanId == r.plan.id)
            return &ref;
        if (!found || found->sentOn < ref.sentOn)
            found = &ref;
    }
    return found;
}

} // namespace

std::string CarePlanShowCommand::name() const
{
    return "careplan show";
}

std::string CarePlanShowCommand::summary() const
{
    return "Show a person's latest care plan: goals, actions, support, referrals, targets, next review.";
}

std::string CarePlanShowCommand::description() const
{
    return "The care plan saved at the person's last care planning consultation: when and with whom, the\n"
           "conditions it covered, the person's agenda, how the last plan's goals went, the goals in the\n"
           "person's own words (why they matter, confidence 0-10), the person's and the team's actions (who,\n"
           "by when), the support offered or referred, the person's referrals with their status, the targets\n"
           "agreed and the next review. A person without a saved plan is refused (exit 3).";
}

std::vector<Argument> CarePlanShowCommand::arguments() const
{
    return {{PatientArgument::kName, "The record id, or the NHS number (spaces allowed).", true, true}};
}

std::vector<std::string> CarePlanShowCommand::examples() const
{
    return {"carehouse-cli careplan show 943 476 5919", "carehouse-cli --json careplan show 9434765919"};
}

ExitCode CarePlanShowCommand::executeWithStore(CommandContext& ctx, const ParsedArguments& args,
                                               record::RecordStore& store)
{
    ExitCode code = ExitCode::Ok;
    auto r = CarePlanArgument::resolve(ctx, store, args.positional(0), code);
    if (!r)
        return code;
    (void)store.recordAccess(r->person.id, "show-care-plan");
    auto catalogue = clinical::CareProcessCatalogue::standard();
    const clinical::CareProcessCatalogue* cat = catalogue ? catalogue->get() : nullptr;
    const auto& p = r->plan;

    if (ctx.global().json) {
        nlohmann::json j{{"patientId", r->person.id},
                         {"name", r->person.name},
                         {"nhsNumber", r->person.patient.nhsNumber},
                         {"carePlanId", p.id},
                         {"consultedOn", iso(p.consultedOn)},
                         {"clinician", p.clinician},
                         {"clinicianName", p.clinicianName},
                         {"agenda", p.agenda},
                         {"conditions", p.conditions},
                         {"nextReview", iso(p.nextReview)},
                         {"previousPlanId", p.previousPlanId}};
        auto reviews = nlohmann::json::array();
        for (const auto& rv : p.reviews)
            reviews.push_back({{"goalId", rv.goalId},
                               {"goal", rv.goalText},
                               {"outcome", std::string(model::goalOutcomeCode(rv.outcome))},
                               {"note", rv.note}});
        auto goals = nlohmann::json::array();
        for (const auto& g : p.goals) {
            nlohmann::json goal{
                {"id", g.id}, {"what", g.what}, {"whyItMatters", g.whyItMatters}, {"setOn", iso(g.setOn)}};
            goal["confidence"] = g.confidence >= 0 ? nlohmann::json(g.confidence) : nlohmann::json();
            goals.push_back(goal);
        }
        auto actions = nlohmann::json::array();
        for (const auto& a : p.actions)
            actions.push_back({{"id", a.id},
                               {"what", a.what},
                               {"owner", std::string(model::actionOwnerCode(a.owner))},
                               {"who", a.who},
                               {"byWhen", iso(a.byWhen)}});
        auto support = nlohmann::json::array();
        for (const auto& s : p.support) {
            nlohmann::json offer{{"serviceId", s.serviceId}, {"serviceName", s.serviceName},
                                 {"kind", s.kind},           {"contact", s.contact},
                                 {"note", s.note},           {"referred", s.referred}};
            if (const auto* ref = s.referred ? referralFor(*r, s.serviceId) : nullptr)
                offer["referralStatus"] = std::string(model::referralStatusCode(ref->status));
            support.push_back(offer);
        }
        auto referrals = nlohmann::json::array();
        for (const auto& ref : r->referrals)
            referrals.push_back({{"id", ref.id},
                                 {"carePlanId", ref.carePlanId},
                                 {"serviceId", ref.serviceId},
                                 {"serviceName", ref.serviceName},
                                 {"reason", ref.reason},
                                 {"status", std::string(model::referralStatusCode(ref.status))},
                                 {"sentOn", iso(ref.sentOn)},
                                 {"statusOn", iso(ref.statusOn)},
                                 {"note", ref.note}});
        auto targets = nlohmann::json::array();
        for (const auto& t : p.targets) {
            nlohmann::json target{
                {"processId", t.processId}, {"upper", t.upper}, {"text", targetValue(cat, t)}, {"note", t.note}};
            if (t.upper2)
                target["upper2"] = *t.upper2;
            targets.push_back(target);
        }
        j["reviews"] = reviews;
        j["goals"] = goals;
        j["actions"] = actions;
        j["support"] = support;
        j["referrals"] = referrals;
        j["targets"] = targets;
        ctx.out() << j.dump(2) << '\n';
        return ExitCode::Ok;
    }

    auto& out = ctx.out();
    out << fmt::format("Care plan for {} (NHS number {})\n", r->person.name,
                       model::displayNhsNumber(r->person.patient.nhsNumber));
    out << fmt::format("Made on {} with {}; next review by {}.\n", shown(p.consultedOn),
                       p.clinicianName.empty() ? p.clinician : fmt::format("{} ({})", p.clinicianName, p.clinician),
                       shown(p.nextReview));
    if (!p.agenda.empty())
        out << fmt::format("What they wanted to talk about: {}\n", p.agenda);
    if (!p.reviews.empty()) {
        out << "\nLast plan's goals:\n";
        for (const auto& rv : p.reviews)
            out << fmt::format("  - {}: {}{}\n", rv.goalText, outcomeWords(rv.outcome),
                               rv.note.empty() ? std::string() : " (" + rv.note + ")");
    }
    out << "\nGoals, in their own words:\n";
    if (p.goals.empty())
        out << "  (none set)\n";
    for (std::size_t i = 0; i < p.goals.size(); ++i) {
        const auto& g = p.goals[i];
        out << fmt::format("  {}. {}\n", i + 1, g.what);
        if (!g.whyItMatters.empty())
            out << fmt::format("     Why it matters to them: {}\n", g.whyItMatters);
        out << fmt::format("     Confidence: {}\n",
                           g.confidence >= 0 ? fmt::format("{}/10", g.confidence) : std::string("not asked"));
    }
    out << "\nActions:\n";
    if (p.actions.empty())
        out << "  (none)\n";
    for (const auto& a : p.actions) {
        const bool team = a.owner == model::PlanAction::Owner::Team;
        out << fmt::format("  - {}: {} ({})\n",
                           team ? (a.who.empty() ? std::string("The team") : "The team, " + a.who)
                                : std::string("The person"),
                           a.what, a.byWhen.valid() ? "by " + a.byWhen.display() : std::string("no date set"));
    }
    out << "\nSupport:\n";
    if (p.support.empty())
        out << "  (none offered)\n";
    for (const auto& s : p.support) {
        std::string how = "offered: they get in touch themselves";
        if (s.referred) {
            const auto* ref = referralFor(*r, s.serviceId);
            how = ref ? fmt::format("referred ({} on {})", model::referralStatusCode(ref->status),
                                    shown(ref->statusOn.valid() ? ref->statusOn : ref->sentOn))
                      : std::string("referred");
        }
        out << fmt::format("  - {}: {}{}\n", s.serviceName, how,
                           s.contact.empty() ? std::string() : "; contact " + s.contact);
    }
    if (!r->referrals.empty()) {
        out << "\nReferrals:\n";
        for (const auto& ref : r->referrals)
            out << fmt::format(
                "  - {}: {} (sent {}{}){}\n", ref.serviceName, model::referralStatusCode(ref.status), shown(ref.sentOn),
                ref.statusOn.valid() && ref.statusOn != ref.sentOn ? ", changed " + shown(ref.statusOn) : std::string(),
                ref.reason.empty() ? std::string() : ": " + ref.reason);
    }
    out << "\nTargets agreed:\n";
    if (p.targets.empty())
        out << "  (none: the practice's targets apply)\n";
    for (const auto& t : p.targets)
        out << fmt::format("  - {}: {} or less{}\n", t.processId, targetValue(cat, t),
                           t.note.empty() ? std::string() : " (" + t.note + ")");
    return ExitCode::Ok;
}

} // namespace carehouse::cli
