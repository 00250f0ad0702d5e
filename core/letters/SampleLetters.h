#pragma once

#include "core/base/CivilDate.h"
#include "core/base/Result.h"
#include "core/letters/InvitationLetter.h"
#include "core/letters/Letter.h"
#include "core/letters/LetterTemplate.h"
#include "core/letters/ResultsLetterContent.h"
#include "core/model/Patient.h"

#include <optional>
#include <string>

namespace carehouse::record {
class RecordStore;
}

namespace carehouse::letters {

// Letters for a made-up person, to preview a template before the practice saves it: "Sample
// PATIENT", NHS number 999 999 9999 (a test number that is never issued), at a made-up address,
// with made-up results (several done, eye screening not done this year) and a booked care
// planning appointment. Nothing is read from or written to anyone's record; only the practice's
// letterhead and target profile are read, so the preview looks like the practice's letters.
class SampleLetters
{
public:
    static model::Patient person();

    static base::Result<ResultsLetterContent>
    results(const record::RecordStore& store, const std::string& language, const LetterTemplate& body,
            base::CivilDate today, bool largePrint = false,
            std::optional<bool> phq2Gad2 = std::nullopt); // default: the practice's
    static base::Result<Letter> invitation(const record::RecordStore& store, const InvitationLetter& letter,
                                           base::CivilDate today);
};

} // namespace carehouse::letters
