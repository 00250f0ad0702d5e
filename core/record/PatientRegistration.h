#pragma once

#include "core/base/Result.h"
#include "core/model/Condition.h"
#include "core/model/Patient.h"
#include "core/record/PatientDraft.h"

#include <optional>
#include <vector>

namespace carehouse::record {

class RecordStore;

// Registers and edits people, and records diagnoses: validates, then writes through commit.
class PatientRegistration
{
public:
    explicit PatientRegistration(RecordStore& store)
        : m_store(store)
    {
    }

    // Every problem with the draft at once (a form shows them all), or the validated Patient.
    // `selfId` is the person being edited, so their own NHS number is not a duplicate.
    std::vector<base::Error> validate(const PatientDraft& draft, model::Patient& out, const std::string& selfId = {});

    base::Result<std::string> registerPatient(const PatientDraft& draft);
    base::Status update(const std::string& patientId, const PatientDraft& draft, std::int64_t basedOnSeq);

    // Records a diagnosis; the code must be in the condition catalogue.
    base::Result<std::string> addDiagnosis(const std::string& patientId, const std::string& code,
                                           const std::string& onsetDate);
    base::Status setDiagnosisStatus(const std::string& conditionId, model::Condition::Status status,
                                    std::int64_t basedOnSeq);

    static PatientDraft draftFrom(const model::Patient& p);

private:
    RecordStore& m_store;
};

} // namespace carehouse::record
