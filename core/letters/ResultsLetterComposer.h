#pragma once

#include "core/base/CivilDate.h"
#include "core/base/Result.h"
#include "core/letters/ResultsLetterContent.h"

#include <optional>
#include <string>

namespace carehouse::record {
class RecordStore;
}

namespace carehouse::letters {

// Composes the content of one person's pre-consultation results letter from their record:
// the nine care processes (clinical::CareProcessStatus for the 15-month window, the catalogue
// for values, units and targets), the booked care planning appointment, the agenda and the
// questionnaires, worded from LetterWording. Reads only through record::PatientRepository and
// recall::WorklistReader, and only this one person's record.
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

    static base::Result<ResultsLetterContent> compose(record::RecordStore& store, const std::string& patientId,
                                                      const Options& options = {});
};

} // namespace carehouse::letters
