#pragma once

#include "core/base/Result.h"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace carehouse::letters {

// A letter's text with named placeholders: "Dear {person.name}," ... "{practice.phone}".
// A placeholder is a name in braces made of letters, digits, dots, dashes and underscores;
// "{{" and "}}" stand for a literal brace. Parsing checks every placeholder against the names
// the letter can fill, so a typing mistake in a template is found when it is loaded (or typed
// in the template editor), not when a letter goes out with a hole in it.
//
// The text follows the letters' conventions: paragraphs separated by a blank line, a paragraph
// starting "## " is a heading, lines starting "- " are a bulleted list. A letter may also have
// block placeholders ("{results}"): each stands for a whole laid-out part of the letter, so it
// must be a paragraph of its own.
//
// Every refusal is ResourceInvalid with the template's name as the file, the placeholder as
// the field, the line (1-based; 0 for a placeholder that is missing) and one of the problem
// codes below as the hint, so the edge can say what to fix.
class LetterTemplate
{
public:
    static constexpr const char* kUnknownPlaceholder = "template-unknown-placeholder";
    static constexpr const char* kNotAName = "template-not-a-name"; // "{ a b }"
    static constexpr const char* kUnclosed = "template-unclosed"; // "{person.name" to the end
    static constexpr const char* kUnmatchedBrace = "template-unmatched-brace"; // a lone "}"
    static constexpr const char* kBlockInSentence = "template-block-in-sentence"; // "See {results} below."
    static constexpr const char* kBlockRepeated = "template-block-repeated"; // "{results}" twice
    static constexpr const char* kMissingPlaceholder = "template-missing-placeholder"; // a required one absent

    // What a kind of letter may use.
    struct Rules
    {
        std::vector<std::string> placeholders; // filled inline, anywhere in the text
        std::vector<std::string> blocks; // each alone in its own paragraph, at most once
        std::vector<std::string> required; // must appear (inline or block)
    };

    // One paragraph of a filled template: either text (with its line breaks) or a block.
    struct Paragraph
    {
        std::string block; // the block placeholder's name; empty for text
        std::string text; // the filled text; empty for a block
        int line = 0; // where the paragraph starts in the template
    };

    // Refuses an unknown placeholder (field = the placeholder, line = where it is) and an
    // unclosed brace.
    static base::Result<LetterTemplate> parse(std::string_view text, const std::vector<std::string>& known,
                                              const std::string& fileName = {});
    // As above, and refuses a block placeholder inside a sentence or used twice, and a
    // required placeholder that is not there.
    static base::Result<LetterTemplate> parse(std::string_view text, const Rules& rules,
                                              const std::string& fileName = {});
    static base::Result<LetterTemplate> load(const std::string& path, const std::vector<std::string>& known);
    static base::Result<LetterTemplate> load(const std::string& path, const Rules& rules);
    // The whole file as text (a shipped template), or ResourceInvalid naming it.
    static base::Result<std::string> readText(const std::string& path);

    // The placeholders the text uses, each once, in order of first use.
    const std::vector<std::string>& placeholders() const { return m_placeholders; }
    const std::string& name() const { return m_name; }

    // Fills every placeholder; one missing from `values` is RequiredField with its name, so a
    // letter is never printed with a placeholder left in it. A block placeholder reads as its
    // value too (a plain-text letter has none).
    base::Result<std::string> fill(const std::map<std::string, std::string>& values) const;
    // The paragraphs in order, text ones filled from `values`, blocks left for the caller to
    // lay out; empty paragraphs are dropped.
    base::Result<std::vector<Paragraph>> fillParagraphs(const std::map<std::string, std::string>& values) const;

private:
    struct Piece
    {
        bool placeholder = false;
        std::string text; // literal text, or the placeholder's name
        int line = 1;
    };
    // The text's paragraphs: runs of lines that are not blank, each line its pieces.
    struct Block
    {
        std::vector<std::vector<Piece>> lines;
        int line = 1;
        std::string block; // a block placeholder's paragraph
    };
    std::vector<Piece> m_pieces;
    std::vector<Block> m_paragraphs;
    std::vector<std::string> m_placeholders;
    std::string m_name;
};

} // namespace carehouse::letters
