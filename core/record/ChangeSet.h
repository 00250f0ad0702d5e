#pragma once

#include "core/model/Condition.h"
#include "core/model/Observation.h"
#include "core/model/Patient.h"
#include "core/model/User.h"
#include "core/record/FieldRecord.h"
#include "core/record/RecordType.h"

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace carehouse::record {

using RecordValue
    = std::variant<model::Patient, model::Condition, model::Observation, model::User, model::LabRequest,
                   model::ResultReview, model::UnmatchedResult, model::Invitation, model::Appointment,
                   model::CareException, model::SentLetter, model::CarePlan, model::Referral,
                   model::StoredQuestionnaire, model::QuestionnaireResponse, model::SafetyAlertAcknowledgement>;

// One new version of one record, carried as its typed value: the journal payload and the
// current row are both written from it, with no JSON document in between.
struct RecordChange
{
    RecordType type = RecordType::Patient;
    std::string recordId;
    std::string patientId; // whose record this belongs to (empty for users)
    RecordValue value;
    bool isNew = true;
    // The version the editor started from (journal seq). A different current version means
    // someone else saved in between: the commit is refused as stale rather than overwriting.
    std::optional<std::int64_t> basedOnSeq;
    // A clinician's resolution of an open conflict (ConflictBook::resolve): the version names
    // every head of the record as its parent and closes the conflict.
    bool resolvesConflict = false;
};

// Everything one user action writes, committed all together or not at all.
class ChangeSet
{
public:
    // `action` names the audit entry ("register-patient", "edit-patient", "record-observation").
    explicit ChangeSet(std::string action, std::string patientId = {})
        : m_action(std::move(action))
        , m_patientId(std::move(patientId))
    {
    }

    void addPatient(const model::Patient& p, std::optional<std::int64_t> basedOnSeq = std::nullopt);
    void addCondition(const model::Condition& c, std::optional<std::int64_t> basedOnSeq = std::nullopt);
    void addObservation(const model::Observation& o);
    // A new version of a recorded observation: only ever to mark it entered-in-error.
    void retractObservation(const model::Observation& o, std::int64_t basedOnSeq);
    void addUser(const model::User& u, std::optional<std::int64_t> basedOnSeq = std::nullopt);
    // Records stored through their field list (FieldRecord.h); new unless based on a version.
    template <FieldStored T>
    void addRecord(const T& value, std::optional<std::int64_t> basedOnSeq = std::nullopt)
    {
        m_changes.push_back({FieldRecord<T>::type, value.id, FieldRecord<T>::patientOf(value), value,
                             !basedOnSeq.has_value(), basedOnSeq});
    }
    void add(RecordChange change) { m_changes.push_back(std::move(change)); }
    void reserve(std::size_t n) { m_changes.reserve(n); }

    const std::string& action() const { return m_action; }
    const std::string& patientId() const { return m_patientId; }
    const std::vector<RecordChange>& changes() const { return m_changes; }
    bool empty() const { return m_changes.empty(); }

private:
    std::string m_action;
    std::string m_patientId;
    std::vector<RecordChange> m_changes;
};

} // namespace carehouse::record
