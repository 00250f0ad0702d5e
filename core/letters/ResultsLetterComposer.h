#pragma once

#include "core/base/CivilDate.h"
#include "core/base/Result.h"
#include "core/letters/LetterTemplate.h"
#include "core/letters/PracticeDetails.h"
#include "core/letters/ResultsLetterContent.h"
#include "core/model/Appointment.h"
#include "core/model/Observation.h"
#include "core/model/Patient.h"

#include <optional>
#include <string>
#include <vector>

namespace carehouse::clinical {
class CareProcessCatalogue;
}
namespace carehouse::record {
class RecordStore;
}

namespace carehouse::letters {

class LetterWording;

// Composes the content of one person's pre-consultation results letter from their record:
// the nine care processes (clinical::CareProcessStatus for the 15-month window, the catalogue
// for values, units and targets), the booked care planning appointment, the agenda and the
// questionnaires, worded from LetterWording, in the order of the practice's effective results
// template (PracticeTemplates: its own, else resources/letters/results-<language>.txt). Reads
// only through record::PatientRepository and recall::WorklistReader, and only this one
// person's record.
//
// The template may use, inline: {person.name} {person.salutation} {practice.name}
// {practice.phone} {practice.address} {today} {appointment.date} {appointment.time}
// {appointment.place} {appointment.withWhom} (without a booking the date and time read
// "not booked yet", the place and whom as the wording's defaults); and as paragraphs of their
// own: {results} and {appointment} (both required), {not-done}, {agenda}, {questionnaires}.
class ResultsLetterComposer
{
public:
    // "true" turns PHQ-2 and GAD-2 on for every results letter of the practice.
    static constexpr const char* kPhq2Gad2Setting = "letters.results.phq2-gad2";

    struct Options
    {
        std::optional<std::string> language; // default: the person's preferred language
        std::optional<bool> largePrint; // default: the person's record
        std::optional<bool> includePhq2Gad2; // default: the practice setting
        base::CivilDate today; // default (invalid): the store's clock
    };

    // What a letter is composed from, once read from the record (or made up, for a sample).
    struct Facts
    {
        model::Patient person;
        // observations[p][i]: the values of catalogue process p's item i, oldest first, only
        // this person's and only those with a value.
        std::vector<std::vector<std::vector<model::Observation>>> observations;
        std::optional<model::Appointment> carePlanning; // the booked one, if any
        PracticeDetails practice;
        bool phq2Gad2 = false;
        base::CivilDate today;
        bool largePrint = false;
    };

    static const LetterTemplate::Rules& templateRules();
    // Whether the practice turned PHQ-2 and GAD-2 on (kPhq2Gad2Setting).
    static bool questionnairesOn(const record::RecordStore& store);

    // A stored practice template that no longer parses is refused (ResourceInvalid, file = its
    // setting key): no letter is composed with a hole where a part should be.
    static base::Result<ResultsLetterContent> compose(record::RecordStore& store, const std::string& patientId,
                                                      const Options& options = {});
    // The letter from facts already gathered, laid out by `body` (named `templateName`).
    static base::Result<ResultsLetterContent> composeFrom(const Facts& facts,
                                                          const clinical::CareProcessCatalogue& catalogue,
                                                          const LetterWording& wording, const LetterTemplate& body);
    // The primary language of a tag: "bn-GB" -> "bn"; empty -> English.
    static std::string primaryLanguage(const std::string& tag);
};

} // namespace carehouse::letters
