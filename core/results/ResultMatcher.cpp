#include "core/results/ResultMatcher.h"

#include "core/base/Uuid.h"
#include "core/model/NhsNumber.h"
#include "core/record/FieldRecordReader.h"
#include "core/record/PatientRepository.h"
#include "core/record/PossibleDuplicates.h"
#include "core/record/RecordStore.h"

#include <algorithm>
#include <fmt/format.h>
#include <sodium.h>

namespace carehouse::results {

using model::UnmatchedResult;

base::Result<std::string> ResultMatcher::personFor(const std::string& nhsNumber, const std::string& birthDate,
                                                   UnmatchedResult::Reason& whyNot)
{
    auto nhs = model::NhsNumber::parse(nhsNumber);
    if (!nhs) {
        whyNot = UnmatchedResult::Reason::NoNhsNumber;
        return base::Error::make(base::ErrorCode::NotFound, "patient", nhsNumber);
    }
    record::PatientRepository repo(m_store);
    auto id = repo.idForNhsNumber(nhs->digits());
    if (!id)
        return id.error();
    if (!*id) {
        whyNot = UnmatchedResult::Reason::NotOnRegister;
        return base::Error::make(base::ErrorCode::NotFound, "patient", nhsNumber);
    }
    // Two records with this NHS number that no clinician has linked: filing against either could
    // leave the result where the person's clinician is not looking, so a person chooses. Once
    // linked, the result goes to the record the others are linked to.
    auto group = record::PossibleDuplicates(m_store).groupOf(**id);
    if (!group)
        return group.error();
    if (*group && (*group)->open()) {
        whyNot = UnmatchedResult::Reason::TwoRecords;
        return base::Error::make(base::ErrorCode::NotFound, "patient", nhsNumber);
    }
    const std::string personId = *group ? (*group)->mainId : **id;
    auto patient = repo.patient(personId);
    if (!patient)
        return patient.error();
    // The second identifier must agree: an NHS number mistyped into someone else's is the hazard.
    auto dob = base::CivilDate::parse(birthDate);
    if (!dob || *dob != patient->value.birthDate) {
        whyNot = UnmatchedResult::Reason::BirthDateDiffers;
        return base::Error::make(base::ErrorCode::NotFound, "patient", nhsNumber);
    }
    return personId;
}

base::Status ResultMatcher::attach(model::Observation result, record::ChangeSet& changes,
                                   std::vector<std::string>& taken, bool& fulfilled)
{
    fulfilled = false;
    auto pending = record::FieldRecordReader(m_store).all<model::LabRequest>(
        "patient_id = ? AND code = ? AND status = 'pending' ORDER BY requested_on", {result.patientId, result.code});
    if (!pending)
        return pending.error();
    for (auto& request : *pending) {
        if (request.value.requestedOn > result.effective
            || std::find(taken.begin(), taken.end(), request.value.id) != taken.end())
            continue;
        request.value.status = model::LabRequest::Status::Fulfilled;
        request.value.observationId = result.id;
        result.requestId = request.value.id;
        taken.push_back(request.value.id);
        changes.addRecord(request.value, request.headSeq);
        fulfilled = true;
        break;
    }
    changes.addObservation(result);
    return {};
}

base::Result<bool> ResultMatcher::alreadyImported(const std::string& sourceKey)
{
    auto st = m_store.statements().get("SELECT EXISTS (SELECT 1 FROM observation WHERE source_key = ?1) "
                                       "OR EXISTS (SELECT 1 FROM unmatched_result WHERE source_key = ?1)");
    if (!st)
        return st.error();
    (*st)->bind(1, sourceKey);
    auto row = (*st)->step();
    if (!row) {
        (*st)->reset();
        return row.error();
    }
    bool found = *row && (*st)->columnInt(0) != 0;
    (*st)->reset();
    return found;
}

std::string ResultMatcher::sourceKeyOf(const std::string& nhsDigits, const std::string& code,
                                       const std::string& effective, std::optional<double> value,
                                       std::optional<double> value2)
{
    // The identity of a result is what it says, not where it came from: the same result in a
    // re-sent file, or in CSV one day and FHIR the next, is one result.
    const auto text = fmt::format("{}|{}|{}|{}|{}", nhsDigits, code, effective, value ? fmt::format("{}", *value) : "",
                                  value2 ? fmt::format("{}", *value2) : "");
    unsigned char hash[16];
    crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char*>(text.data()), text.size(), nullptr, 0);
    std::string hex;
    for (unsigned char b : hash)
        hex += fmt::format("{:02x}", b);
    return hex;
}

} // namespace carehouse::results
