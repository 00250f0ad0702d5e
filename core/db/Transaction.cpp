#include "core/db/Transaction.h"

#include "core/db/Connection.h"

namespace carehouse::db {

base::Result<Transaction> Transaction::beginImmediate(Connection& connection)
{
    if (auto st = connection.exec("BEGIN IMMEDIATE"); !st)
        return st.error();
    return Transaction(&connection);
}

Transaction::Transaction(Transaction&& o) noexcept
    : m_connection(o.m_connection)
    , m_done(o.m_done)
{
    o.m_done = true;
}

Transaction::~Transaction()
{
    if (!m_done && m_connection)
        (void)m_connection->exec("ROLLBACK");
}

base::Status Transaction::commit()
{
    auto st = m_connection->exec("COMMIT");
    if (!st) {
        (void)m_connection->exec("ROLLBACK");
        m_done = true;
        return st;
    }
    m_done = true;
    return {};
}

} // namespace carehouse::db
