#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace carehouse::record {

// What `verify` found. Problems are technical facts for a log or a support engineer; ok()
// is what decides the exit code.
struct IntegrityReport
{
    bool sqliteOk = false;
    bool projectionOk = false;
    bool auditOk = false;
    std::int64_t journalVersions = 0;
    std::int64_t records = 0;
    std::int64_t auditEntries = 0;
    std::int64_t auditBrokenAt = 0; // first audit seq whose hash does not hold, 0 if none
    std::vector<std::string> problems;

    bool ok() const { return sqliteOk && projectionOk && auditOk; }
};

} // namespace carehouse::record
