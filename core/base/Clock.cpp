#include "core/base/Clock.h"

#include <chrono>
#include <fmt/format.h>

namespace carehouse::base {

CivilDate Clock::today() const
{
    return CivilDate::fromDaysSinceEpoch(static_cast<int>(nowMillis() / 86'400'000));
}

std::int64_t SystemClock::nowMillis() const
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

std::string formatTimestamp(std::int64_t millis)
{
    auto day = CivilDate::fromDaysSinceEpoch(static_cast<int>(millis / 86'400'000));
    auto msOfDay = millis % 86'400'000;
    return fmt::format("{} {:02}:{:02}", day.display(), msOfDay / 3'600'000, (msOfDay / 60'000) % 60);
}

} // namespace carehouse::base
