// The stored fields of the letters log.
#include "core/record/FieldRecord.h"

namespace carehouse::record {

FieldList FieldRecord<model::SentLetter>::fields(const model::SentLetter& v)
{
    return {{"patient_id", textField(v.patientId)},
            {"kind", textField(model::sentLetterKindCode(v.kind))},
            {"sent_on", dateField(v.sentOn)},
            {"language", textField(v.language)},
            {"large_print", integerField(v.largePrint ? 1 : 0)},
            {"content_hash", textField(v.contentHash)},
            {"record_version", integerField(v.recordVersion)},
            {"batch_id", textField(v.batchId)},
            {"sent_by", textField(v.sentBy)},
            {"content", textField(v.content)}};
}

model::SentLetter FieldRecord<model::SentLetter>::read(const std::string& id, const FieldReader& r)
{
    model::SentLetter v;
    v.id = id;
    v.patientId = r.text("patient_id");
    v.kind = model::sentLetterKindFromCode(r.text("kind")).value_or(model::SentLetter::Kind::Results);
    v.sentOn = r.date("sent_on");
    v.language = r.text("language");
    v.largePrint = r.integer("large_print") != 0;
    v.contentHash = r.text("content_hash");
    v.recordVersion = r.integer("record_version");
    v.batchId = r.text("batch_id");
    v.sentBy = r.text("sent_by");
    v.content = r.text("content");
    return v;
}

std::string FieldRecord<model::SentLetter>::patientOf(const model::SentLetter& v)
{
    return v.patientId;
}

} // namespace carehouse::record
