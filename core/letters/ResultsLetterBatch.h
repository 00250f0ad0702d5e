#pragma once

#include "core/base/CivilDate.h"
#include "core/base/Result.h"
#include "core/letters/ResultsLetterComposer.h"
#include "core/recall/Worklist.h"

#include <optional>
#include <string>
#include <vector>

namespace carehouse::record {
class RecordStore;
}

namespace carehouse::letters {

// Who a print-room batch of results letters is for, from the "letters to send" worklist, and
// who is left out and why. The GUI's Print results letters and `letters batch` both plan with
// this, so they agree on every person.
//
// A restricted record is never in a postal batch (its letter is printed from the person's
// record and handed over); a person with no address recorded, or whose letter cannot be
// composed, is left out with the reason. Letters are composed one at a time (next), so a batch
// of any size holds one letter at a time.
class ResultsLetterBatch
{
public:
    struct Selection
    {
        // The care planning appointments the batch is for, both days included; a person with no
        // consultation booked is then not in the batch. Unset: everyone on the list.
        std::optional<base::CivilDate> from;
        std::optional<base::CivilDate> to;
        std::vector<std::string> patientIds; // only these (the GUI's selected rows); empty: all
        ResultsLetterComposer::Options compose; // language / print size for every letter, if set
    };
    struct Person
    {
        std::string patientId;
        std::string name; // banner form
        std::string nhsNumber;
    };
    enum class Reason
    {
        Restricted, // never in a postal batch
        NoAddress,
        NotComposed // the composer refused: see error
    };
    struct Skipped
    {
        Person person;
        Reason reason = Reason::Restricted;
        base::Error error; // for NotComposed
    };

    // Plans from the worklist as it stands (reads the register's cycles).
    static base::Result<ResultsLetterBatch> plan(record::RecordStore& store, const Selection& selection);
    // Plans from rows already read (the worklist page has them); rows not on the list are ignored.
    static ResultsLetterBatch plan(const std::vector<recall::WorklistRow>& rows, const Selection& selection);

    const std::vector<Person>& people() const { return m_people; }
    const std::vector<Skipped>& skipped() const { return m_skipped; }
    const Selection& selection() const { return m_selection; }

    // The next person's letter, composed now; a person whose letter cannot go in the batch is
    // moved to skipped() and the next one tried. Nothing left: std::nullopt.
    std::optional<ResultsLetterContent> next(record::RecordStore& store);
    int composed() const { return m_composed; }
    std::size_t position() const { return m_next; }

private:
    Selection m_selection;
    std::vector<Person> m_people;
    std::vector<Skipped> m_skipped;
    std::size_t m_next = 0;
    int m_composed = 0;
};

} // namespace carehouse::letters
