// The stored fields of a safety alert's acknowledgement.
#include "core/record/FieldRecord.h"

namespace carehouse::record {

FieldList FieldRecord<model::SafetyAlertAcknowledgement>::fields(const model::SafetyAlertAcknowledgement& v)
{
    return {{"patient_id", textField(v.patientId)},
            {"response_id", textField(v.responseId)},
            {"acknowledged_by", textField(v.acknowledgedBy)},
            {"acknowledged_on", dateField(v.acknowledgedOn)},
            {"acknowledged_at", integerField(v.acknowledgedAtMillis)},
            {"note", textField(v.note)}};
}

model::SafetyAlertAcknowledgement FieldRecord<model::SafetyAlertAcknowledgement>::read(const std::string& id,
                                                                                       const FieldReader& r)
{
    model::SafetyAlertAcknowledgement v;
    v.id = id;
    v.patientId = r.text("patient_id");
    v.responseId = r.text("response_id");
    v.acknowledgedBy = r.text("acknowledged_by");
    v.acknowledgedOn = r.date("acknowledged_on");
    v.acknowledgedAtMillis = r.integer("acknowledged_at");
    v.note = r.text("note");
    return v;
}

std::string FieldRecord<model::SafetyAlertAcknowledgement>::patientOf(const model::SafetyAlertAcknowledgement& v)
{
    return v.patientId;
}

} // namespace carehouse::record
