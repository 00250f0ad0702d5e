#pragma once

#include "core/base/CivilDate.h"
#include "core/base/Result.h"

#include <map>
#include <string>
#include <vector>

namespace carehouse::careplan {

// The words of the person's printed care plan in one language, from
// resources/careplan/careplan-wording-<language>.json: the headings ("Your care plan", "What you
// will do", "What we will do"), the sentences around the person's own words, the frame of every
// page and the month names.
//
// A file is checked when it is loaded, as the results letter's wording is: every required
// string present and not empty, every placeholder known and used. A problem is refused as
// ResourceInvalid with the file and the JSON path ("$.support.referred"), so a shipped language
// is complete and a care plan never prints with a hole.
class CarePlanWording
{
public:
    static constexpr const char* kDefaultLanguage = "en";

    // The resource path of a language's file, relative to the resource folder.
    static std::string resourceFor(const std::string& language);
    // The languages shipped in resources/careplan ("bn", "en"), sorted.
    static std::vector<std::string> available();
    // A shipped language is loaded and must be complete (no fallback); a language not shipped
    // (or empty) gets English.
    static base::Result<CarePlanWording> forLanguage(const std::string& language);
    static base::Result<CarePlanWording> load(const std::string& path);

    const std::string& language() const { return m_language; }
    const std::string& languageName() const { return m_languageName; }
    // A string by its dotted path ("headings.title"); an unknown path is empty.
    const std::string& text(const std::string& path) const;
    // A string with its placeholders filled.
    std::string fill(const std::string& path, const std::map<std::string, std::string>& values) const;
    // "23-Nov-2026" with the language's month names.
    std::string date(base::CivilDate d) const;

    // The dotted paths every file must have (for tests and tools).
    static std::vector<std::string> requiredTexts();

private:
    std::string m_language;
    std::string m_languageName;
    std::map<std::string, std::string> m_texts;
    std::vector<std::string> m_months;
};

} // namespace carehouse::careplan
