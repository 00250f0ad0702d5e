#include "core/questionnaire/AnswerValue.h"

#include <fmt/format.h>

namespace carehouse::questionnaire {

bool Coding::sameConcept(const Coding& other) const
{
    return code == other.code && (system.empty() || other.system.empty() || system == other.system);
}

AnswerValue AnswerValue::ofBoolean(bool b)
{
    AnswerValue v;
    v.kind = Kind::Boolean;
    v.boolean = b;
    return v;
}

AnswerValue AnswerValue::ofInteger(std::int64_t i)
{
    AnswerValue v;
    v.kind = Kind::Integer;
    v.integer = i;
    return v;
}

AnswerValue AnswerValue::ofDecimal(double d)
{
    AnswerValue v;
    v.kind = Kind::Decimal;
    v.decimal = d;
    return v;
}

AnswerValue AnswerValue::ofString(std::string s)
{
    AnswerValue v;
    v.kind = Kind::String;
    v.text = std::move(s);
    return v;
}

AnswerValue AnswerValue::ofDate(std::string iso)
{
    AnswerValue v;
    v.kind = Kind::Date;
    v.text = std::move(iso);
    return v;
}

AnswerValue AnswerValue::ofCoding(questionnaire::Coding c)
{
    AnswerValue v;
    v.kind = Kind::Coding;
    v.coding = std::move(c);
    return v;
}

std::string_view AnswerValue::fhirSuffix() const
{
    switch (kind) {
    case Kind::Boolean: return "Boolean";
    case Kind::Integer: return "Integer";
    case Kind::Decimal: return "Decimal";
    case Kind::String: return "String";
    case Kind::Date: return "Date";
    case Kind::Coding: return "Coding";
    }
    return "String";
}

std::string AnswerValue::displayText() const
{
    switch (kind) {
    case Kind::Boolean: return boolean ? "yes" : "no";
    case Kind::Integer: return std::to_string(integer);
    case Kind::Decimal: return fmt::format("{:g}", decimal);
    case Kind::String:
    case Kind::Date: return text;
    case Kind::Coding: return coding.display.empty() ? coding.code : coding.display;
    }
    return text;
}

std::optional<double> AnswerValue::number() const
{
    if (kind == Kind::Integer)
        return static_cast<double>(integer);
    if (kind == Kind::Decimal)
        return decimal;
    return std::nullopt;
}

bool AnswerValue::equals(const AnswerValue& other) const
{
    if (auto a = number(), b = other.number(); a && b)
        return *a == *b;
    if (kind != other.kind)
        return false;
    switch (kind) {
    case Kind::Boolean: return boolean == other.boolean;
    case Kind::Coding: return coding.sameConcept(other.coding);
    default: return text == other.text;
    }
}

std::optional<int> AnswerValue::compare(const AnswerValue& other) const
{
    if (auto a = number(), b = other.number(); a && b)
        return *a < *b ? -1 : (*a > *b ? 1 : 0);
    if (kind != other.kind || (kind != Kind::Date && kind != Kind::String))
        return std::nullopt;
    // ISO dates order as text.
    const int c = text.compare(other.text);
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

} // namespace carehouse::questionnaire
