#pragma once

#include "core/base/CivilDate.h"
#include "core/clinical/CareProcessCatalogue.h"
#include "core/model/Observation.h"

#include <optional>
#include <string>
#include <vector>

namespace carehouse::clinical {

// The values of one measured care-process item over time, and the lines a chart draws for
// its target, both from the catalogue: the least severe flag rule on each side is where a
// value starts to be flagged (HbA1c above 58, BP above 140/80, cholesterol 5.0 or more, eGFR
// below 60, ACR 3 or more, BMI 25 or more and below 18.5).
class TrendSeries
{
public:
    struct Point
    {
        base::CivilDate date;
        double value = 0;
        std::optional<double> value2; // diastolic for blood pressure
    };
    struct TargetLine
    {
        enum class Side
        {
            Upper, // values above the line (or at it, when !inclusive) are flagged
            Lower // values below the line are flagged
        };
        Side side = Side::Upper;
        double value = 0;
        std::optional<double> value2; // diastolic limit for a pair
        bool inclusive = true; // the line's own value is within target (Above: "58 or less")
        std::string text; // the catalogue's flag text for crossing it
    };

    // Observations oldest first; those without a numeric value (or, for a pair, without both)
    // and entered-in-error ones are left out. Category items have no trend: no points, no lines.
    static TrendSeries of(const CareProcessCatalogue::Item& item, const std::vector<model::Observation>& observations,
                          bool higherRiskBackground = false);
    // The target lines of an item alone (what `of` puts in targets()).
    static std::vector<TargetLine> targetLines(const CareProcessCatalogue::Item& item,
                                               bool higherRiskBackground = false);
    // Whether an item can be charted (a quantity or a pair).
    static bool chartable(const CareProcessCatalogue::Item& item);

    const CareProcessCatalogue::Item& item() const { return m_item; }
    const std::vector<Point>& points() const { return m_points; }
    const std::vector<TargetLine>& targets() const { return m_targets; }
    bool isPair() const { return m_item.kind == CareProcessCatalogue::Item::Kind::Pair; }
    bool empty() const { return m_points.empty(); }

private:
    CareProcessCatalogue::Item m_item;
    std::vector<Point> m_points;
    std::vector<TargetLine> m_targets;
};

} // namespace carehouse::clinical
