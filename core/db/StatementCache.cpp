#include "core/db/StatementCache.h"

#include "core/db/Connection.h"

namespace carehouse::db {

base::Result<Statement*> StatementCache::get(const std::string& sql)
{
    auto it = m_statements.find(sql);
    if (it != m_statements.end()) {
        it->second->reset();
        return it->second.get();
    }
    auto st = m_connection.prepare(sql);
    if (!st)
        return st.error();
    auto owned = std::make_unique<Statement>(std::move(st).value());
    auto* raw = owned.get();
    m_statements.emplace(sql, std::move(owned));
    return raw;
}

} // namespace carehouse::db
