#include "core/careplan/ServicesDirectory.h"

#include "core/base/JsonFile.h"
#include "core/base/ResourceDirectory.h"
#include "core/base/TextFold.h"
#include "core/record/RecordStore.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace carehouse::careplan {

using base::Error;
using base::ErrorCode;
using nlohmann::json;

namespace {

constexpr const char* kWholeArea = "Whole area";

std::string text(const json& j, const char* key)
{
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

Service serviceFrom(const json& j)
{
    Service s;
    s.id = text(j, "id");
    s.name = text(j, "name");
    s.kind = text(j, "kind");
    s.locality = text(j, "locality");
    s.contact = text(j, "contact");
    s.howToRefer = text(j, "howToRefer");
    s.eligibility = text(j, "eligibility");
    const auto referral = j.find("referral");
    s.referral = referral != j.end() && referral->is_boolean() && referral->get<bool>();
    return s;
}

json toJson(const Service& s)
{
    return json{{"id", s.id},
                {"name", s.name},
                {"kind", s.kind},
                {"locality", s.locality},
                {"contact", s.contact},
                {"howToRefer", s.howToRefer},
                {"eligibility", s.eligibility},
                {"referral", s.referral}};
}

// The practice's changes as stored: {"services": [...], "hidden": [ids]}.
json practiceChanges(const record::RecordStore& store)
{
    auto stored = store.setting(ServicesDirectory::kPracticeSetting);
    if (!stored || stored->empty())
        return json{{"services", json::array()}, {"hidden", json::array()}};
    auto j = json::parse(*stored, nullptr, false);
    if (!j.is_object())
        return json{{"services", json::array()}, {"hidden", json::array()}};
    if (!j.contains("services") || !j["services"].is_array())
        j["services"] = json::array();
    if (!j.contains("hidden") || !j["hidden"].is_array())
        j["hidden"] = json::array();
    return j;
}

} // namespace

base::Result<ServicesDirectory> ServicesDirectory::loadFile(const std::string& path)
{
    auto parsed = base::readJsonFile(path);
    if (!parsed)
        return parsed.error();
    const json& root = *parsed;
    if (!root.is_object() || !root.contains("kinds") || !root["kinds"].is_array() || !root.contains("services")
        || !root["services"].is_array())
        return base::dataFileError(path, "$", "needs \"kinds\" and \"services\" arrays");
    ServicesDirectory d;
    for (std::size_t i = 0; i < root["kinds"].size(); ++i) {
        const auto& k = root["kinds"][i];
        Kind kind{text(k, "id"), text(k, "name")};
        if (kind.id.empty() || kind.name.empty())
            return base::dataFileError(path, "$.kinds[" + std::to_string(i) + "]", "needs an id and a name");
        d.m_kinds.push_back(std::move(kind));
    }
    if (root.contains("localities") && root["localities"].is_array())
        for (const auto& l : root["localities"])
            if (l.is_string())
                d.m_localities.push_back(l.get<std::string>());
    for (std::size_t i = 0; i < root["services"].size(); ++i) {
        Service s = serviceFrom(root["services"][i]);
        if (auto st = d.check(s); !st)
            return base::dataFileError(path, "$.services[" + std::to_string(i) + "]",
                                       st.error().field + " is missing or unknown");
        if (d.byId(s.id))
            return base::dataFileError(path, "$.services[" + std::to_string(i) + "]",
                                       "the id " + s.id + " is used twice");
        d.m_services.push_back(std::move(s));
    }
    return d;
}

base::Result<ServicesDirectory> ServicesDirectory::load(const record::RecordStore& store)
{
    auto d = loadFile(base::resourcePath(kResource));
    if (!d)
        return d.error();
    if (auto st = d->applyPractice(practiceChanges(store).dump()); !st)
        return st.error();
    return d;
}

base::Status ServicesDirectory::applyPractice(const std::string& text)
{
    const auto changes = json::parse(text);
    for (const auto& id : changes["hidden"])
        if (id.is_string())
            std::erase_if(m_services, [&](const Service& s) { return s.id == id.get<std::string>(); });
    for (const auto& entry : changes["services"]) {
        Service s = serviceFrom(entry);
        s.practiceOwn = true;
        // A stored entry that no longer checks (a kind removed from the shipped file) is kept
        // out rather than shown wrongly; the administrator sees it missing and adds it again.
        if (!check(s))
            continue;
        std::erase_if(m_services, [&](const Service& existing) { return existing.id == s.id; });
        m_services.push_back(std::move(s));
    }
    if (std::find(m_localities.begin(), m_localities.end(), kWholeArea) == m_localities.end())
        m_localities.emplace_back(kWholeArea);
    for (const auto& s : m_services)
        if (!s.locality.empty()
            && std::find(m_localities.begin(), m_localities.end(), s.locality) == m_localities.end())
            m_localities.push_back(s.locality);
    return {};
}

base::Status ServicesDirectory::check(const Service& s) const
{
    if (s.id.empty())
        return Error::make(ErrorCode::RequiredField, "id");
    if (s.name.empty())
        return Error::make(ErrorCode::RequiredField, "name");
    if (s.kind.empty())
        return Error::make(ErrorCode::RequiredField, "kind");
    if (std::none_of(m_kinds.begin(), m_kinds.end(), [&](const Kind& k) { return k.id == s.kind; }))
        return Error::make(ErrorCode::UnknownCode, "kind", s.kind);
    if (s.contact.empty())
        return Error::make(ErrorCode::RequiredField, "contact");
    if (s.howToRefer.empty())
        return Error::make(ErrorCode::RequiredField, "howToRefer");
    return {};
}

std::string ServicesDirectory::kindName(const std::string& kindId) const
{
    for (const auto& k : m_kinds)
        if (k.id == kindId)
            return k.name;
    return kindId;
}

const Service* ServicesDirectory::byId(const std::string& id) const
{
    for (const auto& s : m_services)
        if (s.id == id)
            return &s;
    return nullptr;
}

std::vector<const Service*> ServicesDirectory::find(const Filter& filter) const
{
    const auto wanted = base::foldForSearch(filter.text);
    std::vector<const Service*> out;
    for (const auto& s : m_services) {
        if (!filter.kind.empty() && s.kind != filter.kind)
            continue;
        if (!filter.locality.empty() && s.locality != filter.locality && s.locality != kWholeArea)
            continue;
        if (!wanted.empty() && base::foldForSearch(s.name).find(wanted) == std::string::npos)
            continue;
        out.push_back(&s);
    }
    // In the directory's kind order, then by name: how a nurse scans a list of options.
    auto kindIndex = [this](const std::string& id) {
        for (std::size_t i = 0; i < m_kinds.size(); ++i)
            if (m_kinds[i].id == id)
                return i;
        return m_kinds.size();
    };
    std::stable_sort(out.begin(), out.end(), [&](const Service* a, const Service* b) {
        const auto ka = kindIndex(a->kind), kb = kindIndex(b->kind);
        return ka != kb ? ka < kb : a->name < b->name;
    });
    return out;
}

base::Status ServicesDirectory::savePracticeService(record::RecordStore& store, Service service)
{
    if (auto st = store.require(security::Permission::ManageSettings); !st)
        return st;
    auto directory = load(store);
    if (!directory)
        return directory.error();
    if (auto st = directory->check(service); !st)
        return st;
    auto changes = practiceChanges(store);
    auto& services = changes["services"];
    for (auto it = services.begin(); it != services.end();)
        it = text(*it, "id") == service.id ? services.erase(it) : it + 1;
    services.push_back(toJson(service));
    auto& hidden = changes["hidden"];
    for (auto it = hidden.begin(); it != hidden.end();)
        it = it->is_string() && it->get<std::string>() == service.id ? hidden.erase(it) : it + 1;
    return store.setSetting(kPracticeSetting, changes.dump());
}

base::Status ServicesDirectory::removeService(record::RecordStore& store, const std::string& id)
{
    if (auto st = store.require(security::Permission::ManageSettings); !st)
        return st;
    auto directory = load(store);
    if (!directory)
        return directory.error();
    if (!directory->byId(id))
        return Error::make(ErrorCode::NotFound, "service", id);
    auto changes = practiceChanges(store);
    auto& services = changes["services"];
    for (auto it = services.begin(); it != services.end();)
        it = text(*it, "id") == id ? services.erase(it) : it + 1;
    auto shipped = loadFile(base::resourcePath(kResource));
    if (shipped && shipped->byId(id))
        changes["hidden"].push_back(id);
    return store.setSetting(kPracticeSetting, changes.dump());
}

} // namespace carehouse::careplan
