#include "core/record/PatientRepository.h"

#include "core/base/Uuid.h"
#include "core/db/StatementCache.h"
#include "core/model/NhsNumber.h"
#include "core/record/RecordStore.h"

namespace carehouse::record {

using base::Error;
using base::ErrorCode;

namespace {

model::Observation readObservation(const db::Statement& s)
{
    model::Observation o;
    o.id = s.columnText(0);
    o.patientId = s.columnText(1);
    o.code = s.columnText(2);
    o.effective = base::CivilDate::parseIso(s.columnText(3)).value_or(base::CivilDate{});
    o.value = s.columnOptionalDouble(4);
    o.value2 = s.columnOptionalDouble(5);
    o.valueCode = s.columnText(6);
    o.unit = s.columnText(7);
    o.originalValue = s.columnOptionalDouble(8);
    o.originalUnit = s.columnText(9);
    o.source = model::observationSourceFromCode(s.columnText(10));
    o.sourceKey = s.columnText(11);
    o.note = s.columnText(12);
    o.requestId = s.columnText(13);
    return o;
}

constexpr const char* kObservationColumns = "id, patient_id, code, effective, value, value2, value_code, unit, "
                                            "original_value, original_unit, source, source_key, note, request_id";

} // namespace

base::Result<Versioned<model::Patient>> PatientRepository::patient(const std::string& id)
{
    auto st = m_store.statements().get(
        "SELECT head_seq, nhs_number, title, given_name, family_name, birth_date, gender, address_line1, "
        "address_line2, town, postcode, phone, restricted, practice, sharing_consent, preferred_language, "
        "large_print, ethnicity, linked_to FROM patient WHERE id = ?");
    if (!st)
        return st.error();
    auto& s = **st;
    s.bind(1, id);
    auto row = s.step();
    if (!row)
        return row.error();
    if (!*row) {
        s.reset();
        return Error::make(ErrorCode::NotFound, "patient", id);
    }
    Versioned<model::Patient> v;
    auto& p = v.value;
    v.headSeq = s.columnInt64(0);
    p.id = id;
    p.nhsNumber = s.columnText(1);
    p.title = s.columnText(2);
    p.givenName = s.columnText(3);
    p.familyName = s.columnText(4);
    p.birthDate = base::CivilDate::parseIso(s.columnText(5)).value_or(base::CivilDate{});
    p.gender = model::genderFromCode(s.columnText(6));
    p.addressLine1 = s.columnText(7);
    p.addressLine2 = s.columnText(8);
    p.town = s.columnText(9);
    p.postcode = s.columnText(10);
    p.phone = s.columnText(11);
    p.restricted = s.columnInt(12) != 0;
    p.practice = s.columnText(13);
    p.sharingConsent = model::consentFromCode(s.columnText(14));
    p.preferredLanguage = s.columnText(15);
    p.largePrint = s.columnInt(16) != 0;
    p.ethnicity = s.columnText(17);
    p.linkedTo = s.columnText(18);
    s.reset();
    return v;
}

base::Result<std::optional<std::string>> PatientRepository::idForNhsNumber(const std::string& digits)
{
    auto st = m_store.statements().get(
        "SELECT id FROM patient WHERE nhs_number = ? ORDER BY linked_to IS NOT NULL, id LIMIT 1");
    if (!st)
        return st.error();
    (*st)->bind(1, digits);
    auto row = (*st)->step();
    if (!row)
        return row.error();
    std::optional<std::string> id;
    if (*row)
        id = (*st)->columnText(0);
    (*st)->reset();
    return id;
}

base::Result<std::string> PatientRepository::resolve(const std::string& idOrNhs)
{
    if (base::isUuid(idOrNhs)) {
        auto p = patient(idOrNhs);
        if (!p)
            return p.error();
        return idOrNhs;
    }
    auto digits = model::NhsNumber::digitsOnly(idOrNhs);
    if (digits.size() != 10)
        return Error::make(ErrorCode::NotFound, "patient", idOrNhs);
    auto id = idForNhsNumber(digits);
    if (!id)
        return id.error();
    if (!*id)
        return Error::make(ErrorCode::NotFound, "patient", idOrNhs);
    return **id;
}

base::Result<std::vector<Versioned<model::Condition>>> PatientRepository::conditions(const std::string& patientId)
{
    auto st = m_store.statements().get("SELECT id, head_seq, code, term, onset_date, status FROM condition WHERE "
                                       "patient_id = ? ORDER BY onset_date, term");
    if (!st)
        return st.error();
    auto& s = **st;
    s.bind(1, patientId);
    std::vector<Versioned<model::Condition>> out;
    while (true) {
        auto row = s.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        Versioned<model::Condition> c;
        c.value.id = s.columnText(0);
        c.headSeq = s.columnInt64(1);
        c.value.patientId = patientId;
        c.value.code = s.columnText(2);
        c.value.term = s.columnText(3);
        c.value.onsetDate = base::CivilDate::parseIso(s.columnText(4)).value_or(base::CivilDate{});
        c.value.status = model::conditionStatusFromCode(s.columnText(5));
        out.push_back(std::move(c));
    }
    s.reset();
    return out;
}

base::Result<std::optional<model::Observation>> PatientRepository::latestObservation(const std::string& patientId,
                                                                                     const std::string& code)
{
    auto st = m_store.statements().get(std::string("SELECT ") + kObservationColumns
                                       + " FROM observation WHERE patient_id = ? AND code = ? AND status = 'final' "
                                         "ORDER BY effective DESC LIMIT 1");
    if (!st)
        return st.error();
    auto& s = **st;
    s.bind(1, patientId).bind(2, code);
    auto row = s.step();
    if (!row)
        return row.error();
    std::optional<model::Observation> out;
    if (*row)
        out = readObservation(s);
    s.reset();
    return out;
}

base::Result<std::vector<model::Observation>> PatientRepository::observations(const std::string& patientId,
                                                                              const std::string& code)
{
    auto st = m_store.statements().get(std::string("SELECT ") + kObservationColumns
                                       + " FROM observation WHERE patient_id = ? AND code = ? AND status = 'final' "
                                         "ORDER BY effective");
    if (!st)
        return st.error();
    auto& s = **st;
    s.bind(1, patientId).bind(2, code);
    std::vector<model::Observation> out;
    while (true) {
        auto row = s.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        out.push_back(readObservation(s));
    }
    s.reset();
    return out;
}

} // namespace carehouse::record
