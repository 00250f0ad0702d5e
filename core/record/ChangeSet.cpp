#include "core/record/ChangeSet.h"

namespace carehouse::record {

void ChangeSet::addPatient(const model::Patient& p, std::optional<std::int64_t> basedOnSeq)
{
    m_changes.push_back({RecordType::Patient, p.id, p.id, p, !basedOnSeq.has_value(), basedOnSeq});
}

void ChangeSet::addCondition(const model::Condition& c, std::optional<std::int64_t> basedOnSeq)
{
    m_changes.push_back({RecordType::Condition, c.id, c.patientId, c, !basedOnSeq.has_value(), basedOnSeq});
}

void ChangeSet::addObservation(const model::Observation& o)
{
    m_changes.push_back({RecordType::Observation, o.id, o.patientId, o, true, std::nullopt});
}

void ChangeSet::retractObservation(const model::Observation& o, std::int64_t basedOnSeq)
{
    auto retracted = o;
    retracted.status = model::Observation::Status::EnteredInError;
    m_changes.push_back({RecordType::Observation, o.id, o.patientId, retracted, false, basedOnSeq});
}

void ChangeSet::addUser(const model::User& u, std::optional<std::int64_t> basedOnSeq)
{
    m_changes.push_back({RecordType::User, u.id, {}, u, !basedOnSeq.has_value(), basedOnSeq});
}

} // namespace carehouse::record
