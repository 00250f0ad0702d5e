#pragma once

#include <optional>
#include <string_view>
#include <vector>

namespace carehouse::record {

// The kinds of record the journal versions. Each has one current table (its projection).
enum class RecordType
{
    Patient,
    Condition,
    Observation,
    User,
    LabRequest,
    ResultReview,
    UnmatchedResult,
    Invitation,
    Appointment,
    CareException,
    SentLetter,
    CarePlan,
    Referral,
    Questionnaire, // a questionnaire definition (the practice's, not a person's)
    QuestionnaireResponse,
    SafetyAlertAcknowledgement // a clinician acknowledging a questionnaire's safety alert
};

std::string_view recordTypeCode(RecordType t);
std::optional<RecordType> recordTypeFromCode(std::string_view code);
// The current table holding each record type's projection (its head_seq is the winning version).
const char* currentTableOf(RecordType t);
// Whether versions of this type are shared with peer sites. Staff accounts (password hashes,
// roles) and the unmatched results queue are the site's own business and never leave it, and a
// version of either arriving from a peer is refused.
bool travelsBetweenSites(RecordType t);
// Every record type, in declaration order.
const std::vector<RecordType>& allRecordTypes();

} // namespace carehouse::record
