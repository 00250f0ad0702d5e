#include "core/demo/DemoPopulation.h"

#include "core/base/JsonFile.h"

#include <fmt/format.h>

namespace carehouse::demo {

using nlohmann::json;

namespace {

bool readList(const json& j, const char* key, std::vector<std::string>& out)
{
    auto it = j.find(key);
    if (it == j.end() || !it->is_array() || it->empty())
        return false;
    for (const auto& v : *it) {
        if (!v.is_string())
            return false;
        out.push_back(v.get<std::string>());
    }
    return true;
}

} // namespace

base::Result<DemoPopulation> DemoPopulation::load(const std::string& path)
{
    auto doc = base::readJsonFile(path);
    if (!doc)
        return doc.error();
    DemoPopulation pop;
    if (!doc->contains("groups") || !(*doc)["groups"].is_array())
        return base::dataFileError(path, "$.groups", "expected an array of groups");
    for (std::size_t i = 0; i < (*doc)["groups"].size(); ++i) {
        const auto& g = (*doc)["groups"][i];
        Group group;
        group.id = g.value("id", "");
        group.weight = g.value("weight", 0.0);
        group.ethnicity = g.value("ethnicity", "");
        if (group.id.empty() || group.weight <= 0 || !readList(g, "family", group.family)
            || !readList(g, "male", group.male) || !readList(g, "female", group.female))
            return base::dataFileError(path, fmt::format("$.groups[{}]", i),
                                       "each group needs id, a positive weight and family, male and female names");
        if (g.contains("languages") && g["languages"].is_object())
            for (auto it = g["languages"].begin(); it != g["languages"].end(); ++it)
                group.languages[it.key()] = it.value().get<double>();
        pop.groups.push_back(std::move(group));
    }
    pop.town = doc->value("town", "");
    if (!readList(*doc, "streets", pop.streets) || !readList(*doc, "areas", pop.areas)
        || !readList(*doc, "postcodeDistricts", pop.postcodeDistricts) || !readList(*doc, "maleTitles", pop.maleTitles)
        || !readList(*doc, "femaleTitles", pop.femaleTitles))
        return base::dataFileError(path, "$", "streets, areas, postcodeDistricts and titles are required");
    return pop;
}

} // namespace carehouse::demo
