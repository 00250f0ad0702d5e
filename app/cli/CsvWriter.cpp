#include "app/cli/CsvWriter.h"

#include <ostream>

namespace carehouse::cli {

namespace {

bool isNumber(const std::string& s)
{
    if (s.empty())
        return false;
    std::size_t i = s[0] == '-' ? 1 : 0;
    if (i == s.size())
        return false;
    for (; i < s.size(); ++i)
        if (!(s[i] >= '0' && s[i] <= '9') && s[i] != '.')
            return false;
    return true;
}

} // namespace

std::string CsvWriter::cell(const std::string& text)
{
    std::string s = text;
    if (!s.empty() && (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' || s[0] == '\t' || s[0] == '\r')
        && !isNumber(s))
        s.insert(s.begin(), '\'');
    if (s.find_first_of(",\"\r\n") == std::string::npos)
        return s;
    std::string q = "\"";
    for (char c : s) {
        if (c == '"')
            q += '"';
        q += c;
    }
    return q + '"';
}

void CsvWriter::row(const std::vector<std::string>& cells)
{
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i)
            m_out << ',';
        m_out << cell(cells[i]);
    }
    m_out << '\n';
}

} // namespace carehouse::cli
