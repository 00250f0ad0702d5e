#include "core/record/PatientRegistration.h"

#include "core/base/Uuid.h"
#include "core/clinical/ConditionCatalogue.h"
#include "core/model/NhsNumber.h"
#include "core/record/PatientRepository.h"
#include "core/record/RecordStore.h"

namespace carehouse::record {

using base::Error;
using base::ErrorCode;

namespace {

std::string trimmed(const std::string& s)
{
    auto b = s.find_first_not_of(" \t\r\n");
    if (b == std::string::npos)
        return {};
    auto e = s.find_last_not_of(" \t\r\n");
    return s.substr(b, e - b + 1);
}

std::string upperPostcode(std::string s)
{
    for (auto& c : s)
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 32);
    return s;
}

} // namespace

std::vector<Error> PatientRegistration::validate(const PatientDraft& d, model::Patient& p, const std::string& selfId)
{
    std::vector<Error> errors;
    p.title = trimmed(d.title);
    p.givenName = trimmed(d.givenName);
    p.familyName = trimmed(d.familyName);
    if (p.familyName.empty())
        errors.push_back(Error::make(ErrorCode::RequiredField, "family name"));
    if (p.givenName.empty())
        errors.push_back(Error::make(ErrorCode::RequiredField, "given name"));

    auto birth = trimmed(d.birthDate);
    if (birth.empty()) {
        errors.push_back(Error::make(ErrorCode::RequiredField, "date of birth"));
    } else if (auto date = base::CivilDate::parse(birth, "date of birth"); !date) {
        errors.push_back(date.error());
    } else if (*date > m_store.clock().today()) {
        errors.push_back(Error::make(ErrorCode::DateInFuture, "date of birth", birth));
    } else if (date->year() < 1890) {
        errors.push_back(Error::make(ErrorCode::DateImplausible, "date of birth", birth));
    } else {
        p.birthDate = *date;
    }

    auto nhs = trimmed(d.nhsNumber);
    if (!nhs.empty()) {
        if (auto parsed = model::NhsNumber::parse(nhs); !parsed) {
            errors.push_back(parsed.error());
        } else {
            p.nhsNumber = parsed->digits();
            // A record that already shares its NHS number with another (two sites registered the
            // person before an exchange met them) stays editable: only giving a record an NHS
            // number someone else holds is refused.
            PatientRepository repo(m_store);
            bool keepsItsOwn = false;
            if (!selfId.empty()) {
                auto self = repo.patient(selfId);
                keepsItsOwn = self && self->value.nhsNumber == p.nhsNumber;
            }
            auto existing = keepsItsOwn ? base::Result<std::optional<std::string>>(std::nullopt)
                                        : repo.idForNhsNumber(p.nhsNumber);
            if (!existing)
                errors.push_back(existing.error());
            else if (*existing && **existing != selfId)
                errors.push_back(Error::make(ErrorCode::DuplicateNhsNumber, "NHS number", parsed->display()));
        }
    }

    p.gender = model::genderFromCode(d.gender);
    if (model::genderCode(p.gender) != d.gender)
        errors.push_back(Error::make(ErrorCode::InvalidArgument, "gender", d.gender));
    p.sharingConsent = model::consentFromCode(d.sharingConsent);
    if (model::consentCode(p.sharingConsent) != d.sharingConsent)
        errors.push_back(Error::make(ErrorCode::InvalidArgument, "sharing consent", d.sharingConsent));

    p.addressLine1 = trimmed(d.addressLine1);
    p.addressLine2 = trimmed(d.addressLine2);
    p.town = trimmed(d.town);
    p.postcode = upperPostcode(trimmed(d.postcode));
    p.phone = trimmed(d.phone);
    p.restricted = d.restricted;
    p.practice = trimmed(d.practice);
    p.preferredLanguage = trimmed(d.preferredLanguage);
    p.largePrint = d.largePrint;
    p.ethnicity = trimmed(d.ethnicity);
    return errors;
}

base::Result<std::string> PatientRegistration::registerPatient(const PatientDraft& draft)
{
    if (auto st = m_store.require(security::Permission::RegisterPatient); !st)
        return st.error();
    model::Patient p;
    if (auto errors = validate(draft, p); !errors.empty())
        return errors.front();
    p.id = base::newUuid();
    ChangeSet cs("register-patient", p.id);
    cs.addPatient(p);
    if (auto r = m_store.commit(cs); !r)
        return r.error();
    return p.id;
}

