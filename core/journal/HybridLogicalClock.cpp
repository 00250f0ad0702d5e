#include "core/journal/HybridLogicalClock.h"

namespace carehouse::journal {

std::int64_t HybridLogicalClock::tick(std::int64_t last, std::int64_t nowMillis)
{
    std::int64_t candidate = pack(nowMillis, 0);
    if (candidate > last)
        return candidate;
    // Same millisecond or the wall clock went back: keep the physical part, bump the logical part
    // (which carries into the milliseconds if 65,536 events land in one millisecond).
    return last + 1;
}

} // namespace carehouse::journal
