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

// Reads a payload written by payloadFromFields; missing keys read as empty.
class FieldReader
{
public:
    explicit FieldReader(const nlohmann::json& payload)
        : m_payload(payload)
    {
    }
    std::string text(const char* key) const;
    base::CivilDate date(const char* key) const;
    std::optional<double> number(const char* key) const;
    std::int64_t integer(const char* key) const;

private:
    const nlohmann::json& m_payload;
};

} // namespace carehouse::record
