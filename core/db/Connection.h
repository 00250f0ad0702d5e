#pragma once

#include "core/base/Result.h"

#include <memory>
#include <string>

struct sqlite3;

namespace carehouse::db {

class Statement;

// One SQLite connection. Opening never creates or changes a file by itself: callers decide
// (RecordStore checks the header before it migrates anything).
class Connection
{
public:
    enum class Mode
    {
        ReadOnly,
        ReadWrite,
        Create
    };

    static base::Result<Connection> open(const std::string& path, Mode mode);

    Connection(Connection&&) noexcept;
    Connection& operator=(Connection&&) noexcept;
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;
    ~Connection();

    base::Status exec(const std::string& sql);
    base::Result<Statement> prepare(const std::string& sql);
    base::Result<long long> scalarInt(const std::string& sql);

    // The typed error for the connection's last failure, with SQLite's message as detail.
    base::Error lastError(int rc) const;
    long long lastInsertRowId() const;
    int changes() const;
    const std::string& path() const { return m_path; }
    sqlite3* handle() const { return m_db; }

private:
    Connection(sqlite3* db, std::string path)
        : m_db(db)
        , m_path(std::move(path))
    {
    }
    sqlite3* m_db = nullptr;
    std::string m_path;
};

// Maps a SQLite result code to CareHouse's error codes.
base::Error sqliteError(int rc, const std::string& message, const std::string& path);

} // namespace carehouse::db
