#include "core/clinical/ConditionCatalogue.h"

#include "core/base/JsonFile.h"
#include "core/base/ResourceDirectory.h"

#include <fmt/format.h>
#include <mutex>

namespace carehouse::clinical {

base::Result<ConditionCatalogue> ConditionCatalogue::load(const std::string& path)
{
    auto json = base::readJsonFile(path);
    if (!json)
        return json.error();
    if (!json->is_object() || !json->contains("conditions") || !(*json)["conditions"].is_array())
        return base::dataFileError(path, "$.conditions", "expected an array of conditions");
    ConditionCatalogue cat;
    const auto& list = (*json)["conditions"];
    for (std::size_t i = 0; i < list.size(); ++i) {
        const auto& item = list[i];
        auto where = fmt::format("$.conditions[{}]", i);
        if (!item.is_object() || !item.value("code", nlohmann::json()).is_string()
            || !item.value("term", nlohmann::json()).is_string())
            return base::dataFileError(path, where, "each condition needs a text code and term");
        Entry e{item["code"], item["term"], item.value("diabetes", false)};
        if (e.code.empty() || e.term.empty())
            return base::dataFileError(path, where, "code and term must not be empty");
        if (cat.find(e.code))
            return base::dataFileError(path, where, "code listed twice: " + e.code);
        cat.m_entries.push_back(std::move(e));
    }
    return cat;
}

base::Result<std::shared_ptr<const ConditionCatalogue>> ConditionCatalogue::standard()
{
    static std::once_flag once;
    static std::optional<base::Result<std::shared_ptr<const ConditionCatalogue>>> cached;
    std::call_once(once, [] {
        auto path = base::resourcePath("conditions.json");
        auto loaded = load(path);
        if (loaded)
            cached.emplace(std::make_shared<const ConditionCatalogue>(std::move(loaded).value()));
        else
            cached.emplace(loaded.error());
    });
    return *cached;
}

const ConditionCatalogue::Entry* ConditionCatalogue::find(const std::string& code) const
{
    for (const auto& e : m_entries)
        if (e.code == code)
            return &e;
    return nullptr;
}

} // namespace carehouse::clinical
