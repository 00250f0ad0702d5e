#pragma once

#include "core/base/Result.h"
#include "core/letters/ResultsLetterContent.h"
#include "core/model/SentLetter.h"

#include <optional>
#include <string>
#include <vector>

namespace carehouse::record {
class RecordStore;
}

namespace carehouse::letters {

// The letters log: which results letters went to whom, when, and exactly what they said.
// Recording a batch is one commit, so a print run is logged whole or not at all; each
// person's cycle then reads "letter sent".
class LetterLog
{
public:
    explicit LetterLog(record::RecordStore& store)
        : m_store(store)
    {
    }

    // Logs each composed letter as sent today (one batch id when there are several).
    base::Result<std::vector<model::SentLetter>> recordSent(const std::vector<ResultsLetterContent>& letters);
    // The same from letters already described, so a long batch keeps only each letter's compact
    // entry (its content as JSON) and never every composed letter at once.
    base::Result<std::vector<model::SentLetter>> recordSent(std::vector<model::SentLetter> described);
    // What the log keeps of one composed letter: kind, language, size, fingerprint and content.
    static model::SentLetter describe(const ResultsLetterContent& content);

    // Oldest first.
    base::Result<std::vector<model::SentLetter>> forPatient(const std::string& patientId);
    // A logged letter's content exactly as it went out, for printing again: checked against the
    // fingerprint logged with it (DatabaseCorrupt if it no longer matches, NotFound if the letter
    // was logged before contents were kept) and audited as a re-print.
    base::Result<ResultsLetterContent> reprint(const std::string& sentLetterId);
    // The newest results letter sent to the person, as it went out (checked like a re-print,
    // not audited as one: the care planning screen shows what the person was sent).
    base::Result<std::optional<ResultsLetterContent>> lastSent(const std::string& patientId);

private:
    record::RecordStore& m_store;
};

} // namespace carehouse::letters
