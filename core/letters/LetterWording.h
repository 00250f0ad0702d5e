#pragma once

#include "core/base/CivilDate.h"
#include "core/base/Result.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace carehouse::clinical {
class CareProcessCatalogue;
}

namespace carehouse::letters {

// The words of the pre-consultation results letter in one language, from
// resources/letters/results-wording-<language>.json: what each care process is called and
// means, the sentences per target and interpretation band, the change words and their
// thresholds, the headings, the agenda and the short questionnaires (see CLINICAL.md).
//
// A file is checked when it is loaded: every required string present and not empty, every
// catalogue process and category option worded, every placeholder known. A problem is refused
// as ResourceInvalid with the file, the JSON path ("$.processes.hba1c.aboveTarget") and the
// line, so a shipped language is always complete and a letter never goes out with a hole.
class LetterWording
{
public:
    static constexpr const char* kDefaultLanguage = "en";

    // An interpretation band of a measured value (eGFR G1-G5, ACR A1-A3, BMI bands), most
    // severe or highest first: the first band whose lower bound the value reaches is the one.
    struct Band
    {
        std::string id; // "G3a"
        std::optional<double> from; // value >= from
        std::optional<double> above; // value > above
        std::optional<double> fromHigherRisk; // `from` for higher-risk family backgrounds (BMI)
        std::string meaning;

        bool contains(double value, bool higherRiskBackground) const;
    };
    struct Category
    {
        std::string value; // how the recorded option reads in the letter: "Low risk"
        std::string meaning;
    };
    struct Process
    {
        std::string id; // the catalogue process id
        std::string name; // "HbA1c"
        std::string explanation; // "your average blood sugar over the last 2–3 months"
        std::string valueItem; // the catalogue item the letter shows; empty = the main item
        std::optional<double> changeThreshold; // a smaller difference reads "about the same"
        bool showTarget = false;
        std::string withinTarget;
        std::string aboveTarget;
        std::string withoutBand; // when only another item of the process was recorded
        std::vector<Band> bands;
        std::map<std::string, Category> categories; // by option code
        std::string notDone; // how to get it done

        const Band* bandFor(double value, bool higherRiskBackground) const;
    };
    struct Questionnaire
    {
        std::string id; // "phq2"
        std::string title;
        std::string intro;
        std::vector<std::string> items;
        std::vector<std::string> options;
    };

    // The resource path of a language's file, relative to the resource folder.
    static std::string resourceFor(const std::string& language);
    // The languages shipped in the resource folder ("bn", "en"), sorted.
    static std::vector<std::string> available();
    // The wording for a language: a shipped language is loaded and must be complete (no
    // fallback); a language not shipped (or empty) gets English.
    static base::Result<LetterWording> forLanguage(const std::string& language);
    static base::Result<LetterWording> load(const std::string& path, const clinical::CareProcessCatalogue& catalogue);

    const std::string& language() const { return m_language; }
    const std::string& languageName() const { return m_languageName; }
    // A string by its dotted path ("headings.title", "phrases.noResultsYet"); every path the
    // loader requires is there. An unknown path is empty.
    const std::string& text(const std::string& path) const;
    // A string with its placeholders filled ("phrases.previous", {{"value", ...}, {"date", ...}}).
    std::string fill(const std::string& path, const std::map<std::string, std::string>& values) const;
    const Process* process(const std::string& id) const;
    const Questionnaire* questionnaire(const std::string& id) const;
    const std::vector<std::string>& agendaTopics() const { return m_topics; }
    // "23-Nov-2026" with the language's month names (dd-Mmm-yyyy, CLINICAL.md).
    std::string date(base::CivilDate d) const;

    // The dotted paths of the plain strings every file must have (for tests and tools).
    static const std::vector<std::string>& requiredTexts();

private:
    std::string m_language;
    std::string m_languageName;
    std::string m_path;
    std::map<std::string, std::string> m_texts;
    std::vector<std::string> m_months;
    std::vector<std::string> m_topics;
    std::map<std::string, Process> m_processes;
    std::map<std::string, Questionnaire> m_questionnaires;
};

} // namespace carehouse::letters
