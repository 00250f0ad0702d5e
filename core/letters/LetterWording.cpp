#include "core/letters/LetterWording.h"

#include "core/base/JsonFile.h"
#include "core/base/ResourceDirectory.h"
#include "core/clinical/CareProcessCatalogue.h"
#include "core/letters/LetterTemplate.h"

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>

namespace carehouse::letters {

using base::Error;
using nlohmann::json;

namespace {

constexpr const char* kPrefix = "results-wording-";
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
        {"headings.intro", {}},
        {"headings.results", {}},
        {"headings.notDone", {}},
        {"headings.appointment", {}},
        {"headings.agenda", {}},
        {"headings.questionnaires", {}},
        {"phrases.resultOn", {"date"}},
        {"phrases.previous", {"value", "date"}},
        {"phrases.noPrevious", {}},
        {"phrases.practiceTarget", {"target"}},
        {"phrases.agreedTarget", {"target"}},
        {"phrases.orLess", {"value"}},
        {"phrases.lessThan", {"value"}},
        {"phrases.orMore", {"value"}},
        {"phrases.range", {"low", "high"}},
        {"phrases.notDone", {}},
        {"phrases.notDoneLastDone", {"date"}},
        {"phrases.noResultsYet", {}},
        {"phrases.largePrintOffer", {}},
        {"frame.phone", {"phone"}},
        {"frame.nhsNumber", {"nhs"}},
        {"frame.page", {"page", "pages"}},
        {"change.higher", {}},
        {"change.lower", {}},
        {"change.same", {}},
        {"change.changed", {}},
        {"appointment.booked", {"date", "time", "place", "withWhom"}},
        {"appointment.placeNotKnown", {}},
        {"appointment.withWhomNotKnown", {}},
        {"appointment.notBooked", {"phone"}},
        {"appointment.notBookedYet", {}}, // a template's {appointment.date} / {appointment.time} without a booking
        {"appointment.phoneNotKnown", {}},
        {"appointment.bring", {}},
        {"agenda.prompt", {}},
        {"agenda.tickInstruction", {}},
        {"agenda.writeSpace", {}},
        {"agenda.mattersMost", {}},
    };
    return required;
}

const std::vector<std::string> kQuestionnaires{"phq2", "gad2"};

std::string jsonPathOf(const std::string& dotted)
{
    return "$." + dotted;
}

// The JSON path of the object holding `path` ("$.a.b[2]" -> "$.a.b", "$.a" -> "$").
std::string parentOf(const std::string& path)
{
    const auto cut = path.find_last_of(".[");
    return cut == std::string::npos || cut == 1 ? std::string("$") : path.substr(0, cut);
}

// Refuses the file at `jsonPath`; a missing value is reported at the line of the nearest
// enclosing value that is there.
Error refuse(const std::string& file, const std::string& jsonPath, const std::string& problem)
{
    auto e = base::dataFileError(file, jsonPath, problem);
    for (auto parent = jsonPath; e.line == 0 && parent != "$";) {
        parent = parentOf(parent);
        e.line = base::dataFileError(file, parent, problem).line;
    }
    e.field = jsonPath;
    return e;
}

