#pragma once

#include "core/base/Error.h"

#include <cstddef>
#include <string>
#include <vector>

namespace carehouse::results {

// What an import did (or, for a dry run, would do), in counts and itemised problems. The
// CLI prints it, the GUI shows it, the audit entry records the counts.
struct ImportReport
{
    std::string fileName;
    std::string format;
    std::size_t rows = 0; // results read from the file
    std::size_t matched = 0; // attached to a person
    std::size_t converted = 0; // of those, converted from another unit
    std::size_t unmatched = 0; // sent to the unmatched results queue
    std::size_t duplicates = 0; // already imported before: nothing added
    std::size_t requestsFulfilled = 0;
    std::size_t rejected = 0; // rows with a problem, not imported
    std::vector<base::Error> problems; // one per rejected row: file, line, field, value
    bool saved = false; // false for a dry run, or when problems stopped the whole file
};

} // namespace carehouse::results
