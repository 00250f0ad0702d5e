#pragma once

#include "core/base/Result.h"

#include <optional>
#include <string>
#include <vector>

namespace carehouse::record {
class RecordStore;
}

namespace carehouse::careplan {

// A service the person can be offered in care planning ("more than medicine"): a walking group,
// structured education, podiatry, a consultant clinic...
struct Service
{
    std::string id;
    std::string name;
    std::string kind; // a directory kind id: "walking-group"
    std::string locality;
    std::string contact;
    std::string howToRefer;
    std::string eligibility;
    bool referral = false; // needs a referral (tracked with its status) rather than self-referral
    bool practiceOwn = false; // added or changed by the practice

    bool operator==(const Service&) const = default;
};

// The services directory: the shipped area directory (resources/services.json) with the
// practice's own services added, changed or hidden (setting services.practice, JSON, changed by
// administrators). Both front ends read it through here, filtered by kind and locality.
class ServicesDirectory
{
public:
    static constexpr const char* kResource = "services.json";
    static constexpr const char* kPracticeSetting = "services.practice";

    struct Kind
    {
        std::string id;
        std::string name;
    };
    struct Filter
    {
        std::string kind; // empty: any
        std::string locality; // empty: any; "Whole area" services match every locality
        std::string text; // in the name, case-insensitive
    };

    static base::Result<ServicesDirectory> load(const record::RecordStore& store);
    static base::Result<ServicesDirectory> loadFile(const std::string& path);

    const std::vector<Kind>& kinds() const { return m_kinds; }
    const std::vector<std::string>& localities() const { return m_localities; }
    const std::vector<Service>& services() const { return m_services; }
    std::string kindName(const std::string& kindId) const;
    const Service* byId(const std::string& id) const;
    std::vector<const Service*> find(const Filter& filter) const;

    // The practice's changes (administrators). A service is checked first: name, a known kind,
    // contact and how to refer are required. Saving a shipped id changes it for this practice.
    static base::Status savePracticeService(record::RecordStore& store, Service service);
    // Hides a shipped service, or deletes one the practice added.
    static base::Status removeService(record::RecordStore& store, const std::string& id);

    base::Status check(const Service& s) const;

private:
    base::Status applyPractice(const std::string& json);

    std::vector<Kind> m_kinds;
    std::vector<std::string> m_localities;
    std::vector<Service> m_services;
};

} // namespace carehouse::careplan
