#pragma once

#include "core/base/Result.h"
#include "core/record/IntegrityReport.h"

namespace carehouse::record {

class RecordStore;

// Proves the record holds together: SQLite's own integrity check, every current row equal
// to the projection of its head version in the journal (and no row without one), and an
// unbroken audit hash chain.
class IntegrityCheck
{
public:
    explicit IntegrityCheck(RecordStore& store)
        : m_store(store)
    {
    }
    base::Result<IntegrityReport> run();

private:
    base::Status checkSqlite(IntegrityReport& report);
    base::Status checkProjection(IntegrityReport& report);
    base::Status checkAudit(IntegrityReport& report);
    RecordStore& m_store;
};

} // namespace carehouse::record
