#pragma once

#include "core/base/Result.h"
#include "core/record/IntegrityReport.h"

namespace carehouse::record {

class RecordStore;

// Proves the record holds together: SQLite's own integrity check, every current row equal
// to the projection of its head version in the journal (and no row without one), and an
// unbroken audit hash chain. A record's head is its newest version, or for a record listed as a
// conflict the provisional winner of its listed heads, each of which no version names as parent.
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
    // Checks the conflict list and points temp.latest_version at each conflict's winner.
    base::Status checkConflicts(IntegrityReport& report);
    base::Status checkAudit(IntegrityReport& report);
    RecordStore& m_store;
};

} // namespace carehouse::record
