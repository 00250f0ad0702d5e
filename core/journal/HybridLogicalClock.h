#pragma once

#include <cstdint>

namespace carehouse::journal {

// Hybrid logical clock packed in 64 bits: wall-clock milliseconds << 16 | logical counter.
// Monotonic even when the wall clock steps back, and comparable across sites.
class HybridLogicalClock
{
public:
    static constexpr int kLogicalBits = 16;
    static std::int64_t pack(std::int64_t millis, std::int64_t logical) { return (millis << kLogicalBits) | logical; }
    static std::int64_t millisOf(std::int64_t hlc) { return hlc >> kLogicalBits; }

    // The next time after `last` for an event happening at wall time `nowMillis`.
    static std::int64_t tick(std::int64_t last, std::int64_t nowMillis);
};

} // namespace carehouse::journal
