#include "app/cli/ParsedArguments.h"

#include <algorithm>

namespace carehouse::cli {

std::optional<std::string> ParsedArguments::get(const std::string& option) const
{
    auto it = m_values.find(option);
    if (it == m_values.end())
        return std::nullopt;
    return it->second;
}

std::string ParsedArguments::value(const std::string& option, const std::string& fallback) const
{
    return get(option).value_or(fallback);
}

void ParsedArguments::setValue(const std::string& option, const std::string& value)
{
    m_values[option] = value;
    remember(option);
}

void ParsedArguments::setFlag(const std::string& option)
{
    m_flags.insert(option);
    remember(option);
}

void ParsedArguments::remember(const std::string& option)
{
    if (std::find(m_given.begin(), m_given.end(), option) == m_given.end())
        m_given.push_back(option);
}

} // namespace carehouse::cli
