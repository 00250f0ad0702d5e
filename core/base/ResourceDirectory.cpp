#include "core/base/ResourceDirectory.h"

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

} // namespace carehouse::base
