#include "core/record/PayloadWriter.h"

#include <fmt/format.h>

namespace carehouse::record {

void PayloadWriter::quoted(std::string_view s)
{
    m_out.push_back('"');
    for (char c : s) {
        auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            m_out.push_back('\\');
            m_out.push_back(c);
        } else if (u < 0x20) {
            m_out += fmt::format("\\u{:04x}", u);
        } else {
            m_out.push_back(c); // UTF-8 passes through unchanged
        }
    }
    m_out.push_back('"');
}

void PayloadWriter::key(std::string_view k)
{
    if (!m_first)
        m_out.push_back(',');
    m_first = false;
    quoted(k);
    m_out.push_back(':');
}

PayloadWriter& PayloadWriter::text(std::string_view k, std::string_view value)
{
    if (!value.empty())
        textAlways(k, value);
    return *this;
}

PayloadWriter& PayloadWriter::textAlways(std::string_view k, std::string_view value)
{
    key(k);
    quoted(value);
    return *this;
}

PayloadWriter& PayloadWriter::number(std::string_view k, std::optional<double> value)
{
    if (value) {
        key(k);
        // fmt writes the shortest text that reads back as the same double.
        m_out += fmt::format("{}", *value);
    }
    return *this;
}

PayloadWriter& PayloadWriter::integer(std::string_view k, std::int64_t value)
{
    key(k);
    m_out += fmt::format("{}", value);
    return *this;
}

PayloadWriter& PayloadWriter::flag(std::string_view k, bool value)
{
    if (value)
        boolean(k, true);
    return *this;
}

PayloadWriter& PayloadWriter::boolean(std::string_view k, bool value)
{
    key(k);
    m_out += value ? "true" : "false";
    return *this;
}

std::string PayloadWriter::finish()
{
    m_out.push_back('}');
    return std::move(m_out);
}

} // namespace carehouse::record
