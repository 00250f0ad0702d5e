#include "core/record/Projection.h"

#include "core/base/TextFold.h"
#include "core/db/StatementCache.h"

namespace carehouse::record {

namespace {

base::Status apply(db::StatementCache& cache, const model::Patient& p, std::int64_t seq, bool isNew)
{
    const auto& id = p.id;
    auto st = cache.get(std::string(isNew ? "INSERT" : "REPLACE")
                        + " INTO patient (id, head_seq, nhs_number, title, given_name, family_name, "
                          "given_key, family_key, birth_date, gender, address_line1, address_line2, town, postcode, "
                          "phone, restricted, practice, sharing_consent, preferred_language, large_print, ethnicity, "
                          "linked_to) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    if (!st)
        return st.error();
    auto& s = **st;
    s.bind(1, id).bind(2, seq).bindTextOrNull(3, p.nhsNumber).bindTextOrNull(4, p.title);
    s.bind(5, p.givenName).bind(6, p.familyName);
    s.bind(7, base::foldForSearch(p.givenName)).bind(8, base::foldForSearch(p.familyName));
    s.bind(9, p.birthDate.iso()).bind(10, model::genderCode(p.gender));
    s.bindTextOrNull(11, p.addressLine1).bindTextOrNull(12, p.addressLine2).bindTextOrNull(13, p.town);
    s.bindTextOrNull(14, p.postcode).bindTextOrNull(15, p.phone).bind(16, p.restricted ? 1 : 0);
    s.bindTextOrNull(17, p.practice).bind(18, model::consentCode(p.sharingConsent));
    s.bindTextOrNull(19, p.preferredLanguage).bind(20, p.largePrint ? 1 : 0).bindTextOrNull(21, p.ethnicity);
    s.bindTextOrNull(22, p.linkedTo);
    return s.run();
}

base::Status apply(db::StatementCache& cache, const model::Condition& c, std::int64_t seq, bool isNew)
{
    const auto& id = c.id;
    auto st = cache.get(std::string(isNew ? "INSERT" : "REPLACE")
                        + " INTO condition (id, head_seq, patient_id, code, term, onset_date, status) "
                          "VALUES (?,?,?,?,?,?,?)");
    if (!st)
        return st.error();
    auto& s = **st;
    s.bind(1, id).bind(2, seq).bind(3, c.patientId).bind(4, c.code).bind(5, c.term);
    s.bindTextOrNull(6, c.onsetDate.iso()).bind(7, model::conditionStatusCode(c.status));
    return s.run();
}

base::Status apply(db::StatementCache& cache, const model::Observation& o, std::int64_t seq, bool isNew)
{
    const auto& id = o.id;
    auto st = cache.get(std::string(isNew ? "INSERT" : "REPLACE")
                        + " INTO observation (id, head_seq, patient_id, code, effective, value, value2, "
                          "value_code, unit, status, original_value, original_unit, source, source_key, note, "
                          "request_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    if (!st)
        return st.error();
    auto& s = **st;
    s.bind(1, id).bind(2, seq).bind(3, o.patientId).bind(4, o.code).bind(5, o.effective.iso());
    s.bindOptional(6, o.value).bindOptional(7, o.value2).bindTextOrNull(8, o.valueCode).bindTextOrNull(9, o.unit);
    s.bind(10, o.status == model::Observation::Status::EnteredInError ? "entered-in-error" : "final");
    s.bindOptional(11, o.originalValue)
        .bindTextOrNull(12, o.originalUnit)
        .bind(13, model::observationSourceCode(o.source));
    s.bindTextOrNull(14, o.sourceKey).bindTextOrNull(15, o.note).bindTextOrNull(16, o.requestId);
    return s.run();
}

base::Status apply(db::StatementCache& cache, const model::User& u, std::int64_t seq, bool isNew)
{
    const auto& id = u.id;
    auto st = cache.get(std::string(isNew ? "INSERT" : "REPLACE")
                        + " INTO user_account (id, head_seq, username, display_name, role, "
                          "password_hash, active) VALUES (?,?,?,?,?,?,?)");
    if (!st)
        return st.error();
    auto& s = **st;
    s.bind(1, id).bind(2, seq).bind(3, u.username).bind(4, u.displayName).bind(5, model::roleCode(u.role));
    s.bind(6, u.passwordHash).bind(7, u.active ? 1 : 0);
    return s.run();
}

// The statement text depends only on the record type (its columns never change), so it is
// built once per type and mode rather than for every version.
template <FieldStored T>
const std::string& projectionSql(bool isNew)
{
    static const auto build = [](bool fresh) {
        const FieldList fields = FieldRecord<T>::fields(T{});
        std::string sql = std::string(fresh ? "INSERT" : "REPLACE") + " INTO " + currentTableOf(FieldRecord<T>::type)
            + " (id, head_seq";
        for (const auto& f : fields)
            sql += std::string(", ") + f.column;
        sql += ") VALUES (?, ?";
        for (std::size_t i = 0; i < fields.size(); ++i)
            sql += ", ?";
        return sql + ")";
    };
    static const std::string insert = build(true);
    static const std::string replace = build(false);
    return isNew ? insert : replace;
}

template <FieldStored T>
base::Status apply(db::StatementCache& cache, const T& value, std::int64_t seq, bool isNew)
{
    auto st = cache.get(projectionSql<T>(isNew));
    if (!st)
        return st.error();
    auto& s = **st;
    s.bind(1, value.id).bind(2, seq);
    int index = 3;
    for (const auto& f : FieldRecord<T>::fields(value))
        bindField(s, index++, f.value);
    return s.run();
}

} // namespace

base::Status Projection::apply(const RecordValue& value, std::int64_t seq, bool isNew)
{
    return std::visit([&](const auto& v) { return carehouse::record::apply(m_statements, v, seq, isNew); }, value);
}

} // namespace carehouse::record
