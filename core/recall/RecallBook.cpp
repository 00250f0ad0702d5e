#include "core/recall/RecallBook.h"

#include "core/base/Uuid.h"
#include "core/recall/Worklist.h"
#include "core/record/FieldRecordReader.h"
#include "core/record/PatientRepository.h"
#include "core/record/RecordStore.h"

namespace carehouse::recall {

using base::Error;
using base::ErrorCode;

namespace {

// Why this person may not be invited on `day`, or nothing when they may.
std::optional<Error> invitationRefusal(const CycleState& cycle, base::CivilDate day)
{
    if (cycle.invitations > 0 && day < cycle.nextInvitationFrom)
        return Error::make(ErrorCode::TooSoon, "invitation", day.iso()).withHint(cycle.nextInvitationFrom.iso());
    return std::nullopt;
}

} // namespace

base::Result<std::string> RecallBook::invite(const std::string& patientId, model::Invitation::Method method,
                                             base::CivilDate sentOn, const std::string& note)
{
    if (auto st = m_store.require(security::Permission::ManageRecall); !st)
        return st.error();
    if (!sentOn.valid())
        return Error::make(ErrorCode::RequiredField, "invitation date");
    if (sentOn > m_store.clock().today())
        return Error::make(ErrorCode::DateInFuture, "invitation date", sentOn.display());
    auto cycle = WorklistReader(m_store).cycleOf(patientId);
    if (!cycle)
        return cycle.error();
    if (auto refusal = invitationRefusal(*cycle, sentOn))
        return *refusal;
    model::Invitation inv{base::newUuid(), patientId, sentOn, method, note};
    record::ChangeSet cs("invite", patientId);
    cs.addRecord(inv);
    if (auto r = m_store.commit(cs); !r)
        return r.error();
    return inv.id;
}

base::Result<std::vector<std::string>> RecallBook::inviteMany(const std::vector<std::string>& patientIds,
                                                              model::Invitation::Method method, base::CivilDate sentOn,
                                                              std::vector<std::string>* skipped)
{
    if (auto st = m_store.require(security::Permission::ManageRecall); !st)
        return st.error();
    if (sentOn > m_store.clock().today())
        return Error::make(ErrorCode::DateInFuture, "invitation date", sentOn.display());
    auto everyone = WorklistReader(m_store).everyone();
    if (!everyone)
        return everyone.error();
    std::unordered_map<std::string, const WorklistRow*> byId;
    for (const auto& row : *everyone)
        byId.emplace(row.patientId, &row);
    record::ChangeSet cs("invite-batch");
    std::vector<std::string> invited;
    for (const auto& id : patientIds) {
        auto it = byId.find(id);
        if (it == byId.end() || invitationRefusal(it->second->cycle, sentOn)) {
            if (skipped)
                skipped->push_back(id);
            continue;
        }
        cs.addRecord(model::Invitation{base::newUuid(), id, sentOn, method, {}});
        invited.push_back(id);
    }
    if (!cs.empty())
        if (auto r = m_store.commit(cs); !r)
            return r.error();
    return invited;
}

base::Result<std::string> RecallBook::book(const model::Appointment& appointment)
{
    if (auto st = m_store.require(security::Permission::ManageRecall); !st)
        return st.error();
    if (!appointment.date.valid())
        return Error::make(ErrorCode::RequiredField, "appointment date");
    if (appointment.minuteOfDay < 0 || appointment.minuteOfDay >= 24 * 60)
        return Error::make(ErrorCode::InvalidArgument, "appointment time", std::to_string(appointment.minuteOfDay));
    if (appointment.status == model::Appointment::Status::Booked
        && appointment.date < m_store.clock().today().addDays(-1))
        return Error::make(ErrorCode::DateImplausible, "appointment date", appointment.date.display());
    record::PatientRepository repo(m_store);
    if (auto p = repo.patient(appointment.patientId); !p)
        return p.error();
    auto a = appointment;
    if (a.id.empty())
        a.id = base::newUuid();
    record::ChangeSet cs("book-appointment", a.patientId);
    cs.addRecord(a);
    if (auto r = m_store.commit(cs); !r)
        return r.error();
    return a.id;
}

base::Status RecallBook::setStatus(const std::string& appointmentId, model::Appointment::Status status)
{
    record::FieldRecordReader reader(m_store);
    auto found = reader.byId<model::Appointment>(appointmentId);
    if (!found)
        return found.error();
    auto a = found->value;
    if (a.status == status)
        return {};
    a.status = status;
    record::ChangeSet cs("update-appointment", a.patientId);
    cs.addRecord(a, found->headSeq);
    if (auto r = m_store.commit(cs); !r)
        return r.error();
    return {};
}

base::Result<std::vector<model::Appointment>> RecallBook::appointments(const std::string& patientId)
{
    if (auto st = m_store.require(security::Permission::ViewRecord); !st)
        return st.error();
    auto rows = record::FieldRecordReader(m_store).all<model::Appointment>("patient_id = ? ORDER BY date DESC, "
                                                                           "minute_of_day DESC",
                                                                           {patientId});
    if (!rows)
        return rows.error();
    std::vector<model::Appointment> out;
    for (auto& r : *rows)
        out.push_back(std::move(r.value));
    return out;
}

base::Result<std::string> RecallBook::recordException(const std::string& patientId, model::CareException::Kind kind,
                                                      const std::string& reason, base::CivilDate expiresOn)
{
    if (auto st = m_store.require(security::Permission::RecordException); !st)
        return st.error();
    if (reason.empty())
        return Error::make(ErrorCode::RequiredField, "reason");
    const auto today = m_store.clock().today();
    if (!expiresOn.valid())
        return Error::make(ErrorCode::RequiredField, "expiry date");
    if (expiresOn <= today)
        return Error::make(ErrorCode::DateImplausible, "expiry date", expiresOn.display());
    if (auto p = record::PatientRepository(m_store).patient(patientId); !p)
        return p.error();
    model::CareException e{base::newUuid(), patientId, kind, reason, today, expiresOn, false};
    record::ChangeSet cs("record-exception", patientId);
    cs.addRecord(e);
    if (auto r = m_store.commit(cs); !r)
        return r.error();
    return e.id;
}

base::Status RecallBook::withdrawException(const std::string& exceptionId)
{
    auto found = record::FieldRecordReader(m_store).byId<model::CareException>(exceptionId);
    if (!found)
        return found.error();
    auto e = found->value;
    if (e.withdrawn)
        return Error::make(ErrorCode::InvalidState, "exception", exceptionId).withDetail("already withdrawn");
    e.withdrawn = true;
    record::ChangeSet cs("withdraw-exception", e.patientId);
    cs.addRecord(e, found->headSeq);
    if (auto r = m_store.commit(cs); !r)
        return r.error();
    return {};
}

} // namespace carehouse::recall
