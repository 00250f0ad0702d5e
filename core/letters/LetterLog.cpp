#include "core/letters/LetterLog.h"

#include "core/base/Uuid.h"
#include "core/letters/LetterFingerprint.h"
#include "core/letters/ResultsLetterContentJson.h"
#include "core/record/FieldRecordReader.h"
#include "core/record/RecordStore.h"

namespace carehouse::letters {

using base::Error;
using base::ErrorCode;

model::SentLetter LetterLog::describe(const ResultsLetterContent& content)
{
    model::SentLetter s;
    s.patientId = content.person.patientId;
    s.kind = model::SentLetter::Kind::Results;
    s.language = content.language;
    s.largePrint = content.largePrint;
    s.contentHash = fingerprint(content);
    s.content = contentToJson(content);
    return s;
}

base::Result<std::vector<model::SentLetter>> LetterLog::recordSent(const std::vector<ResultsLetterContent>& letters)
{
    std::vector<model::SentLetter> described;
    described.reserve(letters.size());
    for (const auto& content : letters)
        described.push_back(describe(content));
    return recordSent(std::move(described));
}

base::Result<std::vector<model::SentLetter>> LetterLog::recordSent(std::vector<model::SentLetter> letters)
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
                         letters.size() == 1 ? letters.front().patientId : std::string());
    for (auto& s : letters) {
        if (s.patientId.empty())
            return Error::make(ErrorCode::RequiredField, "patient");
        (*version)->bind(1, s.patientId);
        auto row = (*version)->step();
        const std::int64_t seq = row && *row ? (*version)->columnInt64(0) : 0;
        (*version)->reset();
        if (!row)
            return row.error();
        s.id = base::newUuid();
        s.sentOn = today;
        s.recordVersion = seq;
        s.batchId = batch;
        s.sentBy = user;
        cs.addRecord(s);
    }
    if (auto r = m_store.commit(cs); !r)
        return r.error();
    return letters;
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

namespace {

// A logged letter's content, checked against its fingerprint.
base::Result<ResultsLetterContent> storedContent(const model::SentLetter& sent)
{
    if (sent.content.empty())
        return Error::make(ErrorCode::NotFound, "letter content", sent.id)
            .withDetail("logged before CareHouse kept each letter's content");
    auto content = contentFromJson(sent.content);
    if (!content)
        return Error::make(ErrorCode::DatabaseCorrupt, "letter content", sent.id).withDetail(content.error().detail);
    // The fingerprint was taken from the letter as printed: the stored content must still say
    // exactly that, or the re-print would not be the letter that was sent.
    if (fingerprint(*content) != sent.contentHash || content->person.patientId != sent.patientId)
        return Error::make(ErrorCode::DatabaseCorrupt, "letter content", sent.id)
            .withDetail("does not match the fingerprint logged when it was sent");
    return content;
}

} // namespace

base::Result<ResultsLetterContent> LetterLog::reprint(const std::string& sentLetterId)
{
    if (auto st = m_store.require(security::Permission::ViewRecord); !st)
        return st.error();
    auto found = record::FieldRecordReader(m_store).byId<model::SentLetter>(sentLetterId);
    if (!found)
        return found.error();
    auto content = storedContent(found->value);
    if (!content)
        return content.error();
    if (auto st = m_store.recordAccess(found->value.patientId, "reprint-letter"); !st)
        return st.error();
    return content;
}

base::Result<std::optional<ResultsLetterContent>> LetterLog::lastSent(const std::string& patientId)
{
    auto log = forPatient(patientId);
    if (!log)
        return log.error();
    for (auto it = log->rbegin(); it != log->rend(); ++it) {
        if (it->kind != model::SentLetter::Kind::Results || it->content.empty())
            continue;
        auto content = storedContent(*it);
        if (!content)
            return content.error();
        return std::optional<ResultsLetterContent>(std::move(content).value());
    }
    return std::optional<ResultsLetterContent>{};
}

} // namespace carehouse::letters
