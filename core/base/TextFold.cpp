#include "core/base/TextFold.h"

#include <cstdint>
#include <optional>

namespace carehouse::base {

namespace {

// Decodes one UTF-8 code point; malformed bytes decode as themselves so nothing is lost.
char32_t decode(std::string_view s, std::size_t& i)
{
    auto c = static_cast<unsigned char>(s[i]);
    auto cont
        = [&](std::size_t k) -> char32_t { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) & 0x3F : 0; };
    if (c < 0x80) {
        i += 1;
        return c;
    }
    if ((c >> 5) == 0x6 && i + 1 < s.size()) {
        char32_t cp = ((c & 0x1F) << 6) | cont(1);
        i += 2;
        return cp;
    }
    if ((c >> 4) == 0xE && i + 2 < s.size()) {
        char32_t cp = ((c & 0x0F) << 12) | (cont(1) << 6) | cont(2);
        i += 3;
        return cp;
    }
    if ((c >> 3) == 0x1E && i + 3 < s.size()) {
        char32_t cp = ((c & 0x07) << 18) | (cont(1) << 12) | (cont(2) << 6) | cont(3);
        i += 4;
        return cp;
    }
    i += 1;
    return c;
}

void encode(char32_t cp, std::string& out)
{
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

// Base letters for U+00C0..U+017F (Latin-1 Supplement and Latin Extended-A), lower case.
// Covers the accented names of the UK's largest European communities (Polish, Romanian,
// Lithuanian, Czech, Hungarian, Turkish, Portuguese, French, German, Irish).
constexpr std::string_view kLatinBase =
    // C0-FF
    "aaaaaaaceeeeiiii"
    "dnooooo*ouuuuyts"
    "aaaaaaaceeeeiiii"
    "dnooooo/ouuuuyty"
    // 100-17F
    "aaaaaaccccccccdd"
    "ddeeeeeeeeeegggg"
    "gggghhhhiiiiiiii"
    "iiiijjkkklllllll"
    "lllnnnnnnnnnoooo"
    "oooorrrrrrssssss"
    "ssttttttuuuuuuuu"
    "uuuuwwyyyzzzzzzs";

// The folded ASCII letters for a code point (empty: drop it), or nullopt to keep it as typed.
std::optional<std::string_view> foldCodePoint(char32_t cp, char& single)
{
    if (cp >= 'A' && cp <= 'Z') {
        single = static_cast<char>(cp - 'A' + 'a');
        return std::string_view{&single, 1};
    }
    if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) {
        single = static_cast<char>(cp);
        return std::string_view{&single, 1};
    }
    switch (cp) {
    case 0xDF: return "ss";
    case 0xC6:
    case 0xE6: return "ae";
    case 0x152:
    case 0x153: return "oe";
    case 0xDE:
    case 0xFE: return "th";
    case 0xD7:
    case 0xF7: return std::string_view{};
    default: break;
    }
    if (cp >= 0xC0 && cp <= 0x17F) {
        single = kLatinBase[cp - 0xC0];
        return std::string_view{&single, 1};
    }
    if (cp == ' ' || cp == '-' || cp == '\t' || cp == ',' || cp == 0xA0) {
        single = ' ';
        return std::string_view{&single, 1};
    }
    if (cp < 0x80)
        return std::string_view{}; // apostrophes, full stops and other punctuation
    // Scripts the fold does not know (Bengali, Arabic, ...) are kept as typed so they still match exactly.
    return std::nullopt;
}

} // namespace

std::string foldForSearch(std::string_view s)
{
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        char32_t cp = decode(s, i);
        char single = 0;
        auto folded = foldCodePoint(cp, single);
        if (!folded) {
            encode(cp, out);
            continue;
        }
        for (char c : *folded) {
            if (c == ' ' && (out.empty() || out.back() == ' '))
                continue;
            out.push_back(c);
        }
    }
    while (!out.empty() && out.back() == ' ')
        out.pop_back();
    return out;
}

std::string upperName(std::string_view s)
{
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        char32_t cp = decode(s, i);
        if (cp >= 'a' && cp <= 'z')
            cp -= 32;
        else if (cp >= 0xE0 && cp <= 0xFE && cp != 0xF7)
            cp -= 32;
        else if (cp >= 0x100 && cp <= 0x17F && cp != 0x131 && cp != 0x138 && cp != 0x149 && cp != 0x17F) {
            // Latin Extended-A pairs upper/lower as even/odd, except a shifted block 0x139-0x148 and 0x179-0x17E.
            bool shifted = (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E);
            if (shifted ? (cp % 2 == 0) : (cp % 2 == 1))
                cp -= 1;
        }
        encode(cp, out);
    }
    return out;
}

} // namespace carehouse::base
