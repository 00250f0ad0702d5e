#pragma once

#include <fmt/format.h>
#include <string>
#include <string_view>

namespace carehouse::base {

enum class LogLevel
{
    Debug,
    Info,
    Warning,
    Error
};

// A size-rotated log file (carehouse.log, .1, .2 ...). Until openLog is called, messages go
// nowhere, so libraries and tests stay quiet.
void openLog(const std::string& path, std::size_t maxBytes = 2 * 1024 * 1024, int keepFiles = 3);
void closeLog();
void writeLog(LogLevel level, std::string_view message);

template <typename... Args>
void logInfo(fmt::format_string<Args...> f, Args&&... args)
{
    writeLog(LogLevel::Info, fmt::format(f, std::forward<Args>(args)...));
}
template <typename... Args>
void logWarning(fmt::format_string<Args...> f, Args&&... args)
{
    writeLog(LogLevel::Warning, fmt::format(f, std::forward<Args>(args)...));
}
template <typename... Args>
void logError(fmt::format_string<Args...> f, Args&&... args)
{
    writeLog(LogLevel::Error, fmt::format(f, std::forward<Args>(args)...));
}

} // namespace carehouse::base
