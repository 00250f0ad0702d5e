#include "core/clinical/CareProcessStatus.h"

#include <algorithm>

namespace carehouse::clinical {

namespace {

int daysInMonth(int year, int month)
{
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : kDays[month - 1];
}

} // namespace

base::CivilDate CareProcessStatus::monthsBefore(base::CivilDate date, int months)
{
    if (!date.valid())
        return {};
    int index = date.year() * 12 + (date.month() - 1) - months;
    int year = index / 12;
    int month = index % 12 + 1;
    int day = std::min(date.day(), daysInMonth(year, month));
    return base::CivilDate::fromYmd(year, month, day).value_or(base::CivilDate());
}

base::CivilDate CareProcessStatus::windowStart(base::CivilDate today)
{
    return monthsBefore(today, kWindowMonths);
}

CareProcessStatus CareProcessStatus::of(const CareProcessCatalogue::Process& process,
                                        const std::vector<std::vector<model::Observation>>& observations,
                                        base::CivilDate today, bool higherRiskBackground)
{
    CareProcessStatus s;
    s.m_processNumber = process.number;
    s.m_processId = process.id;
    s.m_processName = process.name;
    s.m_windowStart = windowStart(today);
    for (std::size_t i = 0; i < process.items.size(); ++i) {
        ItemStatus item;
        item.item = process.items[i];
        if (i < observations.size()) {
            // Oldest first: the last one that has a value to show is the latest. An
            // observation with nothing to show (a pair with one half) is not "recorded".
            for (const auto& o : observations[i]) {
                auto text = item.item.formatValue(o.value, o.value2, o.valueCode);
                if (text.empty() || o.status != model::Observation::Status::Final)
                    continue;
                ++item.count;
                if (!item.latest || o.effective >= item.latest->effective) {
                    item.latest = o;
                    item.valueText = std::move(text);
                }
            }
        }
        if (item.latest)
            item.flag = item.item.flagFor(item.latest->value, item.latest->value2, item.latest->valueCode,
                                          higherRiskBackground);
        s.m_items.push_back(std::move(item));
    }
    if (s.m_items.empty()) {
        s.m_items.emplace_back();
        return s;
    }

    const auto& main = s.m_items.front();
    if (main.latest)
        s.m_window = main.latest->effective > s.m_windowStart ? Window::Done : Window::NotDone;

    bool anyRecorded = false;
    bool anyWithRules = false;
    for (const auto& item : s.m_items) {
        if (!item.latest)
            continue;
        anyRecorded = true;
        anyWithRules = anyWithRules || !item.item.flags.empty();
        if (item.flag && s.m_flag.empty())
            s.m_flag = *item.flag;
    }
    s.m_target = !s.m_flag.empty() ? Target::Flagged
        : !anyRecorded             ? Target::NotRecorded
        : anyWithRules             ? Target::WithinTarget
                                   : Target::NoTarget;
    return s;
}

} // namespace carehouse::clinical
