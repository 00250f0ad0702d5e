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
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_'
        || c == '-';
}

bool blank(const std::string& s)
{
    return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t' || c == '\r'; });
}

bool contains(const std::vector<std::string>& list, const std::string& name)
{
    return std::find(list.begin(), list.end(), name) != list.end();
}

std::string trimmed(const std::string& s)
{
    const auto first = s.find_first_not_of(" \t\r");
    if (first == std::string::npos)
        return {};
    const auto last = s.find_last_not_of(" \t\r");
    return s.substr(first, last - first + 1);
}

Error refuse(const std::string& fileName, int line, const char* problem, std::string field, std::string value = {})
{
    return Error::make(ErrorCode::ResourceInvalid, std::move(field), std::move(value))
        .at(fileName, line)
        .withHint(problem)
        .withDetail(problem);
}

} // namespace

base::Result<LetterTemplate> LetterTemplate::parse(std::string_view text, const std::vector<std::string>& known,
                                                   const std::string& fileName)
{
    return parse(text, Rules{known, {}, {}}, fileName);
}

base::Result<LetterTemplate> LetterTemplate::parse(std::string_view text, const Rules& rules,
                                                   const std::string& fileName)
{
    LetterTemplate t;
    t.m_name = fileName;
    std::string literal;
    int line = 1;
    int literalLine = 1;
    auto flush = [&] {
        if (!literal.empty())
            t.m_pieces.push_back({false, std::move(literal), literalLine});
        literal.clear();
        literalLine = line;
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
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
            return refuse(fileName, line, kUnmatchedBrace, "}", "}");
        if (c != '{') {
            literal += c;
            if (c == '\n')
                ++line;
            continue;
        }
        const auto close = text.find('}', i + 1);
        const auto newline = text.find('\n', i + 1);
        if (close == std::string_view::npos || (newline != std::string_view::npos && newline < close))
            return refuse(fileName, line, kUnclosed, "{",
                          std::string(text.substr(i, std::min<std::size_t>(20, newline - i))));
        const std::string name(text.substr(i + 1, close - i - 1));
        if (name.empty() || !std::all_of(name.begin(), name.end(), nameChar))
            return refuse(fileName, line, kNotAName, "{" + name + "}", name);
        if (!contains(rules.placeholders, name) && !contains(rules.blocks, name))
            return refuse(fileName, line, kUnknownPlaceholder, name, "{" + name + "}");
        flush();
        t.m_pieces.push_back({true, name, line});
        literalLine = line;
        if (!contains(t.m_placeholders, name))
            t.m_placeholders.push_back(name);
        i = close;
    }
    flush();

    // Lines, then paragraphs: runs of lines that are not blank.
    std::vector<std::vector<Piece>> lines(1);
    std::vector<int> lineNumbers{1};
    for (const auto& piece : t.m_pieces) {
        if (piece.placeholder) {
            lines.back().push_back(piece);
            continue;
        }
        int at = piece.line;
        std::size_t start = 0;
        while (true) {
            const auto end = piece.text.find('\n', start);
            const std::string part
                = piece.text.substr(start, end == std::string::npos ? std::string::npos : end - start);
            if (!part.empty())
                lines.back().push_back({false, part, at});
            if (end == std::string::npos)
                break;
            ++at;
            lines.emplace_back();
            lineNumbers.push_back(at);
            start = end + 1;
        }
    }
    Block current;
    auto endParagraph = [&] {
        if (!current.lines.empty())
            t.m_paragraphs.push_back(std::move(current));
        current = {};
    };
    for (std::size_t l = 0; l < lines.size(); ++l) {
        const auto& pieces = lines[l];
        const bool empty
            = std::all_of(pieces.begin(), pieces.end(), [](const Piece& p) { return !p.placeholder && blank(p.text); });
        if (empty) {
            endParagraph();
            continue;
        }
        if (current.lines.empty())
            current.line = lineNumbers[l];
        current.lines.push_back(pieces);
    }
    endParagraph();

    std::vector<std::string> blocksSeen;
    for (auto& paragraph : t.m_paragraphs) {
        for (const auto& pieces : paragraph.lines)
            for (const auto& piece : pieces) {
                if (!piece.placeholder || !contains(rules.blocks, piece.text))
                    continue;
                const bool alone = paragraph.lines.size() == 1
                    && std::all_of(pieces.begin(), pieces.end(),
                                   [&](const Piece& p) { return &p == &piece || (!p.placeholder && blank(p.text)); });
                if (!alone)
                    return refuse(fileName, piece.line, kBlockInSentence, piece.text, "{" + piece.text + "}");
                if (contains(blocksSeen, piece.text))
                    return refuse(fileName, piece.line, kBlockRepeated, piece.text, "{" + piece.text + "}");
                blocksSeen.push_back(piece.text);
                paragraph.block = piece.text;
            }
    }
    for (const auto& name : rules.required)
        if (!contains(t.m_placeholders, name))
            return refuse(fileName, 0, kMissingPlaceholder, name, "{" + name + "}");
    return t;
}

base::Result<std::string> LetterTemplate::readText(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return Error::make(ErrorCode::ResourceInvalid).at(path).withDetail("cannot open letter template");
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

base::Result<LetterTemplate> LetterTemplate::load(const std::string& path, const std::vector<std::string>& known)
{
    return load(path, Rules{known, {}, {}});
}

base::Result<LetterTemplate> LetterTemplate::load(const std::string& path, const Rules& rules)
{
    auto text = readText(path);
    if (!text)
        return text.error();
    const auto slash = path.find_last_of('/');
    return parse(*text, rules, slash == std::string::npos ? path : path.substr(slash + 1));
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

base::Result<std::vector<LetterTemplate::Paragraph>>
LetterTemplate::fillParagraphs(const std::map<std::string, std::string>& values) const
{
    std::vector<Paragraph> out;
    for (const auto& paragraph : m_paragraphs) {
        if (!paragraph.block.empty()) {
            out.push_back({paragraph.block, {}, paragraph.line});
            continue;
        }
        std::string text;
        for (const auto& pieces : paragraph.lines) {
            std::string line;
            for (const auto& piece : pieces) {
                if (!piece.placeholder) {
                    line += piece.text;
                    continue;
                }
                auto it = values.find(piece.text);
                if (it == values.end())
                    return Error::make(ErrorCode::RequiredField, piece.text);
                line += it->second;
            }
            line = trimmed(line);
            if (line.empty())
                continue;
            if (!text.empty())
                text += '\n';
            text += line;
        }
        if (!text.empty())
            out.push_back({{}, std::move(text), paragraph.line});
    }
    return out;
}

} // namespace carehouse::letters
