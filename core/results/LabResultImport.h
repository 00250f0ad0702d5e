#pragma once

#include "core/base/Result.h"
#include "core/results/ImportReport.h"
#include "core/results/LabResultReader.h"

#include <functional>
#include <string>

namespace carehouse::record {
class RecordStore;
}

namespace carehouse::results {

// Attaches laboratory results to people, or queues them as unmatched — never by guess.
// A result is attached only when its NHS number is valid, belongs to one person here, and
// that person's date of birth agrees. Values are converted to the stored unit (original
// kept), checked against the plausible range, and each fulfils the person's pending request
// for that test. A result already imported (same person, test, date and value) adds nothing.
// The whole file is one commit: all of it or none of it.
class LabResultImport
{
public:
    struct Options
    {
        // By default a file with any bad row imports nothing; this imports the good rows.
        bool importValidRows = false;
        bool dryRun = false;
        // Called with (done, total); returning false cancels before anything is saved.
        std::function<bool(std::size_t, std::size_t)> progress;
    };

    explicit LabResultImport(record::RecordStore& store)
        : m_store(store)
    {
    }

    base::Result<ImportReport> importFile(const std::string& path, const Options& options);
    base::Result<ImportReport> importParsed(const ParsedResults& parsed, const std::string& fileName,
                                            const std::string& format, const Options& options);

private:
    record::RecordStore& m_store;
};

} // namespace carehouse::results
