#include "core/record/RecordFields.h"

#include "core/record/PayloadWriter.h"

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

std::string FieldReader::text(const char* key) const
{
    auto it = m_payload.find(key);
    return it != m_payload.end() && it->is_string() ? it->get<std::string>() : std::string();
}

base::CivilDate FieldReader::date(const char* key) const
{
    return base::CivilDate::parseIso(text(key)).value_or(base::CivilDate{});
}

std::optional<double> FieldReader::number(const char* key) const
{
    auto it = m_payload.find(key);
    if (it == m_payload.end() || !it->is_number())
        return std::nullopt;
    return it->get<double>();
}

std::int64_t FieldReader::integer(const char* key) const
{
    auto it = m_payload.find(key);
    if (it == m_payload.end() || !it->is_number_integer())
        return 0;
    return it->get<std::int64_t>();
}

} // namespace carehouse::record
