#include "core/base/JsonFile.h"

#include <fstream>
#include <sstream>

namespace carehouse::base {

Result<nlohmann::json> readJsonFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return Error::make(ErrorCode::ResourceInvalid).at(path).withDetail("cannot be read");
    std::stringstream buffer;
    buffer << in.rdbuf();
    const std::string text = buffer.str();
    try {
        return nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error& e) {
        int line = 1;
        for (std::size_t i = 0; i < e.byte && i < text.size(); ++i)
            if (text[i] == '\n')
                ++line;
        return Error::make(ErrorCode::ResourceInvalid).at(path, line).withDetail(e.what());
    }
}

Error dataFileError(const std::string& path, const std::string& jsonPath, const std::string& problem)
{
    return Error::make(ErrorCode::ResourceInvalid, jsonPath).at(path).withDetail(problem);
}

} // namespace carehouse::base
