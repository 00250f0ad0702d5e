#pragma once

#include "core/base/Result.h"

#include <map>
#include <string>
#include <vector>

namespace carehouse::demo {

// The name and address mix the demo draws from (resources/demo/population.json).
struct DemoPopulation
{
    struct Group
    {
        std::string id;
        double weight = 0;
        std::string ethnicity;
        std::vector<std::string> family, male, female;
        std::map<std::string, double> languages; // BCP 47 code -> share preferring it
    };
    std::vector<Group> groups;
    std::vector<std::string> streets, areas, postcodeDistricts, maleTitles, femaleTitles;
    std::string town;

    static base::Result<DemoPopulation> load(const std::string& path);
};

} // namespace carehouse::demo
