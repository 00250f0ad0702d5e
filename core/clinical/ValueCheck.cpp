#include "core/clinical/ValueCheck.h"

#include <cmath>
#include <fmt/format.h>

namespace carehouse::clinical {

using base::Error;
using base::ErrorCode;
using Item = CareProcessCatalogue::Item;

namespace {

bool inRange(double v, double low, double high)
{
    return v >= low && v <= high;
}

// Converted values keep two more decimals than the item shows: enough that showing them rounds
// as the exact conversion would (HbA1c 7.5 % is 58.47 mmol/mol, shown as 58), without
// pretending to a precision no laboratory reports.
double roundFor(const Item& item, double v)
{
    const double scale = std::pow(10.0, item.decimals + 2);
    return std::round(v * scale) / scale;
}

std::string asTyped(const Item& item, const EnteredValue& e)
{
    const std::string unit = e.unit.empty() ? item.unitDisplay : e.unit;
    if (item.kind == Item::Kind::Pair && e.value && e.value2)
        return fmt::format("{:g}/{:g} {}", *e.value, *e.value2, unit);
    return e.value ? fmt::format("{:g} {}", *e.value, unit) : std::string();
}

} // namespace

base::Result<CheckedValue> ValueCheck::check(const Item& item, const EnteredValue& e, bool confirmOutsideRange)
{
    CheckedValue out;
    if (item.kind == Item::Kind::Category) {
        if (e.valueCode.empty())
            return Error::make(ErrorCode::RequiredField, item.name);
        if (!item.option(e.valueCode))
            return Error::make(ErrorCode::UnknownCode, item.name, e.valueCode);
        out.valueCode = e.valueCode;
        return out;
    }
    if (!e.value || (item.kind == Item::Kind::Pair && !e.value2))
        return Error::make(ErrorCode::RequiredField, item.name);
    if (!std::isfinite(*e.value) || (e.value2 && !std::isfinite(*e.value2)) || *e.value < 0
        || (e.value2 && *e.value2 < 0))
        return Error::make(ErrorCode::ImplausibleValue, item.name, asTyped(item, e)).withHint(item.rangeText());

    const bool storedUnit = e.unit.empty() || item.isStoredUnit(e.unit);
    out.unit = item.unit;
    out.value = e.value;
    out.value2 = item.kind == Item::Kind::Pair ? e.value2 : std::nullopt;
    if (!storedUnit) {
        const auto* conv = item.conversionFrom(e.unit);
        if (!conv || item.kind == Item::Kind::Pair)
            return Error::make(ErrorCode::UnknownUnit, item.name, e.unit).withHint(item.unitDisplay);
        out.originalValue = e.value;
        out.originalUnit = conv->unit;
        out.value = roundFor(item, conv->toStored(*e.value));
    }

    bool plausible = inRange(*out.value, item.low, item.high);
    if (item.kind == Item::Kind::Pair)
        plausible = plausible && inRange(*out.value2, item.low2, item.high2);
    if (item.kind == Item::Kind::Pair && *out.value <= *out.value2)
        return Error::make(ErrorCode::ImplausibleValue, item.name, asTyped(item, e))
            .withHint(item.rangeText())
            .withDetail("systolic must be above diastolic");
    if (plausible)
        return out;
    if (confirmOutsideRange) {
        out.confirmedOutsideRange = true;
        return out;
    }
    // Typed in the stored unit but only plausible in another: say what was probably meant.
    if (storedUnit) {
        for (const auto& conv : item.conversions) {
            const double meant = roundFor(item, conv.toStored(*e.value));
            if (inRange(meant, item.low, item.high))
                return Error::make(ErrorCode::LikelyWrongUnit, item.name, asTyped(item, e))
                    .withHint(item.formatValue(meant, std::nullopt, {}))
                    .withDetail(fmt::format("plausible if the value was in {}", conv.unitDisplay));
        }
    }
    return Error::make(ErrorCode::ImplausibleValue, item.name, asTyped(item, e)).withHint(item.rangeText());
}

} // namespace carehouse::clinical
