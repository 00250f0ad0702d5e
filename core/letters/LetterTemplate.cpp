#include "core/letters/LetterTemplate.h"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace carehouse::letters {

using base::Error;
using base::ErrorCode;

namespace {

bool nameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_';
}

} // namespace

base::Result<LetterTemplate> LetterTemplate::parse(std::string_view text, const std::vector<std::string>& known,
                                                   const std::string& fileName)
{
    LetterTemplate t;
    std::string literal;
    int line = 1;
    auto flush = [&] {
        if (!literal.empty())
            t.m_pieces.push_back({false, std::move(literal)});
        literal.clear();
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\n')
            ++line;
        if (c == '{' && i + 1 < text.size() && text[i + 1] == '{') {
            literal += '{';
            ++i;
            continue;
        }
        if (c == '}' && i + 1 < text.size() && text[i + 1] == '}') {
            literal += '}';
            ++i;
            continue;
        }
        if (c == '}')
            return Error::make(ErrorCode::ResourceInvalid, "}", "}").at(fileName, line).withDetail("unmatched }");
        if (c != '{') {
            literal += c;
            continue;
        }
        const auto close = text.find('}', i + 1);
        if (close == std::string_view::npos)
            return Error::make(ErrorCode::ResourceInvalid, "{", std::string(text.substr(i, 20)))
                .at(fileName, line)
                .withDetail("placeholder not closed");
        const std::string name(text.substr(i + 1, close - i - 1));
        if (name.empty() || !std::all_of(name.begin(), name.end(), nameChar))
            return Error::make(ErrorCode::ResourceInvalid, "{" + name + "}", name)
                .at(fileName, line)
                .withDetail("not a placeholder name");
        if (std::find(known.begin(), known.end(), name) == known.end())
            return Error::make(ErrorCode::ResourceInvalid, name, "{" + name + "}")
                .at(fileName, line)
                .withDetail("unknown placeholder");
        flush();
        t.m_pieces.push_back({true, name});
        if (std::find(t.m_placeholders.begin(), t.m_placeholders.end(), name) == t.m_placeholders.end())
            t.m_placeholders.push_back(name);
        i = close;
    }
    flush();
    return t;
}

base::Result<LetterTemplate> LetterTemplate::load(const std::string& path, const std::vector<std::string>& known)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return Error::make(ErrorCode::ResourceInvalid).at(path).withDetail("cannot open letter template");
    std::ostringstream text;
    text << in.rdbuf();
    const auto slash = path.find_last_of('/');
    return parse(text.str(), known, slash == std::string::npos ? path : path.substr(slash + 1));
}

base::Result<std::string> LetterTemplate::fill(const std::map<std::string, std::string>& values) const
{
    std::string out;
    for (const auto& piece : m_pieces) {
        if (!piece.placeholder) {
            out += piece.text;
            continue;
        }
        auto it = values.find(piece.text);
        if (it == values.end())
            return Error::make(ErrorCode::RequiredField, piece.text);
        out += it->second;
    }
    return out;
}

} // namespace carehouse::letters
