#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace carehouse::record {

// What applying a batch of versions from another site did, for the import report, the audit
// and the models to refresh. Record and patient ids are sorted and unique.
struct RemoteApplyReport
{
    std::size_t received = 0; // versions in the batch
    std::size_t applied = 0; // new here, now in the journal
    std::size_t alreadyHeld = 0; // held before (or twice in the batch): nothing done
    std::vector<std::string> conflictsOpened; // records that now have several heads
    std::vector<std::string> conflictsClosed; // records back to one head (a resolution arrived)
    std::vector<std::string> recordsChanged; // records whose current row changed
    std::vector<std::string> patientsChanged; // whose record changed (for RecordEvents)
    std::int64_t auditSeq = 0; // 0 for a dry run
};

} // namespace carehouse::record
