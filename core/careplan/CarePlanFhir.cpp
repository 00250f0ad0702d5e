#include "core/careplan/CarePlanFhir.h"

#include "core/clinical/CareProcessCatalogue.h"

#include <fmt/format.h>

namespace carehouse::careplan {

using nlohmann::json;

namespace {

constexpr const char* kNhsNumberSystem = "https://fhir.nhs.uk/Id/nhs-number";
constexpr const char* kUcum = "http://unitsofmeasure.org";
constexpr const char* kLoinc = "http://loinc.org";

std::string ref(const char* type, const std::string& id)
{
    return std::string(type) + "/" + id;
}

json entry(const char* type, const std::string& id, json resource)
{
    resource["resourceType"] = type;
    resource["id"] = id;
    return json{{"fullUrl", "urn:uuid:" + id}, {"resource", std::move(resource)}};
}

std::string serviceRequestStatus(model::Referral::Status s)
{
    switch (s) {
    case model::Referral::Status::Sent:
    case model::Referral::Status::Accepted: return "active";
    case model::Referral::Status::Seen:
    case model::Referral::Status::ReferredBack: return "completed";
    case model::Referral::Status::Declined: return "revoked";
    }
    return "active";
}

// The process's main item: the one whose value the target is about.
const clinical::CareProcessCatalogue::Item* mainItem(const clinical::CareProcessCatalogue& catalogue,
                                                     const std::string& processId)
{
    for (const auto& p : catalogue.processes())
        if (p.id == processId && !p.items.empty())
            return &p.items.front();
    return nullptr;
}

} // namespace

json carePlanBundle(const model::Patient& person, const model::CarePlan& plan,
                    const std::vector<model::Referral>& referrals, const clinical::CareProcessCatalogue& catalogue)
{
    json entries = json::array();
    const json subject{{"reference", ref("Patient", person.id)},
                       {"identifier", {{"system", kNhsNumberSystem}, {"value", person.nhsNumber}}}};

    json patient{{"identifier", json::array({{{"system", kNhsNumberSystem}, {"value", person.nhsNumber}}})},
                 {"name", json::array({{{"family", person.familyName}, {"given", json::array({person.givenName})}}})},
                 {"birthDate", person.birthDate.iso()}};
    entries.push_back(entry("Patient", person.id, std::move(patient)));

    json goalRefs = json::array();
    for (const auto& g : plan.goals) {
        json notes = json::array();
        if (!g.whyItMatters.empty())
            notes.push_back({{"text", "Why it matters: " + g.whyItMatters}});
        if (g.confidence >= 0)
            notes.push_back({{"text", fmt::format("Confidence: {}/10", g.confidence)}});
        json goal{{"lifecycleStatus", "active"},
                  {"description", {{"text", g.what}}},
                  {"subject", subject},
                  {"startDate", (g.setOn.valid() ? g.setOn : plan.consultedOn).iso()},
                  {"expressedBy", subject}};
        if (!notes.empty())
            goal["note"] = std::move(notes);
        goalRefs.push_back({{"reference", ref("Goal", g.id)}});
        entries.push_back(entry("Goal", g.id, std::move(goal)));
    }
    for (const auto& t : plan.targets) {
        const auto* item = mainItem(catalogue, t.processId);
        const std::string id = plan.id + "-target-" + t.processId;
        json target = json::object();
        if (item) {
            target["measure"]
                = {{"coding", json::array({{{"system", kLoinc}, {"code", item->loinc}, {"display", item->name}}})}};
            target["detailQuantity"] = {{"value", t.upper},
                                        {"comparator", "<="},
                                        {"unit", item->unitDisplay},
                                        {"system", kUcum},
                                        {"code", item->unit}};
        }
        std::string words = fmt::format("{} at or below {}", item ? item->name : t.processId, t.upper);
        if (t.upper2)
            words += fmt::format("/{}", *t.upper2);
        json goal{{"lifecycleStatus", "active"},
                  {"description", {{"text", "Agreed target: " + words}}},
                  {"subject", subject},
                  {"startDate", plan.consultedOn.iso()},
                  {"target", json::array({target})}};
        if (!t.note.empty())
            goal["note"] = json::array({{{"text", t.note}}});
        goalRefs.push_back({{"reference", ref("Goal", id)}});
        entries.push_back(entry("Goal", id, std::move(goal)));
    }

    json activities = json::array();
    for (const auto& a : plan.actions) {
        json detail{{"kind", "Task"}, {"status", "not-started"}, {"description", a.what}};
        detail["performer"]
            = json::array({a.owner == model::PlanAction::Owner::Person ? subject : json{{"display", a.who}}});
        if (a.byWhen.valid())
            detail["scheduledPeriod"] = {{"end", a.byWhen.iso()}};
        activities.push_back({{"detail", std::move(detail)}});
    }
    for (const auto& r : referrals) {
        if (r.carePlanId != plan.id)
            continue;
        json request{{"status", serviceRequestStatus(r.status)},
                     {"intent", "order"},
                     {"code", {{"text", r.serviceName}}},
                     {"subject", subject},
                     {"authoredOn", r.sentOn.iso()},
                     {"basedOn", json::array({{{"reference", ref("CarePlan", plan.id)}}})}};
        if (!r.reason.empty())
            request["reasonCode"] = json::array({{{"text", r.reason}}});
        if (!r.note.empty())
            request["note"] = json::array({{{"text", r.note}}});
        activities.push_back({{"reference", {{"reference", ref("ServiceRequest", r.id)}}}});
        entries.push_back(entry("ServiceRequest", r.id, std::move(request)));
    }
    for (const auto& s : plan.support)
        if (!s.referred)
            activities.push_back(
                {{"detail",
                  {{"kind", "Task"},
                   {"status", "not-started"},
                   {"description", fmt::format("Self-referral: {} ({})", s.serviceName, s.contact)}}}});

    json carePlan{{"status", "active"},
                  {"intent", "plan"},
                  {"title", "Diabetes care plan (Year of Care)"},
                  {"subject", subject},
                  {"period", {{"start", plan.consultedOn.iso()}, {"end", plan.nextReview.iso()}}},
                  {"created", plan.consultedOn.iso()},
                  {"author", {{"display", plan.clinicianName.empty() ? plan.clinician : plan.clinicianName}}},
                  {"goal", std::move(goalRefs)},
                  {"activity", std::move(activities)}};
    if (!plan.agenda.empty())
        carePlan["note"] = json::array({{{"text", "What the person wanted to talk about: " + plan.agenda}}});
    if (!plan.conditions.empty()) {
        json addresses = json::array();
        for (const auto& c : plan.conditions)
            addresses.push_back({{"identifier", {{"system", "http://snomed.info/sct"}, {"value", c}}}});
        carePlan["addresses"] = std::move(addresses);
    }
    entries.insert(entries.begin() + 1, entry("CarePlan", plan.id, std::move(carePlan)));
    return json{{"resourceType", "Bundle"}, {"type", "collection"}, {"entry", std::move(entries)}};
}

} // namespace carehouse::careplan
