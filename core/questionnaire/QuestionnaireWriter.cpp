#include "core/questionnaire/QuestionnaireWriter.h"

#include "core/questionnaire/AnswerJson.h"

namespace carehouse::questionnaire {

using nlohmann::json;

namespace {

constexpr const char* kOrdinalValue = "http://hl7.org/fhir/StructureDefinition/ordinalValue";

json coding(const Coding& c)
{
    json j = json::object();
    if (!c.system.empty())
        j["system"] = c.system;
    j["code"] = c.code;
    if (!c.display.empty())
        j["display"] = c.display;
    return j;
}

void putValue(json& j, const char* prefix, const AnswerValue& v)
{
    putFhirValue(j, prefix, v);
}

json part(const char* url, const char* valueKey, json value)
{
    return {{"url", url}, {valueKey, std::move(value)}};
}

json item(const Item& it)
{
    json j = {{"linkId", it.linkId}, {"type", it.fhirType.empty() ? std::string(itemTypeCode(it.type)) : it.fhirType}};
    if (!it.prefix.empty())
        j["prefix"] = it.prefix;
    if (!it.text.empty())
        j["text"] = it.text;
    if (!it.codes.empty()) {
        j["code"] = json::array();
        for (const auto& c : it.codes)
            j["code"].push_back(coding(c));
    }
    if (it.required)
        j["required"] = true;
    if (it.repeats)
        j["repeats"] = true;
    if (it.maxLength)
        j["maxLength"] = *it.maxLength;
    if (!it.enableWhen.empty()) {
        j["enableWhen"] = json::array();
        for (const auto& c : it.enableWhen) {
            if (c.ignored)
                continue;
            json cond = {{"question", c.question}, {"operator", std::string(operatorCode(c.op))}};
            putValue(cond, "answer", c.answer);
            j["enableWhen"].push_back(std::move(cond));
        }
        if (j["enableWhen"].empty())
            j.erase("enableWhen");
        else if (j["enableWhen"].size() > 1)
            j["enableBehavior"] = it.enableWhenAny ? "any" : "all";
    }
    if (!it.options.empty()) {
        j["answerOption"] = json::array();
        for (const auto& o : it.options) {
            json option = json::object();
            putValue(option, "value", o.value);
            if (o.score)
                option["extension"] = json::array({part(kOrdinalValue, "valueDecimal", *o.score)});
            j["answerOption"].push_back(std::move(option));
        }
    }
    if (!it.items.empty()) {
        j["item"] = json::array();
        for (const auto& child : it.items)
            j["item"].push_back(item(child));
    }
    return j;
}

json scoring(const Scoring& s)
{
    json parts = json::array();
    for (const auto& b : s.bands) {
        json band = json::array({part("min", "valueDecimal", b.min), part("code", "valueCode", b.code)});
        if (!b.label.empty())
            band.push_back(part("label", "valueString", b.label));
        if (!b.suggests.empty())
            band.push_back(part("suggests", "valueCanonical", b.suggests));
        parts.push_back({{"url", "band"}, {"extension", band}});
    }
    for (const auto& f : s.flags) {
        json flag = json::array({part("linkId", "valueString", f.linkId), part("minScore", "valueDecimal", f.minScore),
                                 part("code", "valueCode", f.code), part("safety", "valueBoolean", f.safety)});
        if (!f.label.empty())
            flag.push_back(part("label", "valueString", f.label));
        parts.push_back({{"url", "flag"}, {"extension", flag}});
    }
    if (s.maxScore)
        parts.push_back(part("maxScore", "valueDecimal", *s.maxScore));
    return {{"url", Questionnaire::kScoringExtension}, {"extension", parts}};
}

void answerItems(const std::vector<Item>& items, const Response& r, json& out)
{
    for (const auto& it : items) {
        json j = {{"linkId", it.linkId}};
        if (!it.text.empty())
            j["text"] = it.text;
        if (const auto* values = r.answersFor(it.linkId)) {
            j["answer"] = json::array();
            for (const auto& v : *values) {
                json a = json::object();
                putValue(a, "value", v);
                j["answer"].push_back(std::move(a));
            }
        }
        json children = json::array();
        answerItems(it.items, r, children);
        if (!children.empty())
            j["item"] = std::move(children);
        if (j.contains("answer") || j.contains("item"))
            out.push_back(std::move(j));
    }
}

} // namespace

json QuestionnaireWriter::definition(const Questionnaire& q)
{
    json j = {{"resourceType", "Questionnaire"}, {"url", q.url}, {"status", q.status.empty() ? "active" : q.status}};
    if (!q.id.empty())
        j["id"] = q.id;
    if (!q.version.empty())
        j["version"] = q.version;
    if (!q.name.empty())
        j["name"] = q.name;
    if (!q.title.empty())
        j["title"] = q.title;
    if (!q.description.empty())
        j["description"] = q.description;
    if (!q.codes.empty()) {
        j["code"] = json::array();
        for (const auto& c : q.codes)
            j["code"].push_back(coding(c));
    }
    if (!q.scoring.bands.empty() || !q.scoring.flags.empty() || q.scoring.maxScore)
        j["extension"] = json::array({scoring(q.scoring)});
    j["item"] = json::array();
    for (const auto& it : q.items)
        j["item"].push_back(item(it));
    return j;
}

json QuestionnaireWriter::response(const Questionnaire& q, const Response& r, const Subject& subject,
                                   const std::optional<Score>& score)
{
    json j = {{"resourceType", "QuestionnaireResponse"}, {"questionnaire", q.canonical()}, {"status", "completed"}};
    if (!r.authored.empty())
        j["authored"] = r.authored;
    json subjectRef = json::object();
    if (!subject.patientReference.empty())
        subjectRef["reference"] = subject.patientReference;
    if (!subject.nhsNumber.empty())
        subjectRef["identifier"] = {{"system", "https://fhir.nhs.uk/Id/nhs-number"}, {"value", subject.nhsNumber}};
    if (!subjectRef.empty())
        j["subject"] = subjectRef;
    auto staff = [](const std::string& username) {
        return json{{"type", "Practitioner"}, {"identifier", {{"system", kStaffSystem}, {"value", username}}}};
    };
    if (!subject.enteredBy.empty())
        j["author"] = staff(subject.enteredBy);
    if (r.completedBy == Response::CompletedBy::Staff && !r.completedByUser.empty())
        j["source"] = staff(r.completedByUser);
    else if (!subjectRef.empty())
        j["source"] = subjectRef;
    if (score && score->total)
        j["extension"] = json::array({part(kTotalScoreExtension, "valueDecimal", *score->total)});
    json items = json::array();
    answerItems(q.items, r, items);
    j["item"] = std::move(items);
    return j;
}

} // namespace carehouse::questionnaire
