#include "core/record/PatientDirectory.h"

#include "core/db/StatementCache.h"
#include "core/record/RecordStore.h"

#include <fmt/format.h>

namespace carehouse::record {

namespace {

constexpr const char* kColumns =
    "id, nhs_number, title, given_name, family_name, birth_date, gender, CASE restricted WHEN 1 THEN NULL ELSE "
    "postcode END";

// The smallest string greater than every string starting with `prefix` (byte order, as SQLite's BINARY collation).
std::string upperBound(std::string prefix)
{
    while (!prefix.empty() && static_cast<unsigned char>(prefix.back()) == 0xFF)
        prefix.pop_back();
    if (!prefix.empty())
        prefix.back() = static_cast<char>(static_cast<unsigned char>(prefix.back()) + 1);
    return prefix;
}

PatientListItem readItem(const db::Statement& s)
{
    PatientListItem item;
    item.id = s.columnText(0);
    item.nhsNumber = s.columnText(1);
    item.title = s.columnText(2);
    item.givenName = s.columnText(3);
    item.familyName = s.columnText(4);
    item.birthDate = base::CivilDate::parseIso(s.columnText(5)).value_or(base::CivilDate{});
    item.gender = model::genderFromCode(s.columnText(6));
    item.postcode = s.columnText(7);
    return item;
}

} // namespace

base::Result<PatientDirectory::Page> PatientDirectory::find(const PatientQuery& q, int limit)
{
    using Kind = PatientQuery::Kind;
    Page page;
    if (q.kind == Kind::Empty || q.kind == Kind::InvalidDate)
        return page;

    std::string sql;
    std::vector<std::string> params;
    const std::string order = " ORDER BY family_key, given_key, birth_date LIMIT ?";
    switch (q.kind) {
    case Kind::NhsNumber:
        sql = fmt::format("SELECT {} FROM patient WHERE nhs_number = ?{}", kColumns, order);
        params = {q.digits};
        break;
    case Kind::NhsNumberPrefix:
        sql = fmt::format("SELECT {} FROM patient WHERE nhs_number >= ? AND nhs_number < ?{}", kColumns, order);
        params = {q.digits, upperBound(q.digits)};
        break;
    case Kind::BirthDate:
        sql = fmt::format("SELECT {} FROM patient WHERE birth_date = ?{}", kColumns, order);
        params = {q.birthDate.iso()};
        break;
    case Kind::Name:
        if (q.comma) {
            sql = fmt::format("SELECT {} FROM patient WHERE family_key >= ? AND family_key < ? AND given_key >= ? "
                              "AND given_key < ?{}",
                              kColumns, order);
            params = {q.first, upperBound(q.first), q.second, upperBound(q.second)};
        } else {
            // One box, three readings: family prefix, given prefix, or "given family".
            std::string given = q.first, family;
            if (auto space = q.first.find(' '); space != std::string::npos) {
                given = q.first.substr(0, space);
                family = q.first.substr(space + 1);
            }
            // Family-name matches first, then the other readings; a person matching both appears once.
            std::string third = family.empty()
                                    ? std::string("SELECT {0}, 1 AS rank FROM patient WHERE given_key >= ? AND given_key < ?")
                                    : std::string("SELECT {0}, 1 AS rank FROM patient WHERE family_key >= ? AND "
                                                  "family_key < ? AND given_key >= ? AND given_key < ?");
            sql = fmt::format(fmt::runtime("SELECT id, nhs_number, title, given_name, family_name, birth_date, gender, "
                                           "postcode FROM (SELECT {0}, 0 AS rank FROM patient WHERE family_key >= ? "
                                           "AND family_key < ? UNION ALL " +
                                           third +
                                           ") GROUP BY id ORDER BY min(rank), family_key, given_key, birth_date "
                                           "LIMIT ?"),
                              "id, nhs_number, title, given_name, family_name, birth_date, gender, CASE restricted "
                              "WHEN 1 THEN NULL ELSE postcode END AS postcode, family_key, given_key");
            params = {q.first, upperBound(q.first)};
            if (family.empty()) {
                params.push_back(given);
                params.push_back(upperBound(given));
            } else {
                params.push_back(family);
                params.push_back(upperBound(family));
                params.push_back(given);
                params.push_back(upperBound(given));
            }
        }
        break;
    default: return page;
    }

    auto st = m_store.statements().get(sql);
    if (!st)
        return st.error();
    auto& s = **st;
    int i = 1;
    for (const auto& p : params)
        s.bind(i++, p);
    s.bind(i, limit + 1);
    while (true) {
        auto row = s.step();
        if (!row) {
            s.reset();
            return row.error();
        }
        if (!*row)
            break;
        if (static_cast<int>(page.items.size()) == limit) {
            page.more = true;
            break;
        }
        page.items.push_back(readItem(s));
    }
    s.reset();
    return page;
}

base::Result<long long> PatientDirectory::count()
{
    return m_store.connection().scalarInt("SELECT count(*) FROM patient");
}

} // namespace carehouse::record
