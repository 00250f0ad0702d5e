#include "core/careplan/CarePlanWording.h"

#include "core/base/JsonFile.h"
#include "core/base/ResourceDirectory.h"
#include "core/letters/LetterTemplate.h"

#include <algorithm>
#include <filesystem>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace carehouse::careplan {

using nlohmann::json;

namespace {

constexpr const char* kFolder = "careplan";
constexpr const char* kPrefix = "careplan-wording-";
constexpr const char* kSuffix = ".json";

struct Required
{
    const char* path;
    std::vector<std::string> placeholders; // each must be used, no other is allowed
};

const std::vector<Required>& requiredStrings()
{
    static const std::vector<Required> required{
        {"language", {}},
        {"languageName", {}},
        {"headings.title", {}},
        {"headings.intro", {"clinician", "date"}},
        {"headings.goals", {}},
        {"headings.reviews", {}},
        {"headings.yourActions", {}},
        {"headings.teamActions", {}},
        {"headings.support", {}},
        {"headings.targets", {}},
        {"headings.nextReview", {}},
        {"headings.questions", {}},
        {"goals.why", {"why"}},
        {"goals.confidence", {"score"}},
        {"goals.none", {}},
        {"reviews.achieved", {}},
        {"reviews.partly", {}},
        {"reviews.notAchieved", {}},
        {"reviews.noLongerRelevant", {}},
        {"actions.byWhen", {"date"}},
        {"actions.noDate", {}},
        {"actions.who", {"who"}},
        {"actions.teamDefault", {}},
        {"actions.noneYours", {}},
        {"actions.noneTeam", {}},
        {"support.contact", {"contact"}},
        {"support.howToGetInTouch", {"how"}},
        {"support.referred", {"service"}},
        {"support.accepted", {"service"}},
        {"support.seen", {"service"}},
        {"support.declined", {"service"}},
        {"support.notHeard", {"phone"}},
        {"support.none", {}},
        {"targets.agreed", {"process", "target"}},
        {"targets.orLess", {"value"}},
        {"targets.why", {"why"}},
        {"targets.none", {}},
        {"nextReview.due", {"date"}},
        {"questions.phone", {"practice", "phone"}},
        {"questions.phoneNotKnown", {}},
        {"phrases.largePrintOffer", {}},
        {"frame.phone", {"phone"}},
        {"frame.nhsNumber", {"nhs"}},
        {"frame.page", {"page", "pages"}},
    };
    return required;
}

bool blank(const std::string& s)
{
    return std::all_of(s.begin(), s.end(),
                       [](unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

base::Error refuse(const std::string& file, const std::string& jsonPath, const std::string& problem)
{
    auto e = base::dataFileError(file, jsonPath, problem);
    e.field = jsonPath;
    return e;
}

// The value at a dotted path, or null.
const json* at(const json& root, const std::string& dotted)
{
    const json* node = &root;
    std::size_t start = 0;
    while (true) {
        const auto dot = dotted.find('.', start);
        const auto key = dotted.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
        if (!node->is_object() || !node->contains(key))
            return nullptr;
        node = &node->at(key);
        if (dot == std::string::npos)
            return node;
        start = dot + 1;
    }
}

} // namespace

std::string CarePlanWording::resourceFor(const std::string& language)
{
    return std::string(kFolder) + "/" + kPrefix + language + kSuffix;
}

std::vector<std::string> CarePlanWording::available()
{
    return base::resourceVariants(kFolder, kPrefix, kSuffix);
}

base::Result<CarePlanWording> CarePlanWording::forLanguage(const std::string& language)
{
    const auto shipped = available();
    const bool known = std::find(shipped.begin(), shipped.end(), language) != shipped.end();
    return load(base::resourcePath(resourceFor(known ? language : std::string(kDefaultLanguage))));
}

base::Result<CarePlanWording> CarePlanWording::load(const std::string& path)
{
    auto parsed = base::readJsonFile(path);
    if (!parsed)
        return parsed.error();
    const json& root = *parsed;
    if (!root.is_object())
        return refuse(path, "$", "must be an object");

    CarePlanWording w;
    for (const auto& req : requiredStrings()) {
        const std::string dotted(req.path);
        const std::string jsonPath = "$." + dotted;
        const json* value = at(root, dotted);
        if (!value)
            return refuse(path, jsonPath, "required string missing");
        if (!value->is_string())
            return refuse(path, jsonPath, "must be a string");
        auto s = value->get<std::string>();
        if (blank(s))
            return refuse(path, jsonPath, "required string empty");
        auto parsedText = letters::LetterTemplate::parse(s, req.placeholders);
        if (!parsedText)
            return refuse(path, jsonPath,
                          "placeholder problem: " + parsedText.error().field + " " + parsedText.error().detail);
        for (const auto& name : req.placeholders) {
            const auto& used = parsedText->placeholders();
            if (std::find(used.begin(), used.end(), name) == used.end())
                return refuse(path, jsonPath, "placeholder {" + name + "} not used");
        }
        w.m_texts[dotted] = std::move(s);
    }
    w.m_language = w.m_texts["language"];
    w.m_languageName = w.m_texts["languageName"];

    const json* months = at(root, "months");
    if (!months || !months->is_array() || months->size() != 12)
        return refuse(path, "$.months", "must be a list of the 12 month names");
    for (std::size_t i = 0; i < months->size(); ++i) {
        const auto& m = (*months)[i];
        if (!m.is_string() || blank(m.get<std::string>()))
            return refuse(path, "$.months[" + std::to_string(i) + "]", "required string empty");
        w.m_months.push_back(m.get<std::string>());
    }
    return w;
}

const std::string& CarePlanWording::text(const std::string& path) const
{
    static const std::string none;
    auto it = m_texts.find(path);
    return it == m_texts.end() ? none : it->second;
}

std::string CarePlanWording::fill(const std::string& path, const std::map<std::string, std::string>& values) const
{
    std::vector<std::string> known;
    for (const auto& [name, value] : values)
        known.push_back(name);
    auto t = letters::LetterTemplate::parse(text(path), known);
    if (!t)
        return text(path); // cannot happen for a loaded file: its placeholders were checked
    auto filled = t->fill(values);
    return filled ? *filled : text(path);
}

std::string CarePlanWording::date(base::CivilDate d) const
{
    if (!d.valid() || m_months.size() != 12)
        return d.display();
    return fmt::format("{:02}-{}-{}", d.day(), m_months[static_cast<std::size_t>(d.month() - 1)], d.year());
}

std::vector<std::string> CarePlanWording::requiredTexts()
{
    std::vector<std::string> out;
    for (const auto& r : requiredStrings())
        out.emplace_back(r.path);
    return out;
}

} // namespace carehouse::careplan
