#include "core/db/Connection.h"

#include "core/db/Statement.h"

#include <sqlite3.h>

namespace carehouse::db {

using base::Error;
using base::ErrorCode;

Error sqliteError(int rc, const std::string& message, const std::string& path)
{
    ErrorCode code = ErrorCode::SqlFailed;
    switch (rc & 0xFF) {
    case SQLITE_FULL: code = ErrorCode::DiskFull; break;
    case SQLITE_READONLY: code = ErrorCode::DatabaseReadOnly; break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED: code = ErrorCode::DatabaseBusy; break;
    case SQLITE_CORRUPT: code = ErrorCode::DatabaseCorrupt; break;
    case SQLITE_NOTADB: code = ErrorCode::NotCareHouseDatabase; break;
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_AUTH: code = ErrorCode::DatabaseOpenFailed; break;
    case SQLITE_IOERR:
        // A failed write is most often a full disk or a vanished folder; say disk full only when SQLite knows.
        code = ErrorCode::IoFailed;
        break;
    default: break;
    }
    Error e = Error::make(code);
    e.file = path;
    e.detail = message;
    return e;
}

base::Result<Connection> Connection::open(const std::string& path, Mode mode)
{
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadOnly: flags |= SQLITE_OPEN_READONLY; break;
    case Mode::ReadWrite: flags |= SQLITE_OPEN_READWRITE; break;
    case Mode::Create: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
    }
    sqlite3* raw = nullptr;
    int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
    if (rc != SQLITE_OK) {
        std::string msg = raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc);
        sqlite3_close(raw);
        return sqliteError(rc, msg, path);
    }
    sqlite3_extended_result_codes(raw, 1);
    // Another CareHouse process may hold the write lock briefly; wait rather than fail.
    sqlite3_busy_timeout(raw, 5000);
    return Connection(raw, path);
}

Connection::Connection(Connection&& other) noexcept
    : m_db(other.m_db)
    , m_path(std::move(other.m_path))
{
    other.m_db = nullptr;
}

Connection& Connection::operator=(Connection&& other) noexcept
{
    if (this != &other) {
        sqlite3_close_v2(m_db);
        m_db = other.m_db;
        m_path = std::move(other.m_path);
        other.m_db = nullptr;
    }
    return *this;
}

Connection::~Connection()
{
    sqlite3_close_v2(m_db);
}

base::Status Connection::exec(const std::string& sql)
{
    char* msg = nullptr;
    int rc = sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, &msg);
    if (rc != SQLITE_OK) {
        std::string text = msg ? msg : sqlite3_errstr(rc);
        sqlite3_free(msg);
        return sqliteError(rc, text, m_path);
    }
    return {};
}

base::Result<Statement> Connection::prepare(const std::string& sql)
{
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v3(m_db, sql.c_str(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt,
                                nullptr);
    if (rc != SQLITE_OK)
        return lastError(rc);
    return Statement(stmt, this);
}

base::Result<long long> Connection::scalarInt(const std::string& sql)
{
    auto st = prepare(sql);
    if (!st)
        return st.error();
    auto row = st->step();
    if (!row)
        return row.error();
    if (!*row)
        return 0LL;
    return st->columnInt64(0);
}

Error Connection::lastError(int rc) const
{
    return sqliteError(rc, sqlite3_errmsg(m_db), m_path);
}

long long Connection::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Connection::changes() const
{
    return sqlite3_changes(m_db);
}

} // namespace carehouse::db
