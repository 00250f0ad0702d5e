#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace carehouse::questionnaire {

// A FHIR Coding: a code from a code system, with the text people read.
struct Coding
{
    std::string system;
    std::string code;
    std::string display;

    // Same concept: the codes agree and the systems do too (a missing system matches any).
    bool sameConcept(const Coding& other) const;
    bool operator==(const Coding&) const = default;
};

// One answer value, or one answer[x] of an enableWhen: FHIR's value[x] for the types
// CareHouse supports. Dates are ISO text (YYYY-MM-DD).
struct AnswerValue
{
    enum class Kind
    {
        Boolean,
        Integer,
        Decimal,
        String,
        Date,
        Coding
    };
    Kind kind = Kind::String;
    bool boolean = false;
    std::int64_t integer = 0;
    double decimal = 0;
    std::string text; // String and Date
    questionnaire::Coding coding;

    static AnswerValue ofBoolean(bool b);
    static AnswerValue ofInteger(std::int64_t i);
    static AnswerValue ofDecimal(double d);
    static AnswerValue ofString(std::string s);
    static AnswerValue ofDate(std::string iso);
    static AnswerValue ofCoding(questionnaire::Coding c);

    // FHIR's element suffix: "Boolean" for valueBoolean / answerBoolean.
    std::string_view fhirSuffix() const;
    // What a person reads: the coding's display (else its code), "yes"/"no", the number.
    std::string displayText() const;
    // The number for comparisons (integer or decimal); nullopt for other kinds.
    std::optional<double> number() const;

    // FHIR equality for enableWhen and option matching: numbers by value (2 = 2.0), codings
    // by system and code, the rest exactly.
    bool equals(const AnswerValue& other) const;
    // -1, 0, 1 for ordered kinds (numbers, dates, strings); nullopt when they cannot be ordered.
    std::optional<int> compare(const AnswerValue& other) const;

    bool operator==(const AnswerValue&) const = default;
};

} // namespace carehouse::questionnaire
