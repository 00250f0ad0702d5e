#pragma once

#include "core/base/CivilDate.h"
#include "core/clinical/CareProcessCatalogue.h"
#include "core/model/Observation.h"

#include <optional>
#include <string>
#include <vector>

namespace carehouse::clinical {

// Where one of the nine care processes stands for one person on one day: the latest value of
// each of its items, whether the process was done in the National Diabetes Audit's 15-month
// window, and how the latest values compare with their targets. Pure: the caller reads the
// observations (oldest first, as PatientRepository::observations returns them).
class CareProcessStatus
{
public:
    static constexpr int kWindowMonths = 15;

    enum class Window
    {
        NotRecorded, // the main item has never been recorded
        Done, // the main item was recorded after windowStart
        NotDone // recorded, but on or before windowStart: a stale value
    };
    enum class Target
    {
        NotRecorded, // nothing recorded to compare
        WithinTarget, // recorded, has flag rules, none matched
        Flagged, // a flag rule matched (above target, abnormal band)
        NoTarget // recorded, but the catalogue sets no target for these items
    };

    struct ItemStatus
    {
        CareProcessCatalogue::Item item;
        std::optional<model::Observation> latest; // the newest observation with a value
        std::string valueText; // Item::formatValue of latest; empty when not recorded
        std::optional<std::string> flag; // Item::flagFor of latest
        std::size_t count = 0; // how many observations with a value there are

        bool recorded() const { return latest.has_value(); }
    };

    // `observations[i]` are the observations of `process.items[i]`, oldest first; missing
    // trailing entries count as none.
    static CareProcessStatus of(const CareProcessCatalogue::Process& process,
                                const std::vector<std::vector<model::Observation>>& observations, base::CivilDate today,
                                bool higherRiskBackground = false);

    // The day before the window opens: a process counts as done when its main item's latest
    // effective date is after this, i.e. today minus 15 calendar months. When that month is
    // shorter (31-May minus 15 months), the day is clamped to its last day (28/29-Feb).
    static base::CivilDate windowStart(base::CivilDate today);
    // `date` minus `months` calendar months, the day clamped to the end of a shorter month.
    static base::CivilDate monthsBefore(base::CivilDate date, int months);

    int processNumber() const { return m_processNumber; }
    const std::string& processId() const { return m_processId; }
    const std::string& processName() const { return m_processName; }
    // One per catalogue item, in catalogue order; the first is the main item.
    const std::vector<ItemStatus>& items() const { return m_items; }
    const ItemStatus& main() const { return m_items.front(); }

    Window window() const { return m_window; }
    bool doneInWindow() const { return m_window == Window::Done; }
    base::CivilDate windowStartDate() const { return m_windowStart; }
    // The main item's latest value with its unit ("58 mmol/mol"), empty when not recorded.
    const std::string& valueText() const { return main().valueText; }
    // The main item's latest effective date (invalid when not recorded).
    base::CivilDate date() const { return main().latest ? main().latest->effective : base::CivilDate(); }

    Target target() const { return m_target; }
    // The first flag among the items' latest values (main item first), e.g. eGFR's band for
    // the kidney process; empty when within target or not recorded.
    const std::string& flag() const { return m_flag; }

private:
    int m_processNumber = 0;
    std::string m_processId;
    std::string m_processName;
    std::vector<ItemStatus> m_items;
    Window m_window = Window::NotRecorded;
    base::CivilDate m_windowStart;
    Target m_target = Target::NotRecorded;
    std::string m_flag;
};

} // namespace carehouse::clinical
