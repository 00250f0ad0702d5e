#pragma once

#include "core/base/Result.h"

#include <memory>
#include <string>
#include <vector>

namespace carehouse::clinical {

// The diagnoses CareHouse records (resources/conditions.json): the diabetes types that put a
// person on the register, and the other long-term conditions reviewed alongside.
class ConditionCatalogue
{
public:
    struct Entry
    {
        std::string code; // SNOMED CT
        std::string term;
        bool diabetes = false; // puts the person on the diabetes register
    };

    static base::Result<ConditionCatalogue> load(const std::string& path);
    static base::Result<std::shared_ptr<const ConditionCatalogue>> standard();

    const Entry* find(const std::string& code) const;
    const std::vector<Entry>& entries() const { return m_entries; }

private:
    std::vector<Entry> m_entries;
};

} // namespace carehouse::clinical
