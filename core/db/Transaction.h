#pragma once

#include "core/base/Result.h"

namespace carehouse::db {

class Connection;

// BEGIN IMMEDIATE on construction (take the write lock up front, so two CareHouse processes
// queue on the busy timeout instead of failing half way), ROLLBACK unless commit() succeeded.
class Transaction
{
public:
    static base::Result<Transaction> beginImmediate(Connection& connection);
    Transaction(Transaction&&) noexcept;
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    Transaction& operator=(Transaction&&) = delete;
    ~Transaction();

    base::Status commit();

private:
    explicit Transaction(Connection* c)
        : m_connection(c)
    {
    }
    Connection* m_connection = nullptr;
    bool m_done = false;
};

} // namespace carehouse::db
