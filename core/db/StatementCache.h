#pragma once

#include "core/base/Result.h"
#include "core/db/Statement.h"

#include <memory>
#include <string>
#include <unordered_map>

namespace carehouse::db {

class Connection;

// Prepared statements kept for the life of a connection: the hot paths (commit, search)
// prepare each SQL text once.
class StatementCache
{
public:
    explicit StatementCache(Connection& connection)
        : m_connection(connection)
    {
    }
    base::Result<Statement*> get(const std::string& sql);
    void clear() { m_statements.clear(); }

private:
    Connection& m_connection;
    std::unordered_map<std::string, std::unique_ptr<Statement>> m_statements;
};

} // namespace carehouse::db
