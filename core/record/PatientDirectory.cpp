#include "core/record/PatientDirectory.h"

#include "core/db/StatementCache.h"
#include "core/record/RecordStore.h"

#include <algorithm>
#include <fmt/format.h>
#include <set>
#include <tuple>

namespace carehouse::record {

namespace {

constexpr const char* kColumns
    = "id, nhs_number, title, given_name, family_name, birth_date, gender, CASE restricted WHEN 1 THEN NULL ELSE "
      "postcode END, restricted, family_key, given_key, linked_to IS NOT NULL, nhs_number IS NOT NULL AND EXISTS "
      "(SELECT 1 FROM patient other WHERE other.nhs_number = patient.nhs_number AND other.id <> patient.id)";

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
    item.restricted = s.columnInt(8) != 0;
    item.familyKey = s.columnText(9);
    item.givenKey = s.columnText(10);
    item.linked = s.columnInt(11) != 0;
    item.otherRecord = s.columnInt(12) != 0;
    return item;
}

} // namespace

// Runs one index range scan, in index order, reading at most `limit` rows: no sort of every
// match, so a one-letter prefix costs the same as a full name.
base::Result<std::vector<PatientListItem>> PatientDirectory::scan(const std::string& where,
                                                                  const std::vector<std::string>& params,
                                                                  const std::string& order, int limit)
{
    auto st = m_store.statements().get(
        fmt::format("SELECT {} FROM patient WHERE {} ORDER BY {} LIMIT ?", kColumns, where, order));
    if (!st)
        return st.error();
    auto& s = **st;
    int i = 1;
    for (const auto& p : params)
        s.bind(i++, p);
    s.bind(i, limit);
    std::vector<PatientListItem> out;
    while (true) {
        auto row = s.step();
        if (!row) {
            s.reset();
            return row.error();
        }
        if (!*row)
            break;
        out.push_back(readItem(s));
    }
    s.reset();
    return out;
}

base::Result<PatientDirectory::Page> PatientDirectory::find(const PatientQuery& q, int limit)
{
    using Kind = PatientQuery::Kind;
    Page page;
    const int fetch = limit + 1;
    std::vector<std::vector<PatientListItem>> parts; // in priority order
    auto add = [&](const std::string& where, const std::vector<std::string>& params, const std::string& order) {
        auto r = scan(where, params, order, fetch);
        if (!r)
            return base::Status(r.error());
        parts.push_back(std::move(r).value());
        return base::Status();
    };
    const std::string byName = "family_key, given_key";
    base::Status st;
    switch (q.kind) {
    case Kind::NhsNumber: st = add("nhs_number = ?", {q.digits}, "nhs_number"); break;
    case Kind::NhsNumberPrefix:
        st = add("nhs_number >= ? AND nhs_number < ?", {q.digits, upperBound(q.digits)}, "nhs_number");
        break;
    case Kind::BirthDate: st = add("birth_date = ?", {q.birthDate.iso()}, "birth_date"); break;
    case Kind::Name:
        if (q.comma) {
            st = add("family_key >= ? AND family_key < ? AND given_key >= ? AND given_key < ?",
                     {q.first, upperBound(q.first), q.second, upperBound(q.second)}, byName);
            break;
        }
        // One box, several readings, family-name matches first: the family prefix, then
        // "given family" for two words, then a given-name prefix.
        st = add("family_key >= ? AND family_key < ?", {q.first, upperBound(q.first)}, byName);
        if (auto space = q.first.find(' '); st && space != std::string::npos) {
            auto given = q.first.substr(0, space), family = q.first.substr(space + 1);
            st = add("family_key >= ? AND family_key < ? AND given_key >= ? AND given_key < ?",
                     {family, upperBound(family), given, upperBound(given)}, byName);
        } else if (st) {
            st = add("given_key >= ? AND given_key < ?", {q.first, upperBound(q.first)}, "given_key");
        }
        break;
    default: return page;
    }
    if (!st)
        return st.error();

    std::set<std::string> seen;
    for (auto& part : parts) {
        // Within a reading, namesakes sit together and are ordered by date of birth.
        std::stable_sort(part.begin(), part.end(), [](const PatientListItem& a, const PatientListItem& b) {
            auto ka = std::tie(a.familyKey, a.givenKey, a.birthDate);
            auto kb = std::tie(b.familyKey, b.givenKey, b.birthDate);
            return ka < kb;
        });
        for (auto& item : part) {
            if (!seen.insert(item.id).second)
                continue;
            if (static_cast<int>(page.items.size()) == limit) {
                page.more = true;
                return page;
            }
            page.items.push_back(std::move(item));
        }
    }
    return page;
}

base::Result<long long> PatientDirectory::count()
{
    return m_store.connection().scalarInt("SELECT count(*) FROM patient");
}

} // namespace carehouse::record
