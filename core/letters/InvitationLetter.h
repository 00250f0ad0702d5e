#pragma once

#include "core/base/CivilDate.h"
#include "core/base/Result.h"
#include "core/letters/Letter.h"
#include "core/letters/LetterTemplate.h"
#include "core/letters/PracticeDetails.h"
#include "core/model/Patient.h"

#include <string>
#include <vector>

namespace carehouse::record {
class RecordStore;
}

namespace carehouse::letters {

// The invitation to the yearly diabetes review (QOF 1109921000000106), composed for one person
// from the template resources/letters/invitation-en.txt, or the practice's own edited one
// (PracticeTemplates, letters.template.invitation.en). The template may use:
//   {person.name}        "Mr John Smith"
//   {person.salutation}  "Mr Smith" (or "John Smith" without a title)
//   {practice.name}, {practice.address} (one line), {practice.phone}
//   {today}              "23-Nov-2026"
// A restricted record's address is never put into the letter: the printer is told to print
// that it is withheld instead.
class InvitationLetter
{
public:
    static constexpr const char* kTemplate = "letters/invitation-en.txt";
    static const std::vector<std::string>& placeholders();

    static base::Result<InvitationLetter> load(); // the shipped template from the resource folder
    // The practice's effective template (its own when saved, else the shipped one); a saved one
    // that no longer parses is refused naming its setting (PracticeTemplates).
    static base::Result<InvitationLetter> forPractice(const record::RecordStore& store);
    static base::Result<InvitationLetter> fromText(const std::string& text, const std::string& fileName = {});

    // Refuses nobody; an unknown address leaves addressLines empty (the caller decides).
    base::Result<Letter> compose(const model::Patient& person, const PracticeDetails& practice,
                                 base::CivilDate today) const;

    static std::string recipientName(const model::Patient& person);
    static std::string salutation(const model::Patient& person);

private:
    explicit InvitationLetter(LetterTemplate body)
        : m_body(std::move(body))
    {
    }
    LetterTemplate m_body;
};

} // namespace carehouse::letters
