#pragma once

#include "core/base/CivilDate.h"

#include <optional>
#include <string>
#include <string_view>

namespace carehouse::model {

// A person's completed questionnaire: which definition (record id, url and version), when it
// was completed, who completed it (the person, or a member of staff on their behalf, and who
// typed it in), the answers as JSON ({"linkId": [FHIR value, ...]}) and the score as it was
// worked out when saved (total, band and flags), so history and alerts read it without
// re-scoring and a later definition can never change what a clinician saw.
struct QuestionnaireResponse
{
    enum class CompletedBy
    {
        Person,
        Staff
    };
    enum class Status
    {
        Completed,
        EnteredInError
    };
    std::string id;
    std::string patientId;
    std::string questionnaireId; // StoredQuestionnaire record id
    std::string questionnaireUrl;
    std::string questionnaireVersion;
    std::string questionnaireTitle;
    base::CivilDate authored; // the day it was completed
    CompletedBy completedBy = CompletedBy::Person;
    std::string completedByUser; // the staff member, when on the person's behalf
    std::string enteredBy; // who typed it in (username)
    std::optional<double> totalScore;
    std::string band; // band code ("moderate"); empty when unscored or incomplete
    std::string bandLabel;
    std::string flags; // raised flag codes, comma-separated ("self-harm")
    bool safetyAlert = false; // a raised flag is a safety flag (PHQ-9 item 9 above 0)
    Status status = Status::Completed;
    std::string statusReason; // why it was marked entered in error
    std::string statusChangedBy; // who marked it (username)
    std::string answers; // JSON

    bool operator==(const QuestionnaireResponse&) const = default;
};

std::string_view responseCompletedByCode(QuestionnaireResponse::CompletedBy c);
QuestionnaireResponse::CompletedBy responseCompletedByFromCode(std::string_view code);
std::string_view responseStatusCode(QuestionnaireResponse::Status s);
QuestionnaireResponse::Status responseStatusFromCode(std::string_view code);

} // namespace carehouse::model
