#include "core/clinical/TrendSeries.h"

#include <algorithm>

namespace carehouse::clinical {

using Item = CareProcessCatalogue::Item;
using FlagRule = CareProcessCatalogue::FlagRule;

bool TrendSeries::chartable(const Item& item)
{
    return item.kind == Item::Kind::Quantity || item.kind == Item::Kind::Pair;
}

std::vector<TrendSeries::TargetLine> TrendSeries::targetLines(const Item& item, bool higherRiskBackground)
{
    std::vector<TargetLine> lines;
    if (!chartable(item))
        return lines;
    // Rules run most severe first; on each side the least severe threshold is where flagging
    // starts, which is the line between "within target" and "flagged".
    std::optional<TargetLine> upper, lower;
    for (const auto& rule : item.flags) {
        const double limit = higherRiskBackground && rule.higherRiskValue ? *rule.higherRiskValue : rule.value;
        switch (rule.when) {
        case FlagRule::When::Above:
        case FlagRule::When::AtLeast:
            if (!upper || limit <= upper->value)
                upper = TargetLine{TargetLine::Side::Upper, limit, rule.value2, rule.when == FlagRule::When::Above,
                                   rule.text};
            break;
        case FlagRule::When::Below:
            if (!lower || limit >= lower->value)
                lower = TargetLine{TargetLine::Side::Lower, limit, std::nullopt, true, rule.text};
            break;
        case FlagRule::When::Is: break;
        }
    }
    if (upper)
        lines.push_back(*upper);
    if (lower)
        lines.push_back(*lower);
    return lines;
}

TrendSeries TrendSeries::of(const Item& item, const std::vector<model::Observation>& observations,
                            bool higherRiskBackground)
{
    TrendSeries s;
    s.m_item = item;
    if (!chartable(item))
        return s;
    s.m_targets = targetLines(item, higherRiskBackground);
    const bool pair = item.kind == Item::Kind::Pair;
    for (const auto& o : observations) {
        if (o.status != model::Observation::Status::Final || !o.value || (pair && !o.value2) || !o.effective.valid())
            continue;
        s.m_points.push_back({o.effective, *o.value, pair ? o.value2 : std::nullopt});
    }
    // Oldest first is the contract of the reader; keep it even if a caller passes another order.
    std::stable_sort(s.m_points.begin(), s.m_points.end(),
                     [](const Point& a, const Point& b) { return a.date < b.date; });
    return s;
}

} // namespace carehouse::clinical
