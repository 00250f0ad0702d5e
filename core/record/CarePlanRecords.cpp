// The stored fields of care plans and referrals. A care plan's goals, reviews, actions, support
// and agreed targets travel together as one JSON column: they are only ever read and saved as
// the whole plan, and each save is a new version of it.
#include "core/record/FieldRecord.h"

#include <nlohmann/json.hpp>

namespace carehouse::record {

namespace {

using nlohmann::json;

std::string dateText(base::CivilDate d)
{
    return d.valid() ? d.iso() : std::string();
}

base::CivilDate dateFrom(const json& j, const char* key)
{
    const auto it = j.find(key);
    if (it == j.end() || !it->is_string())
        return {};
    return base::CivilDate::parseIso(it->get<std::string>()).value_or(base::CivilDate());
}

std::string textFrom(const json& j, const char* key)
{
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::string planJson(const model::CarePlan& p)
{
    json j;
    j["clinicianName"] = p.clinicianName;
    j["agenda"] = p.agenda;
    j["conditions"] = p.conditions;
    auto& reviews = j["reviews"] = json::array();
    for (const auto& r : p.reviews)
        reviews.push_back({{"goalId", r.goalId},
                           {"goalText", r.goalText},
                           {"outcome", std::string(model::goalOutcomeCode(r.outcome))},
                           {"note", r.note}});
    auto& goals = j["goals"] = json::array();
    for (const auto& g : p.goals)
        goals.push_back({{"id", g.id},
                         {"what", g.what},
                         {"whyItMatters", g.whyItMatters},
                         {"confidence", g.confidence},
                         {"setOn", dateText(g.setOn)}});
    auto& actions = j["actions"] = json::array();
    for (const auto& a : p.actions)
        actions.push_back({{"id", a.id},
                           {"what", a.what},
                           {"owner", std::string(model::actionOwnerCode(a.owner))},
                           {"who", a.who},
                           {"byWhen", dateText(a.byWhen)}});
    auto& support = j["support"] = json::array();
    for (const auto& s : p.support)
        support.push_back({{"serviceId", s.serviceId},
                           {"serviceName", s.serviceName},
                           {"kind", s.kind},
                           {"contact", s.contact},
                           {"note", s.note},
                           {"referred", s.referred}});
    auto& targets = j["targets"] = json::array();
    for (const auto& t : p.targets) {
        json target{{"processId", t.processId}, {"upper", t.upper}, {"note", t.note}};
        if (t.upper2)
            target["upper2"] = *t.upper2;
        targets.push_back(std::move(target));
    }
    return j.dump();
}

void readPlanJson(const std::string& text, model::CarePlan& p)
{
    const auto j = json::parse(text, nullptr, false);
    if (!j.is_object())
        return;
    p.clinicianName = textFrom(j, "clinicianName");
    p.agenda = textFrom(j, "agenda");
    if (j.contains("conditions") && j["conditions"].is_array())
        for (const auto& c : j["conditions"])
            if (c.is_string())
                p.conditions.push_back(c.get<std::string>());
    auto each = [&](const char* key, auto&& read) {
        if (j.contains(key) && j[key].is_array())
            for (const auto& item : j[key])
                if (item.is_object())
                    read(item);
    };
    each("reviews", [&](const json& r) {
        p.reviews.push_back(
            {textFrom(r, "goalId"), textFrom(r, "goalText"),
             model::goalOutcomeFromCode(textFrom(r, "outcome")).value_or(model::GoalReview::Outcome::Partly),
             textFrom(r, "note")});
    });
    each("goals", [&](const json& g) {
        p.goals.push_back({textFrom(g, "id"), textFrom(g, "what"), textFrom(g, "whyItMatters"),
                           g.value("confidence", -1), dateFrom(g, "setOn")});
    });
    each("actions", [&](const json& a) {
        p.actions.push_back(
            {textFrom(a, "id"), textFrom(a, "what"),
             model::actionOwnerFromCode(textFrom(a, "owner")).value_or(model::PlanAction::Owner::Person),
             textFrom(a, "who"), dateFrom(a, "byWhen")});
    });
    each("support", [&](const json& s) {
        p.support.push_back({textFrom(s, "serviceId"), textFrom(s, "serviceName"), textFrom(s, "kind"),
                             textFrom(s, "contact"), textFrom(s, "note"), s.value("referred", false)});
    });
    each("targets", [&](const json& t) {
        model::AgreedTarget target;
        target.processId = textFrom(t, "processId");
        target.upper = t.value("upper", 0.0);
        if (t.contains("upper2") && t["upper2"].is_number())
            target.upper2 = t["upper2"].get<double>();
        target.note = textFrom(t, "note");
        p.targets.push_back(std::move(target));
    });
}

} // namespace

FieldList FieldRecord<model::CarePlan>::fields(const model::CarePlan& v)
{
    return {{"patient_id", textField(v.patientId)},
            {"consulted_on", dateField(v.consultedOn)},
            {"clinician", textField(v.clinician)},
            {"next_review", dateField(v.nextReview)},
            {"previous_plan_id", textField(v.previousPlanId)},
            {"plan", textField(planJson(v))}};
}

model::CarePlan FieldRecord<model::CarePlan>::read(const std::string& id, const FieldReader& r)
{
    model::CarePlan v;
    v.id = id;
    v.patientId = r.text("patient_id");
    v.consultedOn = r.date("consulted_on");
    v.clinician = r.text("clinician");
    v.nextReview = r.date("next_review");
    v.previousPlanId = r.text("previous_plan_id");
    readPlanJson(r.text("plan"), v);
    return v;
}

std::string FieldRecord<model::CarePlan>::patientOf(const model::CarePlan& v)
{
    return v.patientId;
}

FieldList FieldRecord<model::Referral>::fields(const model::Referral& v)
{
    return {{"patient_id", textField(v.patientId)},
            {"care_plan_id", textField(v.carePlanId)},
            {"service_id", textField(v.serviceId)},
            {"service_name", textField(v.serviceName)},
            {"reason", textField(v.reason)},
            {"status", textField(model::referralStatusCode(v.status))},
            {"sent_on", dateField(v.sentOn)},
            {"status_on", dateField(v.statusOn)},
            {"note", textField(v.note)}};
}

model::Referral FieldRecord<model::Referral>::read(const std::string& id, const FieldReader& r)
{
    model::Referral v;
    v.id = id;
    v.patientId = r.text("patient_id");
    v.carePlanId = r.text("care_plan_id");
    v.serviceId = r.text("service_id");
    v.serviceName = r.text("service_name");
    v.reason = r.text("reason");
    v.status = model::referralStatusFromCode(r.text("status")).value_or(model::Referral::Status::Sent);
    v.sentOn = r.date("sent_on");
    v.statusOn = r.date("status_on");
    v.note = r.text("note");
    return v;
}

std::string FieldRecord<model::Referral>::patientOf(const model::Referral& v)
{
    return v.patientId;
}

} // namespace carehouse::record
