#include "core/base/CivilDate.h"

#include <array>
#include <cctype>
#include <chrono>
#include <fmt/format.h>

namespace carehouse::base {

namespace {

constexpr std::array<std::string_view, 12> kMonths{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

int monthFromName(std::string_view name)
{
    if (name.size() < 3)
        return 0;
    for (std::size_t i = 0; i < kMonths.size(); ++i) {
        bool same = true;
        for (std::size_t c = 0; c < 3; ++c)
            same = same
                && std::tolower(static_cast<unsigned char>(name[c]))
                    == std::tolower(static_cast<unsigned char>(kMonths[i][c]));
        if (same)
            return static_cast<int>(i) + 1;
    }
    return 0;
}

bool allDigits(std::string_view s)
{
    if (s.empty())
        return false;
    for (char c : s)
        if (!std::isdigit(static_cast<unsigned char>(c)))
            return false;
    return true;
}

int toInt(std::string_view s)
{
    int v = 0;
    for (char c : s)
        v = v * 10 + (c - '0');
    return v;
}

std::array<std::string_view, 3> splitThree(std::string_view text, bool& ok)
{
    std::array<std::string_view, 3> parts{};
    std::size_t part = 0;
    std::size_t start = 0;
    ok = true;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        bool sep = i == text.size() || text[i] == '/' || text[i] == '-' || text[i] == '.' || text[i] == ' ';
        if (!sep)
            continue;
        if (part >= 3) {
            ok = false;
            return parts;
        }
        parts[part++] = text.substr(start, i - start);
        start = i + 1;
    }
    ok = part == 3;
    return parts;
}

} // namespace

std::optional<CivilDate> CivilDate::fromYmd(int year, int month, int day)
{
    using namespace std::chrono;
    if (year < 1800 || year > 9999)
        return std::nullopt;
    year_month_day ymd{std::chrono::year{year}, std::chrono::month{static_cast<unsigned>(month)},
                       std::chrono::day{static_cast<unsigned>(day)}};
    if (!ymd.ok())
        return std::nullopt;
    return CivilDate(year, month, day);
}

CivilDate CivilDate::fromDaysSinceEpoch(int days)
{
    using namespace std::chrono;
    year_month_day ymd{sys_days{std::chrono::days{days}}};
    return CivilDate(static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
                     static_cast<int>(static_cast<unsigned>(ymd.day())));
}

int CivilDate::daysSinceEpoch() const
{
    using namespace std::chrono;
    year_month_day ymd{std::chrono::year{m_year}, std::chrono::month{static_cast<unsigned>(m_month)},
                       std::chrono::day{static_cast<unsigned>(m_day)}};
    return static_cast<int>(sys_days{ymd}.time_since_epoch().count());
}

bool CivilDate::looksLikeDate(std::string_view text)
{
    bool ok = false;
    auto parts = splitThree(text, ok);
    if (!ok)
        return false;
    return allDigits(parts[0]) && (allDigits(parts[1]) || monthFromName(parts[1]) != 0) && allDigits(parts[2]);
}

std::optional<CivilDate> CivilDate::parseIso(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    auto y = text.substr(0, 4), m = text.substr(5, 2), d = text.substr(8, 2);
    if (!allDigits(y) || !allDigits(m) || !allDigits(d))
        return std::nullopt;
    return fromYmd(toInt(y), toInt(m), toInt(d));
}

Result<CivilDate> CivilDate::parse(std::string_view text, std::string field)
{
    while (!text.empty() && text.front() == ' ')
        text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ')
        text.remove_suffix(1);
    auto bad = [&](ErrorCode code) { return Error::make(code, field, std::string(text)); };
    if (auto iso = parseIso(text))
        return *iso;
    bool ok = false;
    auto parts = splitThree(text, ok);
    if (!ok || !allDigits(parts[0]) || !allDigits(parts[2]) || parts[0].size() > 2)
        return bad(ErrorCode::DateFormat);
    if (parts[2].size() != 4)
        return bad(ErrorCode::DateFormat);
    int month = allDigits(parts[1]) && parts[1].size() <= 2 ? toInt(parts[1]) : monthFromName(parts[1]);
    if (month == 0)
        return bad(ErrorCode::DateFormat);
    auto date = fromYmd(toInt(parts[2]), month, toInt(parts[0]));
    if (!date)
        return bad(ErrorCode::DateImplausible);
    return *date;
}

std::string CivilDate::iso() const
{
    if (!valid())
        return {};
    return fmt::format("{:04}-{:02}-{:02}", m_year, m_month, m_day);
}

std::string CivilDate::display() const
{
    if (!valid())
        return "Not known";
    return fmt::format("{:02}-{}-{:04}", m_day, kMonths[static_cast<std::size_t>(m_month - 1)], m_year);
}

int CivilDate::ageOn(CivilDate on) const
{
    int age = on.m_year - m_year;
    if (on.m_month < m_month || (on.m_month == m_month && on.m_day < m_day))
        --age;
    return age;
}

CivilDate CivilDate::addYears(int years) const
{
    int y = m_year + years;
    if (auto d = fromYmd(y, m_month, m_day))
        return *d;
    return *fromYmd(y, 3, 1); // 29 Feb in a non-leap year
}

std::string formatAge(CivilDate birth, CivilDate today)
{
    if (!birth.valid() || !today.valid())
        return "Not known";
    int years = birth.ageOn(today);
    if (years >= 2)
        return fmt::format("{}y", years);
    int months
        = (today.year() - birth.year()) * 12 + today.month() - birth.month() - (today.day() < birth.day() ? 1 : 0);
    if (months >= 1)
        return fmt::format("{}m", months);
    return fmt::format("{}d", today.daysSinceEpoch() - birth.daysSinceEpoch());
}

} // namespace carehouse::base
