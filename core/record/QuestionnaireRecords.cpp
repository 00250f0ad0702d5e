// The stored fields of questionnaire definitions and of people's responses.
#include "core/record/FieldRecord.h"

namespace carehouse::record {

FieldList FieldRecord<model::StoredQuestionnaire>::fields(const model::StoredQuestionnaire& v)
{
    return {{"url", textField(v.url)},
            {"version", textField(v.version)},
            {"title", textField(v.title)},
            {"resource_id", textField(v.resourceId)},
            {"source", textField(model::questionnaireSourceCode(v.source))},
            {"fingerprint", textField(v.fingerprint)},
            {"imported_on", dateField(v.importedOn)},
            {"imported_by", textField(v.importedBy)},
            {"item_count", integerField(v.itemCount)},
            {"unsupported_count", integerField(v.unsupportedCount)},
            {"definition", textField(v.definition)}};
}

model::StoredQuestionnaire FieldRecord<model::StoredQuestionnaire>::read(const std::string& id, const FieldReader& r)
{
    model::StoredQuestionnaire v;
    v.id = id;
    v.url = r.text("url");
    v.version = r.text("version");
    v.title = r.text("title");
    v.resourceId = r.text("resource_id");
    v.source = model::questionnaireSourceFromCode(r.text("source"));
    v.fingerprint = r.text("fingerprint");
    v.importedOn = r.date("imported_on");
    v.importedBy = r.text("imported_by");
    v.itemCount = static_cast<int>(r.integer("item_count"));
    v.unsupportedCount = static_cast<int>(r.integer("unsupported_count"));
    v.definition = r.text("definition");
    return v;
}

std::string FieldRecord<model::StoredQuestionnaire>::patientOf(const model::StoredQuestionnaire&)
{
    return {}; // a definition belongs to the practice, not to a person
}

FieldList FieldRecord<model::QuestionnaireResponse>::fields(const model::QuestionnaireResponse& v)
{
    return {{"patient_id", textField(v.patientId)},
            {"questionnaire_id", textField(v.questionnaireId)},
            {"questionnaire_url", textField(v.questionnaireUrl)},
            {"questionnaire_version", textField(v.questionnaireVersion)},
            {"questionnaire_title", textField(v.questionnaireTitle)},
            {"authored", dateField(v.authored)},
            {"completed_by", textField(model::responseCompletedByCode(v.completedBy))},
            {"completed_by_user", textField(v.completedByUser)},
            {"entered_by", textField(v.enteredBy)},
            {"total_score", numberField(v.totalScore)},
            {"band", textField(v.band)},
            {"band_label", textField(v.bandLabel)},
            {"flags", textField(v.flags)},
            {"safety_alert", integerField(v.safetyAlert ? 1 : 0)},
            {"status", textField(model::responseStatusCode(v.status))},
            {"status_reason", textField(v.statusReason)},
            {"status_changed_by", textField(v.statusChangedBy)},
            {"answers", textField(v.answers)}};
}

model::QuestionnaireResponse FieldRecord<model::QuestionnaireResponse>::read(const std::string& id,
                                                                             const FieldReader& r)
{
    model::QuestionnaireResponse v;
    v.id = id;
    v.patientId = r.text("patient_id");
    v.questionnaireId = r.text("questionnaire_id");
    v.questionnaireUrl = r.text("questionnaire_url");
    v.questionnaireVersion = r.text("questionnaire_version");
    v.questionnaireTitle = r.text("questionnaire_title");
    v.authored = r.date("authored");
    v.completedBy = model::responseCompletedByFromCode(r.text("completed_by"));
    v.completedByUser = r.text("completed_by_user");
    v.enteredBy = r.text("entered_by");
    v.totalScore = r.number("total_score");
    v.band = r.text("band");
    v.bandLabel = r.text("band_label");
    v.flags = r.text("flags");
    v.safetyAlert = r.integer("safety_alert") != 0;
    v.status = model::responseStatusFromCode(r.text("status"));
    v.statusReason = r.text("status_reason");
    v.statusChangedBy = r.text("status_changed_by");
    v.answers = r.text("answers");
    return v;
}

std::string FieldRecord<model::QuestionnaireResponse>::patientOf(const model::QuestionnaireResponse& v)
{
    return v.patientId;
}

} // namespace carehouse::record
