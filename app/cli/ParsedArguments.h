#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace carehouse::cli {

// A command line after parsing: option values, flags and positional words.
class ParsedArguments
{
public:
    bool has(const std::string& option) const { return m_values.count(option) > 0 || m_flags.count(option) > 0; }
    bool flag(const std::string& option) const { return m_flags.count(option) > 0; }
    std::optional<std::string> get(const std::string& option) const;
    std::string value(const std::string& option, const std::string& fallback = {}) const;
    const std::vector<std::string>& positionals() const { return m_positionals; }
    // Positional i; a variadic last argument is already joined.
    std::string positional(std::size_t i) const { return i < m_positionals.size() ? m_positionals[i] : std::string(); }
    // Names of the options given, in the order first given (for logs: never their values).
    const std::vector<std::string>& given() const { return m_given; }

    void setValue(const std::string& option, const std::string& value);
    void setFlag(const std::string& option);
    void addPositional(const std::string& word) { m_positionals.push_back(word); }
    std::vector<std::string>& positionals() { return m_positionals; }

private:
    void remember(const std::string& option);
    std::map<std::string, std::string> m_values;
    std::set<std::string> m_flags;
    std::vector<std::string> m_positionals;
    std::vector<std::string> m_given;
};

} // namespace carehouse::cli
