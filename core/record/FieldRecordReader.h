#pragma once

#include "core/base/Result.h"
#include "core/record/FieldRecord.h"
#include "core/record/PatientRepository.h"
#include "core/record/RecordStore.h"

#include <fmt/format.h>
#include <functional>
#include <string>
#include <vector>

namespace carehouse::record {

// Reads field-stored records from their current table, through the same field list that
// wrote them. `where` is an SQL condition over the table's columns with ? parameters.
class FieldRecordReader
{
public:
    explicit FieldRecordReader(RecordStore& store)
        : m_store(store)
    {
    }

    template <FieldStored T>
    base::Status each(const std::string& where, const std::vector<std::string>& params,
                      const std::function<void(Versioned<T>&&)>& visit)
    {
        const auto fields = FieldRecord<T>::fields(T{});
        std::string sql = "SELECT id, head_seq";
        for (const auto& f : fields)
            sql += std::string(", ") + f.column;
        sql += fmt::format(" FROM {}", currentTableOf(FieldRecord<T>::type));
        if (!where.empty())
            sql += " WHERE " + where;
        auto st = m_store.statements().get(sql);
        if (!st)
            return st.error();
        auto& s = **st;
        for (std::size_t i = 0; i < params.size(); ++i)
            s.bind(static_cast<int>(i) + 1, params[i]);
        while (true) {
            auto row = s.step();
            if (!row) {
                s.reset();
                return row.error();
            }
            if (!*row)
                break;
            visit(Versioned<T>{FieldRecord<T>::read(s.columnText(0), RowFieldReader(s, fields, 2)), s.columnInt64(1)});
        }
        s.reset();
        return {};
    }

    template <FieldStored T>
    base::Result<std::vector<Versioned<T>>> all(const std::string& where, const std::vector<std::string>& params = {})
    {
        std::vector<Versioned<T>> out;
        auto st = each<T>(where, params, [&](Versioned<T>&& v) { out.push_back(std::move(v)); });
        if (!st)
            return st.error();
        return out;
    }

    template <FieldStored T>
    base::Result<Versioned<T>> byId(const std::string& id)
    {
        auto found = all<T>("id = ?", {id});
        if (!found)
            return found.error();
        if (found->empty())
            return base::Error::make(base::ErrorCode::NotFound, std::string(recordTypeCode(FieldRecord<T>::type)), id);
        return std::move(found->front());
    }

private:
    RecordStore& m_store;
};

} // namespace carehouse::record
