#include "core/clinical/CareProcessCatalogue.h"

#include "core/base/JsonFile.h"
#include "core/base/ResourceDirectory.h"
#include "core/base/TextFold.h"

#include <algorithm>
#include <fmt/format.h>
#include <map>
#include <mutex>

namespace carehouse::clinical {

using nlohmann::json;

namespace {

bool readRange(const json& item, const char* key, double& low, double& high)
{
    auto it = item.find(key);
    if (it == item.end() || !it->is_array() || it->size() != 2 || !(*it)[0].is_number() || !(*it)[1].is_number())
        return false;
    low = (*it)[0].get<double>();
    high = (*it)[1].get<double>();
    return low <= high;
}

base::Result<std::vector<CareProcessCatalogue::FlagRule>> readFlagList(const std::string& path,
                                                                       const std::string& where, const json& list)
{
    using FlagRule = CareProcessCatalogue::FlagRule;
    std::vector<FlagRule> rules;
    if (!list.is_array())
        return base::dataFileError(path, where, "expected an array of flags");
    for (std::size_t i = 0; i < list.size(); ++i) {
        const auto& f = list[i];
        auto fw = fmt::format("{}[{}]", where, i);
        if (!f.is_object() || !f.value("when", json()).is_string() || !f.value("text", json()).is_string())
            return base::dataFileError(path, fw, "each flag needs when and text");
        FlagRule rule;
        rule.text = f["text"];
        rule.target = f.value("target", false);
        std::string when = f["when"];
        if (when == "is") {
            rule.when = FlagRule::When::Is;
            if (!f.value("codes", json()).is_array() || f["codes"].empty())
                return base::dataFileError(path, fw + ".codes", "an 'is' flag needs its codes");
            for (const auto& c : f["codes"])
                rule.codes.push_back(c.get<std::string>());
        } else {
            rule.when = when == "above" ? FlagRule::When::Above
                : when == "atLeast"     ? FlagRule::When::AtLeast
                                        : FlagRule::When::Below;
            if (when != "above" && when != "atLeast" && when != "below")
                return base::dataFileError(path, fw + ".when", "unknown comparison: " + when);
            if (!f.value("value", json()).is_number())
                return base::dataFileError(path, fw + ".value", "a comparison needs a number");
            rule.value = f["value"].get<double>();
            if (f.contains("value2"))
                rule.value2 = f["value2"].get<double>();
            if (f.contains("higherRiskValue"))
                rule.higherRiskValue = f["higherRiskValue"].get<double>();
        }
        rules.push_back(std::move(rule));
    }
    return rules;
}

base::Result<std::vector<CareProcessCatalogue::FlagRule>> readFlags(const std::string& path, const std::string& where,
                                                                    const json& item)
{
    if (!item.contains("flags"))
        return std::vector<CareProcessCatalogue::FlagRule>{};
    return readFlagList(path, where + ".flags", item["flags"]);
}

base::Result<CareProcessCatalogue::Item> readItem(const std::string& path, const std::string& iw, const json& ij)
{
    using Item = CareProcessCatalogue::Item;
    if (!ij.is_object() || !ij.value("id", json()).is_string() || !ij.value("code", json()).is_string()
        || !ij.value("name", json()).is_string() || !ij.value("kind", json()).is_string())
        return base::dataFileError(path, iw, "each item needs id, name, code and kind");
    Item item;
    item.id = ij["id"];
    item.name = ij["name"];
    item.code = ij["code"];
    item.loinc = ij.value("loinc", "");
    item.unit = ij.value("unit", "");
    item.unitDisplay = ij.value("unitDisplay", item.unit);
    item.decimals = ij.value("decimals", 0);
    std::string kind = ij["kind"];
    if (kind == "quantity" || kind == "pair") {
        item.kind = kind == "pair" ? Item::Kind::Pair : Item::Kind::Quantity;
        if (item.unit.empty())
            return base::dataFileError(path, iw + ".unit", "a measured item needs its unit");
        if (!readRange(ij, "plausible", item.low, item.high))
            return base::dataFileError(path, iw + ".plausible", "expected [low, high]");
        if (item.kind == Item::Kind::Pair && !readRange(ij, "plausible2", item.low2, item.high2))
            return base::dataFileError(path, iw + ".plausible2", "expected [low, high]");
    } else if (kind == "category") {
        item.kind = Item::Kind::Category;
        if (!ij.value("options", json()).is_array() || ij["options"].empty())
            return base::dataFileError(path, iw + ".options", "a category item needs its options");
        for (const auto& o : ij["options"]) {
            if (!o.value("code", json()).is_string() || !o.value("display", json()).is_string())
                return base::dataFileError(path, iw + ".options", "each option needs code and display");
            item.options.push_back({o["code"], o["display"]});
        }
    } else {
        return base::dataFileError(path, iw + ".kind", "unknown kind: " + kind);
    }
    auto rules = readFlags(path, iw, ij);
    if (!rules)
        return rules.error();
    item.flags = std::move(rules).value();
    item.unverified = ij.value("unverified", false);
    if (ij.contains("unitAliases")) {
        if (!ij["unitAliases"].is_array())
            return base::dataFileError(path, iw + ".unitAliases", "expected an array of unit spellings");
        for (const auto& a : ij["unitAliases"]) {
            if (!a.is_string() || a.get<std::string>().empty())
                return base::dataFileError(path, iw + ".unitAliases", "each alias is a unit spelling");
            item.unitAliases.push_back(a.get<std::string>());
        }
    }
    if (ij.contains("conversions")) {
        if (!ij["conversions"].is_array())
            return base::dataFileError(path, iw + ".conversions", "expected an array of conversions");
        for (std::size_t c = 0; c < ij["conversions"].size(); ++c) {
            const auto& cj = ij["conversions"][c];
            auto cw = fmt::format("{}.conversions[{}]", iw, c);
            if (!cj.is_object() || !cj.value("unit", json()).is_string() || !cj.value("factor", json()).is_number()
                || cj["factor"].get<double>() <= 0)
                return base::dataFileError(path, cw, "each conversion needs a unit and a positive factor");
            CareProcessCatalogue::Conversion conv;
            conv.unit = cj["unit"];
            conv.unitDisplay = cj.value("unitDisplay", conv.unit);
            conv.factor = cj["factor"].get<double>();
            conv.offset = cj.value("offset", 0.0);
            if (conv.unit == item.unit)
                return base::dataFileError(path, cw + ".unit", "a conversion from the stored unit itself");
            item.conversions.push_back(std::move(conv));
        }
    }
    if (ij.contains("alternateCodes")) {
        if (!ij["alternateCodes"].is_array())
            return base::dataFileError(path, iw + ".alternateCodes", "expected an array of \"system|code\"");
        for (const auto& a : ij["alternateCodes"]) {
            if (!a.is_string() || a.get<std::string>().find('|') == std::string::npos)
                return base::dataFileError(path, iw + ".alternateCodes", "each entry is \"system|code\"");
            item.alternateCodes.push_back(a.get<std::string>());
        }
    }
    return item;
}

} // namespace

std::optional<std::string> CareProcessCatalogue::Item::flagFor(std::optional<double> value,
                                                               std::optional<double> value2,
                                                               const std::string& valueCode,
                                                               bool higherRiskBackground) const
{
    for (const auto& rule : flags) {
        bool hit = false;
        double limit = higherRiskBackground && rule.higherRiskValue ? *rule.higherRiskValue : rule.value;
        switch (rule.when) {
        case FlagRule::When::Is:
            hit = std::find(rule.codes.begin(), rule.codes.end(), valueCode) != rule.codes.end();
            break;
        case FlagRule::When::Above:
            hit = (value && *value > limit) || (value2 && rule.value2 && *value2 > *rule.value2);
            break;
        case FlagRule::When::AtLeast:
            hit = (value && *value >= limit) || (value2 && rule.value2 && *value2 >= *rule.value2);
            break;
        case FlagRule::When::Below: hit = value && *value < limit; break;
        }
        if (hit)
            return rule.text;
    }
    return std::nullopt;
}

bool CareProcessCatalogue::higherRiskBackground(const std::string& ethnicity) const
{
    return std::find(m_higherRiskEthnicities.begin(), m_higherRiskEthnicities.end(), ethnicity)
        != m_higherRiskEthnicities.end();
}

std::string CareProcessCatalogue::Item::formatValue(std::optional<double> value, std::optional<double> value2,
                                                    const std::string& valueCode) const
{
    switch (kind) {
    case Kind::Category:
        if (const auto* o = option(valueCode))
            return o->display;
        return valueCode;
    case Kind::Pair:
        if (!value || !value2)
            return {};
        return fmt::format("{:.{}f}/{:.{}f} {}", *value, decimals, *value2, decimals, unitDisplay);
    case Kind::Quantity:
        if (!value)
            return {};
        return fmt::format("{:.{}f} {}", *value, decimals, unitDisplay);
    }
    return {};
}

const CareProcessCatalogue::Option* CareProcessCatalogue::Item::option(const std::string& c) const
{
    for (const auto& o : options)
        if (o.code == c)
            return &o;
    return nullptr;
}

base::Result<CareProcessCatalogue> CareProcessCatalogue::load(const std::string& path)
{
    auto doc = base::readJsonFile(path);
    if (!doc)
        return doc.error();
    if (!doc->is_object() || !doc->contains("processes") || !(*doc)["processes"].is_array())
        return base::dataFileError(path, "$.processes", "expected an array of care processes");
    CareProcessCatalogue cat;
    if (doc->contains("higherRiskEthnicities"))
        for (const auto& e : (*doc)["higherRiskEthnicities"])
            cat.m_higherRiskEthnicities.push_back(e.get<std::string>());
    const auto& list = (*doc)["processes"];
    for (std::size_t p = 0; p < list.size(); ++p) {
        const auto& pj = list[p];
        auto where = fmt::format("$.processes[{}]", p);
        if (!pj.is_object() || !pj.value("id", json()).is_string() || !pj.value("name", json()).is_string()
            || !pj.value("number", json()).is_number_integer() || !pj.value("items", json()).is_array())
            return base::dataFileError(path, where, "each process needs number, id, name and items");
        Process process{pj["number"], pj["id"], pj["name"], {}};
        for (std::size_t i = 0; i < pj["items"].size(); ++i) {
            const auto& ij = pj["items"][i];
            auto iw = fmt::format("{}.items[{}]", where, i);
            auto parsed = readItem(path, iw, ij);
            if (!parsed)
                return parsed.error();
            Item item = std::move(parsed).value();
            auto same = [&](const Item& other) { return other.id == item.id || other.code == item.code; };
            if (cat.itemByCode(item.code) || cat.itemById(item.id)
                || std::any_of(process.items.begin(), process.items.end(), same))
                return base::dataFileError(path, iw, "item listed twice: " + item.id);
            process.items.push_back(std::move(item));
        }
        cat.m_processes.push_back(std::move(process));
    }
    if (cat.m_processes.size() != 9)
        return base::dataFileError(path, "$.processes", "expected the nine care processes");
    if (doc->contains("supporting")) {
        const auto& sup = (*doc)["supporting"];
        if (!sup.is_array())
            return base::dataFileError(path, "$.supporting", "expected an array of items");
        for (std::size_t i = 0; i < sup.size(); ++i) {
            auto iw = fmt::format("$.supporting[{}]", i);
            auto parsed = readItem(path, iw, sup[i]);
            if (!parsed)
                return parsed.error();
            if (cat.itemByCode(parsed->code) || cat.itemById(parsed->id))
                return base::dataFileError(path, iw, "item listed twice: " + parsed->id);
            cat.m_supporting.push_back(std::move(parsed).value());
        }
    }
    return cat;
}

namespace {

struct Profiles
{
    std::string defaultId;
    std::vector<CareProcessCatalogue::TargetProfile> list;
    std::map<std::string, std::map<std::string, std::vector<CareProcessCatalogue::FlagRule>>> targets;
};

base::Result<Profiles> loadProfiles(const CareProcessCatalogue& base)
{
    const auto path = base::resourcePath("target-profiles.json");
    auto doc = base::readJsonFile(path);
    if (!doc)
        return doc.error();
    if (!doc->is_object() || !doc->value("profiles", json()).is_array() || !doc->value("default", json()).is_string())
        return base::dataFileError(path, "$", "expected default and profiles");
    Profiles out;
    out.defaultId = (*doc)["default"];
    const auto& list = (*doc)["profiles"];
    for (std::size_t p = 0; p < list.size(); ++p) {
        const auto& pj = list[p];
        const auto where = fmt::format("$.profiles[{}]", p);
        if (!pj.is_object() || !pj.value("id", json()).is_string() || !pj.value("name", json()).is_string()
            || !pj.value("targets", json()).is_object())
            return base::dataFileError(path, where, "each profile needs id, name and targets");
        const std::string id = pj["id"];
        for (auto it = pj["targets"].begin(); it != pj["targets"].end(); ++it) {
            const auto* item = base.itemById(it.key());
            if (!item)
                return base::dataFileError(path, where + ".targets." + it.key(), "not a care-process item");
            auto rules = readFlagList(path, where + ".targets." + it.key(), it.value());
            if (!rules)
                return rules.error();
            for (auto& r : *rules)
                r.target = true;
            out.targets[id][it.key()] = std::move(rules).value();
        }
        out.list.push_back({id, pj["name"]});
    }
    if (!out.targets.count(out.defaultId))
        return base::dataFileError(path, "$.default", "no profile called " + out.defaultId);
    return out;
}

struct Shipped
{
    std::optional<base::Error> error;
    CareProcessCatalogue base;
    Profiles profiles;
    std::map<std::string, std::shared_ptr<const CareProcessCatalogue>> applied;
    std::mutex mutex;
};

Shipped& shipped()
{
    static Shipped s;
    static std::once_flag once;
    std::call_once(once, [] {
        auto loaded = CareProcessCatalogue::load(base::resourcePath("care-processes.json"));
        if (!loaded) {
            s.error = loaded.error();
            return;
        }
        s.base = std::move(loaded).value();
        auto profiles = loadProfiles(s.base);
        if (!profiles) {
            s.error = profiles.error();
            return;
        }
        s.profiles = std::move(profiles).value();
    });
    return s;
}

} // namespace

base::Result<std::shared_ptr<const CareProcessCatalogue>> CareProcessCatalogue::standard()
{
    auto& s = shipped();
    if (s.error)
        return *s.error;
    return withTargetProfile(s.profiles.defaultId);
}

base::Result<std::shared_ptr<const CareProcessCatalogue>>
CareProcessCatalogue::withTargetProfile(const std::string& profileId)
{
    auto& s = shipped();
    if (s.error)
        return *s.error;
    std::lock_guard lock(s.mutex);
    if (auto it = s.applied.find(profileId); it != s.applied.end())
        return it->second;
    auto targets = s.profiles.targets.find(profileId);
    if (targets == s.profiles.targets.end())
        return base::Error::make(base::ErrorCode::UnknownCode, "target profile", profileId);
    auto catalogue = std::make_shared<CareProcessCatalogue>(s.base);
    catalogue->m_targetProfile = profileId;
    for (auto& process : catalogue->m_processes)
        for (auto& item : process.items) {
            auto rules = targets->second.find(item.id);
            if (rules == targets->second.end())
                continue;
            // The profile's targets take the place of the item's own, ahead of its bands.
            std::vector<FlagRule> flags = rules->second;
            for (auto& f : item.flags)
                if (!f.target)
                    flags.push_back(f);
            item.flags = std::move(flags);
        }
    std::shared_ptr<const CareProcessCatalogue> done = catalogue;
    s.applied.emplace(profileId, done);
    return done;
}

std::shared_ptr<const CareProcessCatalogue>
CareProcessCatalogue::withAgreedTargets(const std::vector<model::AgreedTarget>& targets) const
{
    auto catalogue = std::make_shared<CareProcessCatalogue>(*this);
    for (const auto& agreed : targets)
        for (auto& process : catalogue->m_processes) {
            if (process.id != agreed.processId || process.items.empty())
                continue;
            auto& item = process.items.front();
            FlagRule rule;
            rule.when = FlagRule::When::Above;
            rule.value = agreed.upper;
            rule.value2 = agreed.upper2;
            rule.target = true;
            rule.agreed = true;
            rule.text = "Above the target agreed (" + item.formatValue(agreed.upper, agreed.upper2, "") + " or less)";
            std::vector<FlagRule> flags{rule};
            for (auto& f : item.flags)
                if (!f.target)
                    flags.push_back(f);
            item.flags = std::move(flags);
        }
    return catalogue;
}

base::Result<std::vector<CareProcessCatalogue::TargetProfile>> CareProcessCatalogue::targetProfiles()
{
    auto& s = shipped();
    if (s.error)
        return *s.error;
    return s.profiles.list;
}

const CareProcessCatalogue::Item* CareProcessCatalogue::itemById(const std::string& id) const
{
    for (const auto& p : m_processes)
        for (const auto& i : p.items)
            if (i.id == id)
                return &i;
    for (const auto& i : m_supporting)
        if (i.id == id)
            return &i;
    return nullptr;
}

const CareProcessCatalogue::Item* CareProcessCatalogue::itemByCode(const std::string& code) const
{
    for (const auto& p : m_processes)
        for (const auto& i : p.items)
            if (i.code == code)
                return &i;
    for (const auto& i : m_supporting)
        if (i.code == code)
            return &i;
    return nullptr;
}

const CareProcessCatalogue::Item* CareProcessCatalogue::itemForCoding(const std::string& system,
                                                                      const std::string& code) const
{
    const std::string s = base::foldForSearch(system);
    const bool snomed = s == "snomed" || s == "snomed ct" || s == "sct" || system == "http://snomed.info/sct";
    const bool loinc = s == "loinc" || system == "http://loinc.org";
    if (snomed) {
        const auto* item = itemByCode(code);
        return item && !item->unverified ? item : nullptr;
    }
    const std::string key = (loinc ? std::string("http://loinc.org") : system) + "|" + code;
    for (const auto& p : m_processes)
        for (const auto& i : p.items)
            if ((loinc && i.loinc == code)
                || std::find(i.alternateCodes.begin(), i.alternateCodes.end(), key) != i.alternateCodes.end())
                return &i;
    return nullptr;
}

const CareProcessCatalogue::Item* CareProcessCatalogue::itemByAnyCode(const std::string& key) const
{
    if (const auto* i = itemById(key))
        return i;
    if (const auto* i = itemByCode(key))
        return i;
    return itemForCoding("http://loinc.org", key);
}

const CareProcessCatalogue::Process* CareProcessCatalogue::processOf(const Item& item) const
{
    for (const auto& p : m_processes)
        for (const auto& i : p.items)
            if (&i == &item || i.id == item.id)
                return &p;
    return nullptr;
}

const CareProcessCatalogue::Conversion* CareProcessCatalogue::Item::conversionFrom(const std::string& u) const
{
    for (const auto& c : conversions)
        if (c.unit == u || c.unitDisplay == u)
            return &c;
    return nullptr;
}

bool CareProcessCatalogue::Item::isStoredUnit(const std::string& u) const
{
    return u == unit || u == unitDisplay || std::find(unitAliases.begin(), unitAliases.end(), u) != unitAliases.end();
}

std::string CareProcessCatalogue::Item::rangeText() const
{
    auto n = [](double v) { return fmt::format("{:g}", v); };
    if (kind == Kind::Pair)
        return fmt::format("{}–{}/{}–{} {}", n(low), n(high), n(low2), n(high2), unitDisplay);
    return fmt::format("{}–{} {}", n(low), n(high), unitDisplay);
}

} // namespace carehouse::clinical
