#include "core/record/RecordType.h"

#include <array>
#include <utility>

namespace carehouse::record {

namespace {

struct TypeInfo
{
    RecordType type;
    std::string_view code;
    const char* table;
};

constexpr std::array<TypeInfo, 16> kTypes{{
    {RecordType::Patient, "patient", "patient"},
    {RecordType::Condition, "condition", "condition"},
    {RecordType::Observation, "observation", "observation"},
    {RecordType::User, "user", "user_account"},
    {RecordType::LabRequest, "lab-request", "lab_request"},
    {RecordType::ResultReview, "result-review", "result_review"},
    {RecordType::UnmatchedResult, "unmatched-result", "unmatched_result"},
    {RecordType::Invitation, "invitation", "invitation"},
    {RecordType::Appointment, "appointment", "appointment"},
    {RecordType::CareException, "care-exception", "care_exception"},
    {RecordType::SentLetter, "sent-letter", "sent_letter"},
    {RecordType::CarePlan, "care-plan", "care_plan"},
    {RecordType::Referral, "referral", "referral"},
    {RecordType::Questionnaire, "questionnaire", "questionnaire"},
    {RecordType::QuestionnaireResponse, "questionnaire-response", "questionnaire_response"},
    {RecordType::SafetyAlertAcknowledgement, "safety-alert-acknowledgement", "safety_alert_acknowledgement"},
}};

const TypeInfo& info(RecordType t)
{
    for (const auto& i : kTypes)
        if (i.type == t)
            return i;
    return kTypes[0];
}

} // namespace

std::string_view recordTypeCode(RecordType t)
{
    return info(t).code;
}

const char* currentTableOf(RecordType t)
{
    return info(t).table;
}

bool travelsBetweenSites(RecordType t)
{
    return t != RecordType::User && t != RecordType::UnmatchedResult;
}

const std::vector<RecordType>& allRecordTypes()
{
    static const std::vector<RecordType> all = [] {
        std::vector<RecordType> out;
        for (const auto& i : kTypes)
            out.push_back(i.type);
        return out;
    }();
    return all;
}

std::optional<RecordType> recordTypeFromCode(std::string_view code)
{
    for (const auto& i : kTypes)
        if (i.code == code)
            return i.type;
    return std::nullopt;
}

} // namespace carehouse::record
