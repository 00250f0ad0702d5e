#include "core/questionnaire/ResponseReader.h"

#include "core/base/CivilDate.h"
#include "core/base/TextFold.h"
#include "core/questionnaire/UntrustedJson.h"

#include <charconv>
#include <filesystem>
#include <fmt/format.h>

namespace carehouse::questionnaire {

using base::Error;
using base::ErrorCode;
using nlohmann::json;

namespace {

Error malformed(const std::string& file, const std::string& path, const char* reason, std::string value = {})
{
    return Error::make(ErrorCode::MalformedInput, path, std::move(value)).at(file).withDetail(reason);
}

std::string lower(std::string s)
{
    for (auto& c : s)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return s;
}

std::optional<std::int64_t> integerText(const std::string& s)
{
    std::int64_t v = 0;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || end != s.data() + s.size() || s.empty())
        return std::nullopt;
    return v;
}

std::optional<double> decimalText(const std::string& s)
{
    if (s.empty())
        return std::nullopt;
    try {
        std::size_t used = 0;
        double d = std::stod(s, &used);
        if (used != s.size())
            return std::nullopt;
        return d;
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

// A plain answer value, read as the question's type wants it. What cannot be converted is kept
// as text, for the validator to report against the question.
std::optional<AnswerValue> plainValue(const json& v, const Item* item)
{
    const auto raw = v.is_string() ? v.get<std::string>() : v.dump();
    // No such question, or one that takes no answers: kept as given for the validator to name.
    if (!item || !item->isQuestion())
        return AnswerValue::ofString(raw);
    switch (item->type) {
    case ItemType::String:
    case ItemType::Text:
        if (v.is_string() || v.is_number())
            return AnswerValue::ofString(raw);
        return std::nullopt;
    case ItemType::Boolean:
        if (v.is_boolean())
            return AnswerValue::ofBoolean(v.get<bool>());
        if (v.is_string()) {
            const auto s = lower(raw);
            if (s == "yes" || s == "true")
                return AnswerValue::ofBoolean(true);
            if (s == "no" || s == "false")
                return AnswerValue::ofBoolean(false);
        }
        break;
    case ItemType::Integer:
        if (v.is_number_integer())
            return AnswerValue::ofInteger(v.get<std::int64_t>());
        if (v.is_string())
            if (auto i = integerText(raw))
                return AnswerValue::ofInteger(*i);
        break;
    case ItemType::Decimal:
        if (v.is_number())
            return AnswerValue::ofDecimal(v.get<double>());
        if (v.is_string())
            if (auto d = decimalText(raw))
                return AnswerValue::ofDecimal(*d);
        break;
    case ItemType::Date:
        if (v.is_string()) {
            if (auto d = base::CivilDate::parseIso(raw))
                return AnswerValue::ofDate(d->iso());
            if (auto d = base::CivilDate::parse(raw))
                return AnswerValue::ofDate(d->iso());
        }
        break;
    case ItemType::Choice:
    case ItemType::OpenChoice: {
        if (v.is_object()) {
            Coding c;
            if (v.contains("system") && v["system"].is_string())
                c.system = v["system"].get<std::string>();
            if (v.contains("code") && v["code"].is_string())
                c.code = v["code"].get<std::string>();
            for (const auto& o : item->options)
                if (o.value.kind == AnswerValue::Kind::Coding && o.value.coding.sameConcept(c))
                    return o.value;
            return AnswerValue::ofCoding(c);
        }
        if (v.is_number_integer()) {
            const auto n = v.get<std::int64_t>();
            for (const auto& o : item->options)
                if (o.value.kind == AnswerValue::Kind::Integer && o.value.integer == n)
                    return o.value;
            // Scored codings: the score names the option when exactly one has it.
            const AnswerOption* byScore = nullptr;
            int matches = 0;
            for (const auto& o : item->options)
                if (o.value.kind == AnswerValue::Kind::Coding && o.score && *o.score == static_cast<double>(n)) {
                    byScore = &o;
                    ++matches;
                }
            if (matches == 1)
                return byScore->value;
            return std::nullopt;
        }
        if (v.is_string()) {
            for (const auto& o : item->options)
                if ((o.value.kind == AnswerValue::Kind::Coding && o.value.coding.code == raw)
                    || (o.value.kind == AnswerValue::Kind::String && o.value.text == raw))
                    return o.value;
            const auto folded = base::foldForSearch(raw);
            for (const auto& o : item->options)
                if (base::foldForSearch(o.value.displayText()) == folded)
                    return o.value;
            if (auto i = integerText(raw))
                for (const auto& o : item->options)
                    if (o.value.kind == AnswerValue::Kind::Integer && o.value.integer == *i)
                        return o.value;
        }
        break;
    }
    default: break;
    }
    // Free text is an answer to an open choice; anything else the question cannot take.
    if (item->type == ItemType::OpenChoice && v.is_string())
        return AnswerValue::ofString(raw);
    if ((item->type == ItemType::Choice) && v.is_string())
        return AnswerValue::ofString(raw); // not an option: the validator names it
    return std::nullopt;
}

// One answer[].value[x] of a QuestionnaireResponse. Types CareHouse does not take are kept as
// text naming the element, for the validator to refuse against the question.
std::optional<AnswerValue> fhirValue(const json& answer)
{
    for (auto it = answer.begin(); it != answer.end(); ++it) {
        const std::string& key = it.key();
        if (key.rfind("value", 0) != 0)
            continue;
        const auto& v = it.value();
        if (key == "valueBoolean" && v.is_boolean())
            return AnswerValue::ofBoolean(v.get<bool>());
        if (key == "valueInteger" && v.is_number_integer())
            return AnswerValue::ofInteger(v.get<std::int64_t>());
        if (key == "valueDecimal" && v.is_number())
            return AnswerValue::ofDecimal(v.get<double>());
        if (key == "valueString" && v.is_string())
            return AnswerValue::ofString(v.get<std::string>());
        if (key == "valueDate" && v.is_string())
            return AnswerValue::ofDate(v.get<std::string>());
        if (key == "valueCoding" && v.is_object()) {
            Coding c;
            for (const char* k : {"system", "code", "display"})
                if (v.contains(k) && v[k].is_string())
                    (k[0] == 's' ? c.system : k[0] == 'c' ? c.code : c.display) = v[k].get<std::string>();
            return AnswerValue::ofCoding(c);
        }
        return std::nullopt;
    }
    return std::nullopt;
}

std::string valueText(const json& answer)
{
    for (auto it = answer.begin(); it != answer.end(); ++it)
        if (it.key().rfind("value", 0) == 0)
            return it.key() + " " + it.value().dump().substr(0, 60);
    return "answer without a value";
}

base::Status readFhirItems(const json& items, const std::string& path, const std::string& file, Response& out)
{
    if (!items.is_array())
        return malformed(file, path, "response-wrong-type");
    for (std::size_t i = 0; i < items.size(); ++i) {
        const auto itemPath = fmt::format("{}[{}]", path, i);
        const auto& item = items[i];
        if (!item.is_object() || !item.contains("linkId") || !item["linkId"].is_string())
            return malformed(file, itemPath + ".linkId", "response-wrong-type");
        const auto linkId = item["linkId"].get<std::string>();
        if (auto answers = item.find("answer"); answers != item.end()) {
            if (!answers->is_array())
                return malformed(file, itemPath + ".answer", "response-wrong-type");
            for (std::size_t a = 0; a < answers->size(); ++a) {
                const auto& answer = (*answers)[a];
                if (!answer.is_object())
                    return malformed(file, fmt::format("{}.answer[{}]", itemPath, a), "response-wrong-type");
                if (auto value = fhirValue(answer))
                    out.answers[linkId].push_back(std::move(*value));
                else
                    out.unreadable.emplace_back(linkId, valueText(answer));
                if (auto nested = answer.find("item"); nested != answer.end())
                    if (auto st = readFhirItems(*nested, fmt::format("{}.answer[{}].item", itemPath, a), file, out);
                        !st)
                        return st;
            }
        }
        if (auto nested = item.find("item"); nested != item.end())
            if (auto st = readFhirItems(*nested, itemPath + ".item", file, out); !st)
                return st;
    }
    return {};
}

} // namespace

base::Result<Response> ResponseReader::readJson(const json& doc, const Questionnaire& q, const std::string& file)
{
    Response out;
    if (!doc.is_object())
        return malformed(file, "$", "response-wrong-resource", doc.is_array() ? "array" : "value");
    if (auto rt = doc.find("resourceType"); rt != doc.end()) {
        const auto type = rt->is_string() ? rt->get<std::string>() : rt->dump();
        if (type != "QuestionnaireResponse")
            return malformed(file, "$.resourceType", "response-wrong-resource", type);
        if (auto canonical = doc.find("questionnaire"); canonical != doc.end() && canonical->is_string()) {
            const auto text = canonical->get<std::string>();
            const auto bar = text.find('|');
            out.questionnaireUrl = text.substr(0, bar);
            if (bar != std::string::npos)
                out.questionnaireVersion = text.substr(bar + 1);
        }
        if (auto authored = doc.find("authored"); authored != doc.end() && authored->is_string())
            out.authored = authored->get<std::string>().substr(0, 10);
        if (auto items = doc.find("item"); items != doc.end())
            if (auto st = readFhirItems(*items, "$.item", file, out); !st)
                return st.error();
        return out;
    }
    for (auto it = doc.begin(); it != doc.end(); ++it) {
        const Item* item = q.find(it.key());
        const auto& v = it.value();
        if (v.is_null())
            continue;
        auto& values = out.answers[it.key()];
        auto take = [&](const json& each) {
            if (each.is_null())
                return;
            if (auto value = plainValue(each, item))
                values.push_back(std::move(*value));
            else
                out.unreadable.emplace_back(it.key(), each.is_string() ? each.get<std::string>() : each.dump());
        };
        if (v.is_array())
            for (const auto& each : v)
                take(each);
        else
            take(v);
        // An empty text is no answer.
        std::erase_if(values, [](const AnswerValue& a) {
            return (a.kind == AnswerValue::Kind::String || a.kind == AnswerValue::Kind::Date) && a.text.empty();
        });
        if (values.empty())
            out.answers.erase(it.key());
    }
    return out;
}

base::Result<Response> ResponseReader::readText(const std::string& text, const Questionnaire& q,
                                                const std::string& fileName)
{
    auto doc = parseUntrustedJson(text, fileName);
    if (!doc)
        return doc.error();
    return readJson(*doc, q, fileName);
}

base::Result<Response> ResponseReader::readFile(const std::string& path, const Questionnaire& q)
{
    auto text = readUntrustedFile(path);
    if (!text) {
        auto e = text.error();
        if (e.code == ErrorCode::NotFound)
            e.field = "answers file";
        return e;
    }
    return readText(*text, q, std::filesystem::path(path).filename().string());
}

} // namespace carehouse::questionnaire
