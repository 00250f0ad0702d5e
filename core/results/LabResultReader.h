#pragma once

#include "core/base/Result.h"
#include "core/results/LabResultRow.h"

#include <istream>
#include <memory>
#include <string>
#include <vector>

namespace carehouse::results {

// A problem with one row of a results file; the rest of the file may still be readable.
struct RowProblem
{
    base::Error error; // file, line and field (column name or JSON path) are filled in
};

struct ParsedResults
{
    std::string format; // the reader's formatName()
    std::vector<LabResultRow> rows;
    std::vector<RowProblem> problems;
};

// One results file format: a CSV with a header row, or FHIR R4 JSON (a Bundle of
// Observations, or one Observation). Readers take bytes, not only a path.
class LabResultReader
{
public:
    virtual ~LabResultReader() = default;
    virtual std::string formatName() const = 0;
    // A file that cannot be read as a whole (not JSON, no header) is an error; a bad row is a
    // problem listed beside the good rows.
    virtual base::Result<ParsedResults> read(std::istream& in, const std::string& fileName) const = 0;

    // Chosen from the content: JSON starts with '{', anything else is read as CSV.
    static std::unique_ptr<LabResultReader> forContent(const std::string& firstBytes);
    // Reads a whole file through the reader its content asks for.
    static base::Result<ParsedResults> readFile(const std::string& path);
};

} // namespace carehouse::results
