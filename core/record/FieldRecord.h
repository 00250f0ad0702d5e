#pragma once

#include "core/model/Appointment.h"
#include "core/model/CareException.h"
#include "core/model/CarePlan.h"
#include "core/model/Invitation.h"
#include "core/model/LabRequest.h"
#include "core/model/QuestionnaireResponse.h"
#include "core/model/Referral.h"
#include "core/model/ResultReview.h"
#include "core/model/SafetyAlertAcknowledgement.h"
#include "core/model/SentLetter.h"
#include "core/model/StoredQuestionnaire.h"
#include "core/model/UnmatchedResult.h"
#include "core/record/RecordFields.h"
#include "core/record/RecordType.h"

#include <nlohmann/json.hpp>
#include <string>
#include <type_traits>

namespace carehouse::record {

// Records stored through a FieldList (see RecordFields.h). Each specialisation names the
// record type, its fields (one per column of its current table, payload keys alike) and how
// to read the value back from a payload. Adding a record type is a model, a specialisation
// and a migration: the journal, projection and integrity check follow.
template <typename T>
struct FieldRecord : std::false_type
{
};

template <typename T>
concept FieldStored = FieldRecord<T>::value;

#define CAREHOUSE_FIELD_RECORD(Model, Type)                                                                            \
    template <>                                                                                                        \
    struct FieldRecord<Model> : std::true_type                                                                         \
    {                                                                                                                  \
        static constexpr RecordType type = Type;                                                                       \
        static FieldList fields(const Model& v);                                                                       \
        static Model read(const std::string& id, const FieldReader& fields);                                           \
        static Model fromPayload(const std::string& id, const nlohmann::json& payload)                                 \
        {                                                                                                              \
            return read(id, JsonFieldReader(payload));                                                                 \
        }                                                                                                              \
        static std::string patientOf(const Model& v);                                                                  \
    };

CAREHOUSE_FIELD_RECORD(model::LabRequest, RecordType::LabRequest)
CAREHOUSE_FIELD_RECORD(model::ResultReview, RecordType::ResultReview)
CAREHOUSE_FIELD_RECORD(model::UnmatchedResult, RecordType::UnmatchedResult)
CAREHOUSE_FIELD_RECORD(model::Invitation, RecordType::Invitation)
CAREHOUSE_FIELD_RECORD(model::Appointment, RecordType::Appointment)
CAREHOUSE_FIELD_RECORD(model::CareException, RecordType::CareException)
CAREHOUSE_FIELD_RECORD(model::SentLetter, RecordType::SentLetter)
CAREHOUSE_FIELD_RECORD(model::CarePlan, RecordType::CarePlan)
CAREHOUSE_FIELD_RECORD(model::Referral, RecordType::Referral)
CAREHOUSE_FIELD_RECORD(model::StoredQuestionnaire, RecordType::Questionnaire)
CAREHOUSE_FIELD_RECORD(model::QuestionnaireResponse, RecordType::QuestionnaireResponse)
CAREHOUSE_FIELD_RECORD(model::SafetyAlertAcknowledgement, RecordType::SafetyAlertAcknowledgement)

#undef CAREHOUSE_FIELD_RECORD

} // namespace carehouse::record
