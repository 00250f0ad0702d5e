#include "core/record/RecordFields.h"

#include "core/record/PayloadWriter.h"

#include <cstring>
#include <fmt/format.h>

namespace carehouse::record {

FieldValue textField(std::string_view text)
{
    if (text.empty())
        return std::monostate{};
    return std::string(text);
}

FieldValue dateField(base::CivilDate date)
{
    if (!date.valid())
        return std::monostate{};
    return date.iso();
}

FieldValue numberField(std::optional<double> value)
{
    if (!value)
        return std::monostate{};
    return *value;
}

FieldValue integerField(std::int64_t value)
{
    return value;
}

std::string payloadFromFields(const FieldList& fields)
{
    PayloadWriter w;
    for (const auto& f : fields) {
        if (const auto* s = std::get_if<std::string>(&f.value))
            w.textAlways(f.column, *s);
        else if (const auto* d = std::get_if<double>(&f.value))
            w.number(f.column, *d);
        else if (const auto* i = std::get_if<std::int64_t>(&f.value))
            w.integer(f.column, *i);
    }
    return w.finish();
}

FieldValue columnField(const db::Statement& s, int column)
{
    using T = db::Statement::ColumnType;
    switch (s.columnType(column)) {
    case T::Integer: return s.columnInt64(column);
    case T::Real: return s.columnDouble(column);
    case T::Text:
    case T::Blob: return s.columnText(column);
    case T::Null: break;
    }
    return std::monostate{};
}

void bindField(db::Statement& s, int index, const FieldValue& value)
{
    if (const auto* t = std::get_if<std::string>(&value))
        s.bind(index, *t);
    else if (const auto* d = std::get_if<double>(&value))
        s.bind(index, *d);
    else if (const auto* i = std::get_if<std::int64_t>(&value))
        s.bind(index, *i);
    else
        s.bindNull(index);
}

base::CivilDate FieldReader::date(const char* key) const
{
    return base::CivilDate::parseIso(text(key)).value_or(base::CivilDate{});
}

std::string JsonFieldReader::text(const char* key) const
{
    auto it = m_payload.find(key);
    return it != m_payload.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::optional<double> JsonFieldReader::number(const char* key) const
{
    auto it = m_payload.find(key);
    if (it == m_payload.end() || !it->is_number())
        return std::nullopt;
    return it->get<double>();
}

std::int64_t JsonFieldReader::integer(const char* key) const
{
    auto it = m_payload.find(key);
    if (it == m_payload.end() || !it->is_number_integer())
        return 0;
    return it->get<std::int64_t>();
}

int RowFieldReader::column(const char* key) const
{
    for (std::size_t i = 0; i < m_fields.size(); ++i)
        if (std::strcmp(m_fields[i].column, key) == 0)
            return m_first + static_cast<int>(i);
    return -1;
}

std::string RowFieldReader::text(const char* key) const
{
    const int c = column(key);
    return c < 0 ? std::string() : m_row.columnText(c);
}

std::optional<double> RowFieldReader::number(const char* key) const
{
    const int c = column(key);
    return c < 0 ? std::nullopt : m_row.columnOptionalDouble(c);
}

std::int64_t RowFieldReader::integer(const char* key) const
{
    const int c = column(key);
    return c < 0 || m_row.columnIsNull(c) ? 0 : m_row.columnInt64(c);
}

} // namespace carehouse::record
