#pragma once

#include "core/base/Result.h"
#include "core/letters/LetterTemplate.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace carehouse::record {
class RecordStore;
}

namespace carehouse::letters {

// The letters whose words a practice may edit.
enum class LetterKind
{
    Invitation,
    Results,
};

// The template each letter is composed from, per kind and language: the shipped one
// (resources/letters/<kind>-<language>.txt) unless the practice saved its own, which is kept as
// the practice setting letters.template.<kind>.<language>. A template is checked against the
// kind's rules before it is stored, so a stored one parsed when it was saved; should it no
// longer parse (a placeholder withdrawn in a later CareHouse), effective() refuses it naming
// the setting, and no letter is composed from it. Changing or restoring a template needs
// ManageSettings and is audited as a setting change.
class PracticeTemplates
{
public:
    static constexpr const char* kSettingPrefix = "letters.template.";

    static std::string_view kindCode(LetterKind kind); // "invitation", "results"
    static std::optional<LetterKind> kindFromCode(std::string_view code);
    // letters.template.results.en
    static std::string settingKey(LetterKind kind, const std::string& language);
    // letters/results-en.txt, relative to the resource folder
    static std::string resourceFor(LetterKind kind, const std::string& language);
    // The languages a kind is shipped in ("bn", "en"), sorted.
    static std::vector<std::string> languages(LetterKind kind);
    // The language a letter in `language` is composed in: that one when shipped, else English.
    static std::string chosenLanguage(LetterKind kind, const std::string& language);
    // What the kind's template may and must use.
    static const LetterTemplate::Rules& rules(LetterKind kind);

    struct Text
    {
        std::string text;
        std::string name; // the shipped file name, or the setting key of the practice's own
        std::string language;
        bool practiceOwn = false;
    };
    static base::Result<Text> shipped(LetterKind kind, const std::string& language);
    static base::Result<Text> effectiveText(const record::RecordStore& store, LetterKind kind,
                                            const std::string& language);
    // The effective template, parsed; the practice's own that does not parse is refused with
    // the parse error, its file being the setting key.
    static base::Result<LetterTemplate> effective(const record::RecordStore& store, LetterKind kind,
                                                  const std::string& language);

    // Checks a text against the kind's rules (the editor calls it as the text is typed).
    static base::Result<LetterTemplate> validate(LetterKind kind, std::string_view text, const std::string& name);
    // Stores the practice's own template after checking it; refuses a language not shipped.
    static base::Status save(record::RecordStore& store, LetterKind kind, const std::string& language,
                             const std::string& text);
    // Back to the shipped template: removes the practice's own.
    static base::Status restore(record::RecordStore& store, LetterKind kind, const std::string& language);
};

} // namespace carehouse::letters
