#include "core/base/JsonFile.h"

#include <fstream>
#include <sstream>
#include <vector>

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

namespace {

// Walks JSON text keeping the path of the value being read ("$.processes[3].items[0]") and
// the line, and returns the line where the value at `target` starts (0 when not found). Only
// used when reporting an error, so a plain scan is fine.
int lineOfJsonPath(const std::string& text, const std::string& target)
{
    struct Level
    {
        bool array = false;
        int index = 0;
        std::string key;
        std::size_t pathLength = 0; // length of the path of the container itself
    };
    std::vector<Level> stack;
    std::string path = "$";
    std::string lastKey;
    bool expectValue = true; // at the top, and after ':' or ',' in an array
    int line = 1;
    auto valueStarts = [&]() {
        if (stack.empty())
            return path == target;
        auto& top = stack.back();
        path.resize(top.pathLength);
        // Appended piece by piece: GCC 12 warns wrongly (-Wrestrict) about `"." + string` at -O2.
        if (top.array) {
            path += '[';
            path += std::to_string(top.index);
            path += ']';
        } else {
            path += '.';
            path += top.key;
        }
        return path == target;
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\n') {
            ++line;
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\r')
            continue;
        if (c == '"') {
            std::string s;
            for (++i; i < text.size() && text[i] != '"'; ++i) {
                if (text[i] == '\\' && i + 1 < text.size())
                    ++i;
                s.push_back(text[i]);
            }
            if (!stack.empty() && !stack.back().array && !expectValue) {
                stack.back().key = s; // an object key; its value follows the ':'
                continue;
            }
            if (expectValue && valueStarts())
                return line;
            expectValue = false;
            continue;
        }
        if (c == ':') {
            expectValue = true;
            continue;
        }
        if (c == ',') {
            if (!stack.empty() && stack.back().array) {
                ++stack.back().index;
                expectValue = true;
            }
            continue;
        }
        if (c == '{' || c == '[') {
            if (expectValue && valueStarts())
                return line;
            stack.push_back({c == '[', 0, {}, path.size()});
            expectValue = c == '[';
            continue;
        }
        if (c == '}' || c == ']') {
            if (!stack.empty()) {
                path.resize(stack.back().pathLength);
                stack.pop_back();
            }
            expectValue = false;
            continue;
        }
        // A number, true, false or null.
        if (expectValue && valueStarts())
            return line;
        while (i + 1 < text.size() && text[i + 1] != ',' && text[i + 1] != '}' && text[i + 1] != ']'
               && text[i + 1] != '\n')
            ++i;
        expectValue = false;
    }
    return 0;
}

} // namespace

Error dataFileError(const std::string& path, const std::string& jsonPath, const std::string& problem)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return Error::make(ErrorCode::ResourceInvalid, jsonPath)
        .at(path, lineOfJsonPath(buffer.str(), jsonPath))
        .withDetail(problem);
}

} // namespace carehouse::base
