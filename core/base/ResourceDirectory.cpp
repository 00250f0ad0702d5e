#include "core/base/ResourceDirectory.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>

namespace carehouse::base {

std::string resourceDirectory()
{
    namespace fs = std::filesystem;
    if (const char* env = std::getenv("CAREHOUSE_RESOURCES"); env && *env)
        return env;
    std::error_code ec;
    auto exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        auto installed = exe.parent_path().parent_path() / "share" / "carehouse" / "resources";
        if (fs::is_directory(installed, ec))
            return installed.string();
    }
    return CAREHOUSE_SOURCE_RESOURCES;
}

std::string resourcePath(const std::string& relative)
{
    return (std::filesystem::path(resourceDirectory()) / relative).string();
}

std::vector<std::string> resourceVariants(const std::string& folder, const std::string& prefix,
                                          const std::string& suffix)
{
    std::vector<std::string> variants;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(std::filesystem::path(resourcePath(folder)), ec)) {
        const auto name = entry.path().filename().string();
        if (name.size() > prefix.size() + suffix.size() && name.starts_with(prefix) && name.ends_with(suffix))
            variants.push_back(name.substr(prefix.size(), name.size() - prefix.size() - suffix.size()));
    }
    std::sort(variants.begin(), variants.end());
    return variants;
}

} // namespace carehouse::base
