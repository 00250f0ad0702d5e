#pragma once

#include "core/base/Result.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace carehouse::clinical {

// The nine care processes and the items recorded for each, loaded from
// resources/care-processes.json: the one place codes, units and plausible ranges live.
class CareProcessCatalogue
{
public:
    struct Option
    {
        std::string code;
        std::string display;
    };
    struct Item
    {
        enum class Kind { Quantity, Pair, Category };
        std::string id;
        std::string name;
        std::string code; // observation code stored in the record
        std::string loinc;
        Kind kind = Kind::Quantity;
        std::string unit;        // UCUM
        std::string unitDisplay; // as shown beside the value
        double low = 0, high = 0;   // plausible range (first value)
        double low2 = 0, high2 = 0; // plausible range (second value of a pair)
        int decimals = 0;
        std::vector<Option> options;

        // "58 mmol/mol", "138/78 mmHg", "Ex-smoker"
        std::string formatValue(std::optional<double> value, std::optional<double> value2,
                                const std::string& valueCode) const;
        const Option* option(const std::string& code) const;
    };
    struct Process
    {
        int number = 0;
        std::string id;
        std::string name;
        std::vector<Item> items;
    };

    static base::Result<CareProcessCatalogue> load(const std::string& path);
    static base::Result<std::shared_ptr<const CareProcessCatalogue>> standard();

    const std::vector<Process>& processes() const { return m_processes; }
    const Item* itemById(const std::string& id) const;
    const Item* itemByCode(const std::string& code) const;

private:
    std::vector<Process> m_processes;
};

} // namespace carehouse::clinical
