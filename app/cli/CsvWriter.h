#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace carehouse::cli {

// Writes CSV (RFC 4180 quoting, one line per row ending in \n): a field with a comma, quote or line break is quoted,
// quotes doubled. A text cell a spreadsheet would run as a formula (=, +, -, @) is led with an apostrophe.
class CsvWriter
{
public:
    explicit CsvWriter(std::ostream& out)
        : m_out(out)
    {
    }
    void row(const std::vector<std::string>& cells);
    static std::string cell(const std::string& text);

private:
    std::ostream& m_out;
};

} // namespace carehouse::cli