bool blank(const std::string& s)
{
    return std::all_of(s.begin(), s.end(),
                       [](unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

class Reader
{
public:
    explicit Reader(std::string file)
        : m_file(std::move(file))
    {
    }

    // A non-empty string at `key` of `object`, whose path is `path`.
    base::Result<std::string> string(const json& object, const std::string& key, const std::string& path) const
    {
        const auto full = path + "." + key;
        if (!object.is_object() || !object.contains(key))
            return refuse(m_file, full, "required string missing");
        const auto& v = object.at(key);
        if (!v.is_string())
            return refuse(m_file, full, "must be a string");
        auto s = v.get<std::string>();
        if (blank(s))
            return refuse(m_file, full, "required string empty");
        return s;
    }

    base::Result<std::vector<std::string>> strings(const json& object, const std::string& key, const std::string& path,
                                                   std::size_t least, std::size_t most) const
    {
        const auto full = path + "." + key;
        if (!object.is_object() || !object.contains(key))
            return refuse(m_file, full, "required list missing");
        const auto& v = object.at(key);
        if (!v.is_array() || v.size() < least || v.size() > most)
            return refuse(m_file, full,
                          "must be a list of " + std::to_string(least) + " to " + std::to_string(most) + " strings");
        std::vector<std::string> out;
        for (std::size_t i = 0; i < v.size(); ++i) {
            const auto at = full + "[" + std::to_string(i) + "]";
            if (!v[i].is_string())
                return refuse(m_file, at, "must be a string");
            auto s = v[i].get<std::string>();
            if (blank(s))
                return refuse(m_file, at, "required string empty");
            out.push_back(std::move(s));
        }
        return out;
    }

    base::Result<std::optional<double>> number(const json& object, const std::string& key, const std::string& path,
                                               bool required) const
    {
        const auto full = path + "." + key;
        if (!object.is_object() || !object.contains(key)) {
            if (required)
                return refuse(m_file, full, "required number missing");
            return std::optional<double>();
        }
        if (!object.at(key).is_number())
            return refuse(m_file, full, "must be a number");
        return std::optional<double>(object.at(key).get<double>());
    }

    base::Result<const json*> object(const json& parent, const std::string& key, const std::string& path) const
    {
        const auto full = path + "." + key;
        if (!parent.is_object() || !parent.contains(key))
            return refuse(m_file, full, "required section missing");
        if (!parent.at(key).is_object())
            return refuse(m_file, full, "must be an object");
        return &parent.at(key);
    }

    base::Status placeholders(const std::string& text, const std::vector<std::string>& known,
                              const std::string& path) const
    {
        auto t = LetterTemplate::parse(text, known);
        if (!t)
            return refuse(m_file, path, "placeholder problem: " + t.error().field + " " + t.error().detail);
        for (const auto& name : known)
            if (std::find(t->placeholders().begin(), t->placeholders().end(), name) == t->placeholders().end())
                return refuse(m_file, path, "placeholder {" + name + "} not used");
        return {};
    }

    const std::string& file() const { return m_file; }

private:
    std::string m_file;
};

const json& at(const json& root, const std::string& dotted)
{
    static const json none;
    const json* node = &root;
    std::size_t start = 0;
    while (start <= dotted.size()) {
        const auto dot = dotted.find('.', start);
        const auto key = dotted.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
        if (!node->is_object() || !node->contains(key))
            return none;
        node = &node->at(key);
        if (dot == std::string::npos)
            break;
        start = dot + 1;
    }
    return *node;
}

base::Result<LetterWording::Process> readProcess(const Reader& r, const json& processes,
                                                 const clinical::CareProcessCatalogue::Process& catalogued)
{
    using Kind = clinical::CareProcessCatalogue::Item::Kind;
    const std::string path = "$.processes." + catalogued.id;
    if (!processes.contains(catalogued.id))
        return refuse(r.file(), path, "care process not worded");
    const auto& p = processes.at(catalogued.id);
    if (!p.is_object())
        return refuse(r.file(), path, "must be an object");

    LetterWording::Process w;
    w.id = catalogued.id;
    using Field = std::pair<const char*, std::string*>;
    for (auto [key, field] :
         std::initializer_list<Field>{{"name", &w.name}, {"explanation", &w.explanation}, {"notDone", &w.notDone}}) {
        auto s = r.string(p, key, path);
        if (!s)
            return s.error();
        *field = *s;
    }
    if (p.contains("showTarget")) {
        if (!p.at("showTarget").is_boolean())
            return refuse(r.file(), path + ".showTarget", "must be true or false");
        w.showTarget = p.at("showTarget").get<bool>();
    }
    const auto* valueItem = &catalogued.items.front();
    if (p.contains("valueItem")) {
        auto s = r.string(p, "valueItem", path);
        if (!s)
            return s.error();
        auto it = std::find_if(catalogued.items.begin(), catalogued.items.end(),
                               [&](const auto& item) { return item.id == *s; });
        if (it == catalogued.items.end())
            return refuse(r.file(), path + ".valueItem", "not an item of this care process");
        w.valueItem = *s;
        valueItem = &*it;
        if (valueItem != &catalogued.items.front()) {
            auto without = r.string(p, "withoutBand", path);
            if (!without)
                return without.error();
            w.withoutBand = *without;
        }
    }

    if (valueItem->kind == Kind::Category) {
        auto categories = r.object(p, "categories", path);
        if (!categories)
            return categories.error();
        for (const auto& option : valueItem->options) {
            const auto optionPath = path + ".categories." + option.code;
            auto entry = r.object(**categories, option.code, path + ".categories");
            if (!entry)
                return entry.error();
            auto value = r.string(**entry, "value", optionPath);
            if (!value)
                return value.error();
            auto meaning = r.string(**entry, "meaning", optionPath);
            if (!meaning)
                return meaning.error();
            w.categories[option.code] = {*value, *meaning};
        }
        return w;
    }

    auto threshold = r.number(p, "changeThreshold", path, true);
    if (!threshold)
        return threshold.error();
    w.changeThreshold = *threshold;
    const bool hasBands = p.contains("bands");
    if (w.showTarget || !hasBands) {
        for (auto [key, field] :
             std::initializer_list<Field>{{"withinTarget", &w.withinTarget}, {"aboveTarget", &w.aboveTarget}}) {
            auto s = r.string(p, key, path);
            if (!s)
                return s.error();
            *field = *s;
        }
    }
    if (hasBands) {
        const auto& bands = p.at("bands");
        if (!bands.is_array() || bands.empty())
            return refuse(r.file(), path + ".bands", "must be a list of bands");
        for (std::size_t i = 0; i < bands.size(); ++i) {
            const auto bandPath = path + ".bands[" + std::to_string(i) + "]";
            LetterWording::Band b;
            auto id = r.string(bands[i], "band", bandPath);
            if (!id)
                return id.error();
            auto meaning = r.string(bands[i], "meaning", bandPath);
            if (!meaning)
                return meaning.error();
            auto from = r.number(bands[i], "from", bandPath, false);
            if (!from)
                return from.error();
            auto above = r.number(bands[i], "above", bandPath, false);
            if (!above)
                return above.error();
            auto higher = r.number(bands[i], "fromHigherRisk", bandPath, false);
            if (!higher)
                return higher.error();
            if (!*from && !*above)
                return refuse(r.file(), bandPath + ".from", "a band needs \"from\" or \"above\"");
            b.id = *id;
            b.meaning = *meaning;
            b.from = *from;
            b.above = *above;
            b.fromHigherRisk = *higher;
            w.bands.push_back(std::move(b));
        }
    }
    return w;
}

} // namespace

bool LetterWording::Band::contains(double value, bool higherRiskBackground) const
{
    if (above)
        return value > *above;
    const double lower = higherRiskBackground && fromHigherRisk ? *fromHigherRisk : from.value_or(0);
    return value >= lower;
}

const LetterWording::Band* LetterWording::Process::bandFor(double value, bool higherRiskBackground) const
{
    for (const auto& b : bands)
        if (b.contains(value, higherRiskBackground))
            return &b;
    return nullptr;
}

const std::vector<std::string>& LetterWording::requiredTexts()
{
    static const std::vector<std::string> paths = [] {
        std::vector<std::string> out;
        for (const auto& r : requiredStrings())
            out.emplace_back(r.path);
        return out;
    }();
    return paths;
}

std::string LetterWording::resourceFor(const std::string& language)
{
    return std::string("letters/") + kPrefix + language + kSuffix;
}

std::vector<std::string> LetterWording::available()
{
    return base::resourceVariants("letters", kPrefix, kSuffix);
}

base::Result<LetterWording> LetterWording::forLanguage(const std::string& language)
{
    auto catalogue = clinical::CareProcessCatalogue::standard();
    if (!catalogue)
        return catalogue.error();
    const auto shipped = available();
    const bool known = std::find(shipped.begin(), shipped.end(), language) != shipped.end();
    const std::string chosen = known ? language : std::string(kDefaultLanguage);
    return load(base::resourcePath(resourceFor(chosen)), **catalogue);
}

base::Result<LetterWording> LetterWording::load(const std::string& path,
                                                const clinical::CareProcessCatalogue& catalogue)
{
    auto parsed = base::readJsonFile(path);
    if (!parsed)
        return parsed.error();
    const json& root = *parsed;
    const Reader r(path);
    if (!root.is_object())
        return refuse(path, "$", "must be an object");

    LetterWording w;
    w.m_path = path;
    for (const auto& req : requiredStrings()) {
        const std::string dotted(req.path);
        const auto dot = dotted.rfind('.');
        const auto& parent = dot == std::string::npos ? root : at(root, dotted.substr(0, dot));
        const auto parentPath = dot == std::string::npos ? std::string("$") : jsonPathOf(dotted.substr(0, dot));
        auto s = r.string(parent, dot == std::string::npos ? dotted : dotted.substr(dot + 1), parentPath);
        if (!s)
            return s.error();
        auto checked = r.placeholders(*s, req.placeholders, jsonPathOf(dotted));
        if (!checked)
            return checked.error();
        w.m_texts[dotted] = *s;
    }
    w.m_language = w.m_texts["language"];
    w.m_languageName = w.m_texts["languageName"];

    auto months = r.strings(root, "months", "$", 12, 12);
    if (!months)
        return months.error();
    w.m_months = *months;
    auto topics = r.strings(at(root, "agenda"), "topics", "$.agenda", 8, 12);
    if (!topics)
        return topics.error();
    w.m_topics = *topics;

    auto questionnaires = r.object(root, "questionnaires", "$");
    if (!questionnaires)
        return questionnaires.error();
    for (const auto& id : kQuestionnaires) {
        const auto qPath = "$.questionnaires." + id;
        auto q = r.object(**questionnaires, id, "$.questionnaires");
        if (!q)
            return q.error();
        Questionnaire out;
        out.id = id;
        auto title = r.string(**q, "title", qPath);
        if (!title)
            return title.error();
        auto intro = r.string(**q, "intro", qPath);
        if (!intro)
            return intro.error();
        auto items = r.strings(**q, "items", qPath, 2, 2);
        if (!items)
            return items.error();
        auto options = r.strings(**q, "options", qPath, 4, 4);
        if (!options)
            return options.error();
        out.title = *title;
        out.intro = *intro;
        out.items = *items;
        out.options = *options;
        w.m_questionnaires[id] = std::move(out);
    }

    auto processes = r.object(root, "processes", "$");
    if (!processes)
        return processes.error();
    for (const auto& process : catalogue.processes()) {
        auto p = readProcess(r, **processes, process);
        if (!p)
            return p.error();
        w.m_processes[process.id] = std::move(p).value();
    }
    return w;
}

const std::string& LetterWording::text(const std::string& path) const
{
    static const std::string none;
    auto it = m_texts.find(path);
    return it == m_texts.end() ? none : it->second;
}

std::string LetterWording::fill(const std::string& path, const std::map<std::string, std::string>& values) const
{
    std::vector<std::string> known;
    for (const auto& [name, value] : values)
        known.push_back(name);
    auto t = LetterTemplate::parse(text(path), known);
    if (!t)
        return text(path); // cannot happen for a loaded file: its placeholders were checked
    auto filled = t->fill(values);
    return filled ? *filled : text(path);
}

const LetterWording::Process* LetterWording::process(const std::string& id) const
{
    auto it = m_processes.find(id);
    return it == m_processes.end() ? nullptr : &it->second;
}

const LetterWording::Questionnaire* LetterWording::questionnaire(const std::string& id) const
{
    auto it = m_questionnaires.find(id);
    return it == m_questionnaires.end() ? nullptr : &it->second;
}

std::string LetterWording::date(base::CivilDate d) const
{
    if (!d.valid() || m_months.size() != 12)
        return d.display();
    const auto day = std::to_string(d.day());
    return (day.size() == 1 ? "0" + day : day) + "-" + m_months[d.month() - 1] + "-" + std::to_string(d.year());
}

} // namespace carehouse::letters
