#pragma once

#include "core/base/Result.h"

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace carehouse::base {

// A calendar date with no time zone, as clinicians write it (date of birth, diagnosis date).
class CivilDate
{
public:
    CivilDate() = default;
    static std::optional<CivilDate> fromYmd(int year, int month, int day);
    static CivilDate fromDaysSinceEpoch(int days);

    // Accepts 14/07/1945, 14-07-1945, 14-Jul-1945, 14 Jul 1945, 14.07.1945 and ISO 1945-07-14.
    // Day first: this is a UK system. Two-digit years are refused rather than guessed.
    static Result<CivilDate> parse(std::string_view text, std::string field = "date");
    static std::optional<CivilDate> parseIso(std::string_view text);
    // True when the text is shaped like a date (digits and separators), so a search box can
    // tell "14/07/1945" from a name before deciding whether it is a valid date.
    static bool looksLikeDate(std::string_view text);

    bool valid() const { return m_year != 0; }
    int year() const { return m_year; }
    int month() const { return m_month; }
    int day() const { return m_day; }
    int daysSinceEpoch() const;

    std::string iso() const; // 1945-07-14
    std::string display() const; // 14-Jul-1945 (NHS CUI)

    // Whole years completed on `on`; someone born 29 Feb has a birthday on 1 Mar in other years.
    int ageOn(CivilDate on) const;
    CivilDate addDays(int days) const { return fromDaysSinceEpoch(daysSinceEpoch() + days); }
    CivilDate addYears(int years) const;

    auto operator<=>(const CivilDate&) const = default;

private:
    CivilDate(int y, int m, int d)
        : m_year(y)
        , m_month(m)
        , m_day(d)
    {
    }
    int m_year = 0;
    int m_month = 0;
    int m_day = 0;
};

// "81y" for adults; NHS CUI shows months/days for young children.
std::string formatAge(CivilDate birth, CivilDate today);

} // namespace carehouse::base
