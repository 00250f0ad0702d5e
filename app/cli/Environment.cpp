#include "app/cli/Environment.h"

#include <cstdlib>

namespace carehouse::cli {

Environment Environment::system()
{
    return Environment([](const std::string& name) -> std::optional<std::string> {
        const char* v = std::getenv(name.c_str());
        if (!v)
            return std::nullopt;
        return std::string(v);
    });
}

Environment Environment::fromMap(std::map<std::string, std::string> values)
{
    return Environment([values = std::move(values)](const std::string& name) -> std::optional<std::string> {
        auto it = values.find(name);
        if (it == values.end())
            return std::nullopt;
        return it->second;
    });
}

std::optional<std::string> Environment::get(const std::string& name) const
{
    auto v = m_lookup ? m_lookup(name) : std::nullopt;
    if (v && v->empty())
        return std::nullopt;
    return v;
}

} // namespace carehouse::cli
