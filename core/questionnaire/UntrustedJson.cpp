#include "core/questionnaire/UntrustedJson.h"

#include "core/base/JsonNesting.h"

#include <algorithm>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <iterator>
#include <optional>

namespace carehouse::questionnaire {

using base::Error;
using base::ErrorCode;

base::Result<nlohmann::json> parseUntrustedJson(const std::string& text, const std::string& fileName)
{
    if (text.size() > kMaxJsonBytes)
        return Error::make(ErrorCode::MalformedInput, "size", std::to_string(text.size()))
            .at(fileName)
            .withDetail("questionnaire-too-large");
    if (auto deep = base::jsonTooDeepAt(text, kMaxJsonDepth))
        return Error::make(ErrorCode::MalformedInput, "$", std::to_string(kMaxJsonDepth))
            .at(fileName, base::lineAtOffset(text, *deep))
            .withDetail("questionnaire-nesting");
    try {
        return nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error& e) {
        return Error::make(ErrorCode::MalformedInput, "$")
            .at(fileName, base::lineAtOffset(text, e.byte))
            .withDetail("questionnaire-not-json")
            .withHint(e.what());
    }
}

base::Result<std::string> readUntrustedFile(const std::string& path)
{
    namespace fs = std::filesystem;
    const auto name = fs::path(path).filename().string();
    std::error_code ec;
    if (!fs::is_regular_file(path, ec))
        return Error::make(ErrorCode::NotFound, "questionnaire file", path).at(path);
    const auto size = fs::file_size(path, ec);
    if (ec)
        return Error::make(ErrorCode::IoFailed, "questionnaire file", path).at(path).withDetail(ec.message());
    if (size > kMaxJsonBytes)
        return Error::make(ErrorCode::MalformedInput, "size", std::to_string(size))
            .at(name)
            .withDetail("questionnaire-too-large");
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return Error::make(ErrorCode::IoFailed, "questionnaire file", path).at(path);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    // A UTF-8 byte order mark is not JSON.
    if (text.rfind("\xEF\xBB\xBF", 0) == 0)
        text.erase(0, 3);
    return text;
}

} // namespace carehouse::questionnaire
