#include "core/letters/LetterLog.h"

#include "core/base/Uuid.h"
#include "core/letters/LetterFingerprint.h"
#include "core/record/FieldRecordReader.h"
#include "core/record/RecordStore.h"

namespace carehouse::letters {

using base::Error;
using base::ErrorCode;

base::Result<std::vector<model::SentLetter>> LetterLog::recordSent(const std::vector<ResultsLetterContent>& letters)
{
    if (auto st = m_store.require(security::Permission::ManageRecall); !st)
        return st.error();
    if (letters.empty())
        return std::vector<model::SentLetter>{};
    const auto batch = letters.size() > 1 ? base::newUuid() : std::string();
    const auto today = m_store.clock().today();
    const auto user = m_store.currentUser() ? m_store.currentUser()->username : std::string();
    auto version = m_store.statements().get("SELECT COALESCE(max(seq), 0) FROM journal WHERE patient_id = ?");
    if (!version)
        return version.error();
    record::ChangeSet cs(letters.size() > 1 ? "log-letter-batch" : "log-letter",
                         letters.size() == 1 ? letters.front().person.patientId : std::string());
    std::vector<model::SentLetter> out;
    for (const auto& content : letters) {
        if (content.person.patientId.empty())
            return Error::make(ErrorCode::RequiredField, "patient");
        (*version)->bind(1, content.person.patientId);
        auto row = (*version)->step();
        const std::int64_t seq = row && *row ? (*version)->columnInt64(0) : 0;
        (*version)->reset();
        if (!row)
            return row.error();
        model::SentLetter s;
        s.id = base::newUuid();
        s.patientId = content.person.patientId;
        s.kind = model::SentLetter::Kind::Results;
        s.sentOn = today;
        s.language = content.language;
        s.largePrint = content.largePrint;
        s.contentHash = fingerprint(content);
        s.recordVersion = seq;
        s.batchId = batch;
        s.sentBy = user;
        cs.addRecord(s);
        out.push_back(std::move(s));
    }
    if (auto r = m_store.commit(cs); !r)
        return r.error();
    return out;
}

base::Result<std::vector<model::SentLetter>> LetterLog::forPatient(const std::string& patientId)
{
    if (auto st = m_store.require(security::Permission::ViewRecord); !st)
        return st.error();
    auto rows
        = record::FieldRecordReader(m_store).all<model::SentLetter>("patient_id = ? ORDER BY sent_on", {patientId});
    if (!rows)
        return rows.error();
    std::vector<model::SentLetter> out;
    for (auto& r : *rows)
        out.push_back(std::move(r.value));
    return out;
}

} // namespace carehouse::letters
