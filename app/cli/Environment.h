#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>

namespace carehouse::cli {

// Environment variables, injected so tests never depend on (or change) the real environment.
class Environment
{
public:
    using Lookup = std::function<std::optional<std::string>(const std::string&)>;
    explicit Environment(Lookup lookup)
        : m_lookup(std::move(lookup))
    {
    }

    static Environment system();
    static Environment fromMap(std::map<std::string, std::string> values);

    // The value, or nullopt when unset or empty.
    std::optional<std::string> get(const std::string& name) const;

private:
    Lookup m_lookup;
};

} // namespace carehouse::cli
