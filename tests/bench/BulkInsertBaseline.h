#pragma once

#include <cstdint>
#include <string>

namespace carehouse::bench {

struct BaselineResult
{
    std::int64_t rows = 0;
    double seconds = 0;
};

// Copies every row the demo generator wrote into `sourcePath` (journal, patients, conditions,
// observations, audit) into a fresh file with the same tables and indexes, using plain
// prepared INSERTs in one transaction, from rows already in memory: the fastest honest way to
// put the same rows into SQLite, to compare the generator (which also creates them) against.
BaselineResult plainBulkInsert(const std::string& sourcePath, const std::string& targetPath);

} // namespace carehouse::bench