base::Status PatientRegistration::update(const std::string& patientId, const PatientDraft& draft,
                                         std::int64_t basedOnSeq)
{
    if (auto st = m_store.require(security::Permission::EditDemographics); !st)
        return st;
    model::Patient p;
    if (auto errors = validate(draft, p, patientId); !errors.empty())
        return errors.front();
    p.id = patientId;
    // The form does not hold the link a clinician made between duplicate records; an edit keeps it.
    auto current = PatientRepository(m_store).patient(patientId);
    if (!current)
        return current.error();
    p.linkedTo = current->value.linkedTo;
    ChangeSet cs("edit-patient", patientId);
    cs.addPatient(p, basedOnSeq);
    if (auto r = m_store.commit(cs); !r)
        return r.error();
    return {};
}

base::Result<std::string> PatientRegistration::addDiagnosis(const std::string& patientId, const std::string& code,
                                                            const std::string& onsetDate)
{
    if (auto st = m_store.require(security::Permission::RecordDiagnosis); !st)
        return st.error();
    auto catalogue = clinical::ConditionCatalogue::standard();
    if (!catalogue)
        return catalogue.error();
    const auto* entry = (*catalogue)->find(code);
    if (!entry)
        return Error::make(ErrorCode::UnknownCode, "diagnosis", code);
    model::Condition c;
    c.id = base::newUuid();
    c.patientId = patientId;
    c.code = entry->code;
    c.term = entry->term;
    if (!trimmed(onsetDate).empty()) {
        auto date = base::CivilDate::parse(onsetDate, "diagnosis date");
        if (!date)
            return date.error();
        if (*date > m_store.clock().today())
            return Error::make(ErrorCode::DateInFuture, "diagnosis date", onsetDate);
        c.onsetDate = *date;
    }
    if (auto p = PatientRepository(m_store).patient(patientId); !p)
        return p.error();
    ChangeSet cs("record-diagnosis", patientId);
    cs.addCondition(c);
    if (auto r = m_store.commit(cs); !r)
        return r.error();
    return c.id;
}

base::Status PatientRegistration::setDiagnosisStatus(const std::string& conditionId, model::Condition::Status status,
                                                     std::int64_t basedOnSeq)
{
    auto st = m_store.statements().get("SELECT patient_id FROM condition WHERE id = ?");
    if (!st)
        return st.error();
    (*st)->bind(1, conditionId);
    auto row = (*st)->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error::make(ErrorCode::NotFound, "diagnosis", conditionId);
    auto patientId = (*st)->columnText(0);
    (*st)->reset();
    auto conditions = PatientRepository(m_store).conditions(patientId);
    if (!conditions)
        return conditions.error();
    for (auto& c : *conditions) {
        if (c.value.id != conditionId)
            continue;
        c.value.status = status;
        ChangeSet cs("update-diagnosis", patientId);
        cs.addCondition(c.value, basedOnSeq);
        if (auto r = m_store.commit(cs); !r)
            return r.error();
        return {};
    }
    return Error::make(ErrorCode::NotFound, "diagnosis", conditionId);
}

PatientDraft PatientRegistration::draftFrom(const model::Patient& p)
{
    PatientDraft d;
    d.nhsNumber = p.nhsNumber;
    d.title = p.title;
    d.givenName = p.givenName;
    d.familyName = p.familyName;
    d.birthDate = p.birthDate.valid() ? p.birthDate.display() : std::string();
    d.gender = std::string(model::genderCode(p.gender));
    d.addressLine1 = p.addressLine1;
    d.addressLine2 = p.addressLine2;
    d.town = p.town;
    d.postcode = p.postcode;
    d.phone = p.phone;
    d.restricted = p.restricted;
    d.practice = p.practice;
    d.sharingConsent = std::string(model::consentCode(p.sharingConsent));
    d.preferredLanguage = p.preferredLanguage;
    d.largePrint = p.largePrint;
    d.ethnicity = p.ethnicity;
    return d;
}

} // namespace carehouse::record
