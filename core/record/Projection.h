#pragma once

#include "core/base/Result.h"
#include "core/record/ChangeSet.h"

#include <cstdint>

namespace carehouse::db {
class StatementCache;
}

namespace carehouse::record {

// Writes a record's current row from the payload of its winning version. The current tables
// are only ever this projection of the journal; IntegrityCheck re-derives them to prove it.
class Projection
{
public:
    explicit Projection(db::StatementCache& statements)
        : m_statements(statements)
    {
    }
    // A new record is a plain INSERT, so an id that already exists fails instead of overwriting.
    base::Status apply(const RecordValue& value, std::int64_t seq, bool isNew);

private:
    db::StatementCache& m_statements;
};

} // namespace carehouse::record
