#pragma once

#include "core/base/Result.h"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace carehouse::letters {

// A letter's text with named placeholders: "Dear {person.name}," ... "{practice.phone}".
// A placeholder is a name in braces made of letters, digits, dots and underscores; "{{" and
// "}}" stand for a literal brace. Parsing checks every placeholder against the names the
// letter can fill, so a typing mistake in a template is found when it is loaded, not when a
// letter goes out with a hole in it.
class LetterTemplate
{
public:
    // Refuses an unknown placeholder (ResourceInvalid, field = the placeholder, line = where it
    // is) and an unclosed brace.
    static base::Result<LetterTemplate> parse(std::string_view text, const std::vector<std::string>& known,
                                              const std::string& fileName = {});
    static base::Result<LetterTemplate> load(const std::string& path, const std::vector<std::string>& known);

    // The placeholders the text uses, each once, in order of first use.
    const std::vector<std::string>& placeholders() const { return m_placeholders; }

    // Fills every placeholder; one missing from `values` is RequiredField with its name, so a
    // letter is never printed with a placeholder left in it.
    base::Result<std::string> fill(const std::map<std::string, std::string>& values) const;

private:
    struct Piece
    {
        bool placeholder = false;
        std::string text; // literal text, or the placeholder's name
    };
    std::vector<Piece> m_pieces;
    std::vector<std::string> m_placeholders;
};

} // namespace carehouse::letters
