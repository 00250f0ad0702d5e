#pragma once

#include "core/base/Result.h"
#include "core/model/Appointment.h"
#include "core/model/CareException.h"
#include "core/model/Invitation.h"

#include <string>
#include <vector>

namespace carehouse::record {
class RecordStore;
}

namespace carehouse::recall {

// Records what the admin team and clinicians do in the cycle: invitations, appointments and
// exceptions. Each call is one commit; rules of the cycle are checked here, not in the forms.
class RecallBook
{
public:
    explicit RecallBook(record::RecordStore& store)
        : m_store(store)
    {
    }

    // Refuses a second invitation within the policy's days of the previous one in this cycle
    // (TooSoon, hint = the earliest date) and a date in the future.
    base::Result<std::string> invite(const std::string& patientId, model::Invitation::Method method,
                                     base::CivilDate sentOn, const std::string& note = {});
    // Invites several people at once (a printed batch): one commit, people not allowed yet are
    // skipped and returned in `skipped`.
    base::Result<std::vector<std::string>> inviteMany(const std::vector<std::string>& patientIds,
                                                      model::Invitation::Method method, base::CivilDate sentOn,
                                                      std::vector<std::string>* skipped = nullptr);

    base::Result<std::string> book(const model::Appointment& appointment);
    base::Status setStatus(const std::string& appointmentId, model::Appointment::Status status);
    base::Result<std::vector<model::Appointment>> appointments(const std::string& patientId);

    base::Result<std::string> recordException(const std::string& patientId, model::CareException::Kind kind,
                                              const std::string& reason, base::CivilDate expiresOn);
    base::Status withdrawException(const std::string& exceptionId);

private:
    record::RecordStore& m_store;
};

} // namespace carehouse::recall
