#pragma once

#include "core/questionnaire/Questionnaire.h"

#include <string>
#include <vector>

namespace carehouse::questionnaire {

// One thing in an imported file that CareHouse does not support, named by where it is.
// The import goes ahead; the report lists every one so nothing is dropped silently.
struct UnsupportedFeature
{
    enum class Kind
    {
        ItemType, // attachment, reference, quantity, url, time, dateTime, or a type FHIR R4 lacks
        AnswerValueSet, // options given by reference to a value set, not listed in the file
        AnswerOption, // an option of a kind CareHouse does not take (valueDate, valueTime, valueReference)
        EnableWhen, // a condition CareHouse cannot evaluate
        Extension, // an extension CareHouse does not read
        ModifierExtension, // an extension that changes the item's meaning: the item cannot be answered
        Element // an element CareHouse does not act on (initial, readOnly, enableBehavior missing)
    };
    // What CareHouse does about it.
    enum class Consequence
    {
        NotAnswerable, // the item is shown but cannot be answered (never required)
        OptionLeftOut, // that option is not offered
        ConditionIgnored, // the item shows whether or not the condition holds
        Ignored // no effect in CareHouse
    };
    Kind kind = Kind::Element;
    Consequence consequence = Consequence::Ignored;
    std::string path; // JSON path: "$.item[3].item[0]"
    std::string linkId; // the item's, when it is about one
    std::string what; // "attachment", the extension's url, "initial"
};

// A questionnaire read from a file: the model, what was left unsupported, and the definition
// as stored (the whole original resource, minified with sorted keys, so an export gives back
// everything the file had) with its SHA-256 fingerprint.
struct QuestionnaireImport
{
    Questionnaire questionnaire;
    std::vector<UnsupportedFeature> unsupported;
    // linkIds of items coded as PHQ-9 item 9 (LOINC 44260-8) that the file gave no flag for:
    // CareHouse adds the safety flag itself.
    std::vector<std::string> safetyFlagsAdded;
    std::string fileName;
    std::string definitionJson;
    std::string fingerprint;
};

std::string_view unsupportedKindCode(UnsupportedFeature::Kind k);
std::string_view consequenceCode(UnsupportedFeature::Consequence c);

} // namespace carehouse::questionnaire
