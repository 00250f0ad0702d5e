#pragma once

#include "core/base/Result.h"
#include "core/model/CarePlan.h"

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
    // When a recorded value is outside a target or in an abnormal band (data, from CLINICAL.md).
    struct FlagRule
    {
        enum class When
        {
            Above,
            AtLeast,
            Below,
            Is
        };
        When when = When::Above;
        double value = 0;
        std::optional<double> value2; // diastolic limit for a pair
        std::optional<double> higherRiskValue; // threshold for higher-risk family backgrounds (BMI)
        std::vector<std::string> codes; // for category items
        std::string text; // what the flag says, e.g. "Above target (58 mmol/mol or less)"
        bool target = false; // a treatment target (replaced by the practice's target profile), not a band
        bool agreed = false; // the person's own target, agreed in care planning (replaces the profile's)
    };
    // Another unit a value may arrive in: stored = (value + offset) x factor (CLINICAL.md).
    struct Conversion
    {
        std::string unit; // UCUM
        std::string unitDisplay;
        double offset = 0;
        double factor = 1;
        double toStored(double v) const { return (v + offset) * factor; }
    };
    struct Item
    {
        enum class Kind
        {
            Quantity,
            Pair,
            Category
        };
        std::string id;
        std::string name;
        std::string code; // observation code stored in the record
        std::string loinc;
        Kind kind = Kind::Quantity;
        std::string unit; // UCUM
        std::string unitDisplay; // as shown beside the value
        double low = 0, high = 0; // plausible range (first value)
        double low2 = 0, high2 = 0; // plausible range (second value of a pair)
        int decimals = 0;
        std::vector<Option> options;
        std::vector<FlagRule> flags; // first match wins, so the most severe come first
        std::vector<Conversion> conversions;
        std::vector<std::string> unitAliases; // other spellings of the stored unit ("mL/min/1.73m2")
        std::vector<std::string> alternateCodes; // "system|code" a result file may carry for this item
        bool unverified = false; // a CareHouse-local code awaiting mapping by the safety officer

        const Conversion* conversionFrom(const std::string& unit) const;
        // The stored unit itself, by its UCUM code, its display or an alias.
        bool isStoredUnit(const std::string& unit) const;
        // "20–200 mmol/mol"; "60–260/30–150 mmHg" for a pair.
        std::string rangeText() const;

        // "58 mmol/mol", "138/78 mmHg", "Ex-smoker"
        std::string formatValue(std::optional<double> value, std::optional<double> value2,
                                const std::string& valueCode) const;
        const Option* option(const std::string& code) const;
        // The flag for a value, or nothing when it is within target and range.
        std::optional<std::string> flagFor(std::optional<double> value, std::optional<double> value2,
                                           const std::string& valueCode, bool higherRiskBackground = false) const;
    };
    struct Process
    {
        int number = 0;
        std::string id;
        std::string name;
        std::vector<Item> items;
    };

    static base::Result<CareProcessCatalogue> load(const std::string& path);
    // The shipped catalogue with the default target profile.
    static base::Result<std::shared_ptr<const CareProcessCatalogue>> standard();
    // The shipped catalogue with a target profile from resources/target-profiles.json applied
    // (NICE/NDA, Year of Care Tower Hamlets 2009): its rules replace the items' target flags.
    static base::Result<std::shared_ptr<const CareProcessCatalogue>> withTargetProfile(const std::string& profileId);
    struct TargetProfile
    {
        std::string id;
        std::string name;
    };
    static base::Result<std::vector<TargetProfile>> targetProfiles();
    // This catalogue with a person's individual targets, agreed in care planning, in place of
    // the profile's targets for those processes (their main item); bands are kept.
    std::shared_ptr<const CareProcessCatalogue>
    withAgreedTargets(const std::vector<model::AgreedTarget>& targets) const;
    static constexpr const char* kTargetProfileSetting = "targets.profile";
    const std::string& targetProfile() const { return m_targetProfile; }

    const std::vector<Process>& processes() const { return m_processes; }
    // Recorded at the surveillance appointment beside the nine (each BP reading, each foot,
    // stop-smoking advice, structured education, care planning explained).
    const std::vector<Item>& supportingItems() const { return m_supporting; }
    // Search the nine processes' items and the supporting items.
    const Item* itemById(const std::string& id) const;
    const Item* itemByCode(const std::string& code) const;
    // A coded result from a laboratory: SNOMED CT by the item's code, LOINC and others by its
    // alternate codes. `system` may be a URI or SNOMED / LOINC.
    const Item* itemForCoding(const std::string& system, const std::string& code) const;
    // What a person types to name an item: its id ("hba1c"), SNOMED CT code or LOINC code.
    const Item* itemByAnyCode(const std::string& key) const;
    // The process an item belongs to, or nothing for a supporting item.
    const Process* processOf(const Item& item) const;
    // Family backgrounds for which NICE sets lower BMI thresholds.
    bool higherRiskBackground(const std::string& ethnicity) const;

private:
    std::vector<Process> m_processes;
    std::vector<Item> m_supporting;
    std::string m_targetProfile;
    std::vector<std::string> m_higherRiskEthnicities;
};

} // namespace carehouse::clinical
