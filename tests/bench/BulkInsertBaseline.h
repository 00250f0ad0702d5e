#pragma once

#include <cstdint>
#include <string>

namespace carehouse::bench {

struct BaselineResult
{
    std::int64_t rows = 0;
    double seconds = 0;
};

// Copies the clinical rows of `sourcePath` (patients, conditions, observations) into a fresh
// file with the same tables and indexes, using plain prepared INSERTs in one transaction: the
// fastest honest way to put the same rows into SQLite, to compare the demo generator against.
BaselineResult plainBulkInsert(const std::string& sourcePath, const std::string& targetPath);

} // namespace carehouse::bench
