#pragma once

#include "core/base/CivilDate.h"
#include "core/db/Statement.h"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace carehouse::record {

// One stored field of a record: its column in the current table is also its key in the
// journal payload. Records described this way get their payload, their projection and their
// integrity check from one list, so the three can never drift apart.
using FieldValue = std::variant<std::monostate, std::int64_t, double, std::string>;

struct Field
{
    const char* column;
    FieldValue value;
};
using FieldList = std::vector<Field>;

// Empty text and unknown dates are absent (NULL), so "not known" has one form.
FieldValue textField(std::string_view text);
FieldValue dateField(base::CivilDate date);
FieldValue numberField(std::optional<double> value);
FieldValue integerField(std::int64_t value);

std::string payloadFromFields(const FieldList& fields);
// The column's value as the projection stored it, for comparing with a payload's fields.
FieldValue columnField(const db::Statement& s, int column);
void bindField(db::Statement& s, int index, const FieldValue& value);

// Reads a record's fields by column name, from a journal payload or from a current-table row,
// so one function per record type turns either into its model value.
class FieldReader
{
public:
    virtual ~FieldReader() = default;
    virtual std::string text(const char* key) const = 0;
    virtual std::optional<double> number(const char* key) const = 0;
    virtual std::int64_t integer(const char* key) const = 0;
    base::CivilDate date(const char* key) const;
};

// A payload written by payloadFromFields; missing keys read as empty.
class JsonFieldReader final : public FieldReader
{
public:
    explicit JsonFieldReader(const nlohmann::json& payload)
        : m_payload(payload)
    {
    }
    std::string text(const char* key) const override;
    std::optional<double> number(const char* key) const override;
    std::int64_t integer(const char* key) const override;

private:
    const nlohmann::json& m_payload;
};

// The current row of a statement whose columns, from `firstColumn` on, are `fields` in order.
class RowFieldReader final : public FieldReader
{
public:
    RowFieldReader(const db::Statement& row, const FieldList& fields, int firstColumn)
        : m_row(row)
        , m_fields(fields)
        , m_first(firstColumn)
    {
    }
    std::string text(const char* key) const override;
    std::optional<double> number(const char* key) const override;
    std::int64_t integer(const char* key) const override;

private:
    int column(const char* key) const; // -1 when the key is not a field
    const db::Statement& m_row;
    const FieldList& m_fields;
    int m_first;
};

} // namespace carehouse::record
