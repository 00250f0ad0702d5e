#include "core/questionnaire/QuestionnaireImport.h"

namespace carehouse::questionnaire {

std::string_view unsupportedKindCode(UnsupportedFeature::Kind k)
{
    using K = UnsupportedFeature::Kind;
    switch (k) {
    case K::ItemType: return "item-type";
    case K::AnswerValueSet: return "answer-value-set";
    case K::AnswerOption: return "answer-option";
    case K::EnableWhen: return "enable-when";
    case K::Extension: return "extension";
    case K::ModifierExtension: return "modifier-extension";
    case K::Element: return "element";
    }
    return "element";
}

std::string_view consequenceCode(UnsupportedFeature::Consequence c)
{
    using C = UnsupportedFeature::Consequence;
    switch (c) {
    case C::NotAnswerable: return "not-answerable";
    case C::OptionLeftOut: return "option-left-out";
    case C::ConditionIgnored: return "condition-ignored";
    case C::Ignored: return "ignored";
    }
    return "ignored";
}

} // namespace carehouse::questionnaire
