#include "app/cli/TextTable.h"

#include <algorithm>
#include <ostream>

namespace carehouse::cli {

std::size_t TextTable::displayWidth(const std::string& s)
{
    std::size_t n = 0;
    for (unsigned char c : s)
        if ((c & 0xC0) != 0x80)
            ++n;
    return n;
}

void TextTable::print(std::ostream& out) const
{
    std::vector<std::size_t> widths(m_headers.size(), 0);
    auto measure = [&](const std::vector<std::string>& row) {
        for (std::size_t i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(row[i]));
    };
    measure(m_headers);
    for (const auto& r : m_rows)
        measure(r);
    auto line = [&](const std::vector<std::string>& row) {
        std::string s;
        for (std::size_t i = 0; i < widths.size(); ++i) {
            std::string cell = i < row.size() ? row[i] : std::string();
            s += cell;
            if (i + 1 < widths.size())
                s += std::string(widths[i] - displayWidth(cell) + 2, ' ');
        }
        while (!s.empty() && s.back() == ' ')
            s.pop_back();
        out << s << '\n';
    };
    line(m_headers);
    for (const auto& r : m_rows)
        line(r);
}

} // namespace carehouse::cli
