#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace carehouse::cli {

// A plain-text table with a header row; columns are as wide as their widest cell, counting
// characters rather than UTF-8 bytes so "Łukasz" lines up.
class TextTable
{
public:
    explicit TextTable(std::vector<std::string> headers)
        : m_headers(std::move(headers))
    {
    }
    void addRow(std::vector<std::string> cells) { m_rows.push_back(std::move(cells)); }
    bool empty() const { return m_rows.empty(); }
    void print(std::ostream& out) const;

    static std::size_t displayWidth(const std::string& utf8);

private:
    std::vector<std::string> m_headers;
    std::vector<std::vector<std::string>> m_rows;
};

} // namespace carehouse::cli
