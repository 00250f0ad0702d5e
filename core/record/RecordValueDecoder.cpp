#include "core/record/RecordValueDecoder.h"

#include "core/record/RecordCodec.h"

namespace carehouse::record {

namespace {

template <FieldStored T>
RecordValue fromFields(const std::string& id, const nlohmann::json& payload)
{
    return FieldRecord<T>::fromPayload(id, payload);
}

} // namespace

std::optional<RecordValue> decodeRecordValue(RecordType type, const std::string& recordId,
                                             const nlohmann::json& payload)
{
    if (!payload.is_object())
        return std::nullopt;
    switch (type) {
    case RecordType::Patient: return patientFromPayload(recordId, payload);
    case RecordType::Condition: return conditionFromPayload(recordId, payload);
    case RecordType::Observation: return observationFromPayload(recordId, payload);
    case RecordType::User: return userFromPayload(recordId, payload);
    case RecordType::LabRequest: return fromFields<model::LabRequest>(recordId, payload);
    case RecordType::ResultReview: return fromFields<model::ResultReview>(recordId, payload);
    case RecordType::UnmatchedResult: return fromFields<model::UnmatchedResult>(recordId, payload);
    case RecordType::Invitation: return fromFields<model::Invitation>(recordId, payload);
    case RecordType::Appointment: return fromFields<model::Appointment>(recordId, payload);
    case RecordType::CareException: return fromFields<model::CareException>(recordId, payload);
    case RecordType::SentLetter: return fromFields<model::SentLetter>(recordId, payload);
    case RecordType::CarePlan: return fromFields<model::CarePlan>(recordId, payload);
    case RecordType::Referral: return fromFields<model::Referral>(recordId, payload);
    case RecordType::Questionnaire: return fromFields<model::StoredQuestionnaire>(recordId, payload);
    case RecordType::QuestionnaireResponse: return fromFields<model::QuestionnaireResponse>(recordId, payload);
    case RecordType::SafetyAlertAcknowledgement:
        return fromFields<model::SafetyAlertAcknowledgement>(recordId, payload);
    }
    return std::nullopt;
}

bool isRetired(const RecordValue& value)
{
    if (const auto* o = std::get_if<model::Observation>(&value))
        return o->status == model::Observation::Status::EnteredInError;
    if (const auto* c = std::get_if<model::Condition>(&value))
        return c->status == model::Condition::Status::EnteredInError;
    if (const auto* r = std::get_if<model::QuestionnaireResponse>(&value))
        return r->status == model::QuestionnaireResponse::Status::EnteredInError;
    if (const auto* l = std::get_if<model::LabRequest>(&value))
        return l->status == model::LabRequest::Status::Cancelled;
    if (const auto* a = std::get_if<model::Appointment>(&value))
        return a->status == model::Appointment::Status::Cancelled;
    if (const auto* e = std::get_if<model::CareException>(&value))
        return e->withdrawn;
    return false;
}

} // namespace carehouse::record
