#include "core/base/Log.h"

#include "core/base/Clock.h"

#include <cstdio>
#include <filesystem>
#include <mutex>

namespace carehouse::base {

namespace {

struct LogFile
{
    std::mutex mutex;
    std::FILE* file = nullptr;
    std::string path;
    std::size_t maxBytes = 0;
    int keep = 0;
    std::size_t written = 0;
};

LogFile& logFile()
{
    static LogFile f;
    return f;
}

void rotateLocked(LogFile& f)
{
    if (f.file)
        std::fclose(f.file);
    std::error_code ec;
    for (int i = f.keep - 1; i >= 1; --i) {
        auto from = i == 1 ? f.path : f.path + "." + std::to_string(i - 1);
        std::filesystem::rename(from, f.path + "." + std::to_string(i), ec);
    }
    f.file = std::fopen(f.path.c_str(), "a");
    f.written = 0;
}

constexpr std::string_view levelName(LogLevel l)
{
    switch (l) {
    case LogLevel::Debug: return "debug";
    case LogLevel::Info: return "info";
    case LogLevel::Warning: return "warning";
    case LogLevel::Error: return "error";
    }
    return "?";
}

} // namespace

void openLog(const std::string& path, std::size_t maxBytes, int keepFiles)
{
    auto& f = logFile();
    std::lock_guard lock(f.mutex);
    if (f.file)
        std::fclose(f.file);
    std::error_code ec;
    std::filesystem::create_directories(std::filesystem::path(path).parent_path(), ec);
    f.path = path;
    f.maxBytes = maxBytes;
    f.keep = keepFiles;
    f.file = std::fopen(path.c_str(), "a");
    f.written = f.file ? static_cast<std::size_t>(std::filesystem::file_size(path, ec)) : 0;
}

void closeLog()
{
    auto& f = logFile();
    std::lock_guard lock(f.mutex);
    if (f.file)
        std::fclose(f.file);
    f.file = nullptr;
}

void writeLog(LogLevel level, std::string_view message)
{
    auto& f = logFile();
    std::lock_guard lock(f.mutex);
    if (!f.file)
        return;
    auto line = fmt::format("{} [{}] {}\n", formatTimestamp(SystemClock{}.nowMillis()), levelName(level), message);
    std::fwrite(line.data(), 1, line.size(), f.file);
    std::fflush(f.file);
    f.written += line.size();
    if (f.written > f.maxBytes)
        rotateLocked(f);
}

} // namespace carehouse::base
