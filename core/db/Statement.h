#pragma once

#include "core/base/Result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3_stmt;

namespace carehouse::db {

class Connection;

// A prepared statement. Parameters are 1-based as in SQLite; columns 0-based.
class Statement
{
public:
    Statement(sqlite3_stmt* stmt, const Connection* connection)
        : m_stmt(stmt)
        , m_connection(connection)
    {
    }
    Statement(Statement&&) noexcept;
    Statement& operator=(Statement&&) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, const std::string& text) { return bind(index, std::string_view(text)); }
    Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bindNull(int index);
    Statement& bindOptional(int index, const std::optional<double>& value);
    // Empty text is stored as NULL, so "not known" has one representation.
    Statement& bindTextOrNull(int index, std::string_view text);

    // true: a row is ready; false: done.
    base::Result<bool> step();
    // For statements that return no rows; resets afterwards so the statement can be reused.
    base::Status run();
    void reset();

    enum class ColumnType
    {
        Null,
        Integer,
        Real,
        Text,
        Blob
    };
    ColumnType columnType(int column) const;
    bool columnIsNull(int column) const;
    std::int64_t columnInt64(int column) const;
    int columnInt(int column) const { return static_cast<int>(columnInt64(column)); }
    double columnDouble(int column) const;
    std::string columnText(int column) const;
    std::optional<double> columnOptionalDouble(int column) const;

private:
    sqlite3_stmt* m_stmt = nullptr;
    const Connection* m_connection = nullptr;
};

} // namespace carehouse::db
