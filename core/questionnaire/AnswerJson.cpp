#include "core/questionnaire/AnswerJson.h"

namespace carehouse::questionnaire {

using nlohmann::json;

void putFhirValue(json& j, const char* prefix, const AnswerValue& v)
{
    const std::string key = std::string(prefix) + std::string(v.fhirSuffix());
    switch (v.kind) {
    case AnswerValue::Kind::Boolean: j[key] = v.boolean; break;
    case AnswerValue::Kind::Integer: j[key] = v.integer; break;
    case AnswerValue::Kind::Decimal: j[key] = v.decimal; break;
    case AnswerValue::Kind::String:
    case AnswerValue::Kind::Date: j[key] = v.text; break;
    case AnswerValue::Kind::Coding: {
        json c = json::object();
        if (!v.coding.system.empty())
            c["system"] = v.coding.system;
        c["code"] = v.coding.code;
        if (!v.coding.display.empty())
            c["display"] = v.coding.display;
        j[key] = std::move(c);
        break;
    }
    }
}

json answersToJson(const AnswerMap& answers)
{
    json out = json::object();
    for (const auto& [linkId, values] : answers) {
        json list = json::array();
        for (const auto& v : values) {
            json one = json::object();
            putFhirValue(one, "value", v);
            list.push_back(std::move(one));
        }
        out[linkId] = std::move(list);
    }
    return out;
}

AnswerMap answersFromJson(const json& stored)
{
    AnswerMap out;
    if (!stored.is_object())
        return out;
    for (auto it = stored.begin(); it != stored.end(); ++it) {
        if (!it.value().is_array())
            continue;
        auto& values = out[it.key()];
        for (const auto& one : it.value()) {
            if (!one.is_object())
                continue;
            if (auto v = one.find("valueBoolean"); v != one.end() && v->is_boolean())
                values.push_back(AnswerValue::ofBoolean(v->get<bool>()));
            else if (auto i = one.find("valueInteger"); i != one.end() && i->is_number_integer())
                values.push_back(AnswerValue::ofInteger(i->get<std::int64_t>()));
            else if (auto d = one.find("valueDecimal"); d != one.end() && d->is_number())
                values.push_back(AnswerValue::ofDecimal(d->get<double>()));
            else if (auto s = one.find("valueString"); s != one.end() && s->is_string())
                values.push_back(AnswerValue::ofString(s->get<std::string>()));
            else if (auto dt = one.find("valueDate"); dt != one.end() && dt->is_string())
                values.push_back(AnswerValue::ofDate(dt->get<std::string>()));
            else if (auto c = one.find("valueCoding"); c != one.end() && c->is_object()) {
                Coding coding;
                coding.system = c->value("system", "");
                coding.code = c->value("code", "");
                coding.display = c->value("display", "");
                values.push_back(AnswerValue::ofCoding(std::move(coding)));
            }
        }
    }
    return out;
}

} // namespace carehouse::questionnaire
