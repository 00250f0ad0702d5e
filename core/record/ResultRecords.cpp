// The stored fields of the records that follow a laboratory result: the request sent, the
// unmatched queue and the clinician's review.
#include "core/record/FieldRecord.h"

namespace carehouse::record {

FieldList FieldRecord<model::LabRequest>::fields(const model::LabRequest& v)
{
    return {{"patient_id", textField(v.patientId)},
            {"code", textField(v.code)},
            {"requested_on", dateField(v.requestedOn)},
            {"status", textField(model::labRequestStatusCode(v.status))},
            {"observation_id", textField(v.observationId)}};
}

model::LabRequest FieldRecord<model::LabRequest>::read(const std::string& id, const FieldReader& r)
{
    model::LabRequest v;
    v.id = id;
    v.patientId = r.text("patient_id");
    v.code = r.text("code");
    v.requestedOn = r.date("requested_on");
    v.status = model::labRequestStatusFromCode(r.text("status"));
    v.observationId = r.text("observation_id");
    return v;
}

std::string FieldRecord<model::LabRequest>::patientOf(const model::LabRequest& v)
{
    return v.patientId;
}

FieldList FieldRecord<model::ResultReview>::fields(const model::ResultReview& v)
{
    return {{"patient_id", textField(v.patientId)},
            {"observation_id", textField(v.observationId)},
            {"outcome", textField(model::reviewOutcomeCode(v.outcome))},
            {"comment", textField(v.comment)},
            {"reviewed_on", dateField(v.reviewedOn)},
            {"reviewer", textField(v.reviewer)}};
}

model::ResultReview FieldRecord<model::ResultReview>::read(const std::string& id, const FieldReader& r)
{
    model::ResultReview v;
    v.id = id;
    v.patientId = r.text("patient_id");
    v.observationId = r.text("observation_id");
    v.outcome = model::reviewOutcomeFromCode(r.text("outcome"));
    v.comment = r.text("comment");
    v.reviewedOn = r.date("reviewed_on");
    v.reviewer = r.text("reviewer");
    return v;
}

std::string FieldRecord<model::ResultReview>::patientOf(const model::ResultReview& v)
{
    return v.patientId;
}

FieldList FieldRecord<model::UnmatchedResult>::fields(const model::UnmatchedResult& v)
{
    return {{"reason", textField(model::unmatchedReasonCode(v.reason))},
            {"status", textField(model::unmatchedStatusCode(v.status))},
            {"nhs_number", textField(v.nhsNumber)},
            {"birth_date", textField(v.birthDate)},
            {"system", textField(v.system)},
            {"code", textField(v.code)},
            {"value", numberField(v.value)},
            {"value2", numberField(v.value2)},
            {"original_value", numberField(v.originalValue)},
            {"original_unit", textField(v.originalUnit)},
            {"effective", dateField(v.effective)},
            {"source_key", textField(v.sourceKey)},
            {"source_file", textField(v.sourceFile)},
            {"received_on", dateField(v.receivedOn)},
            {"matched_patient_id", textField(v.matchedPatientId)},
            {"matched_observation_id", textField(v.matchedObservationId)},
            {"note", textField(v.note)}};
}

model::UnmatchedResult FieldRecord<model::UnmatchedResult>::read(const std::string& id, const FieldReader& r)
{
    model::UnmatchedResult v;
    v.id = id;
    v.reason = model::unmatchedReasonFromCode(r.text("reason"));
    v.status = model::unmatchedStatusFromCode(r.text("status"));
    v.nhsNumber = r.text("nhs_number");
    v.birthDate = r.text("birth_date");
    v.system = r.text("system");
    v.code = r.text("code");
    v.value = r.number("value");
    v.value2 = r.number("value2");
    v.originalValue = r.number("original_value");
    v.originalUnit = r.text("original_unit");
    v.effective = r.date("effective");
    v.sourceKey = r.text("source_key");
    v.sourceFile = r.text("source_file");
    v.receivedOn = r.date("received_on");
    v.matchedPatientId = r.text("matched_patient_id");
    v.matchedObservationId = r.text("matched_observation_id");
    v.note = r.text("note");
    return v;
}

std::string FieldRecord<model::UnmatchedResult>::patientOf(const model::UnmatchedResult& v)
{
    return v.matchedPatientId;
}

} // namespace carehouse::record
