#pragma once

#include "core/base/CivilDate.h"

#include <cstdint>

namespace carehouse::base {

// Time is injected so tests, the demo generator and sync can fix it.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual std::int64_t nowMillis() const = 0; // Unix epoch, UTC
    CivilDate today() const; // UTC date; good enough for ages and due dates
};

class SystemClock final : public Clock
{
public:
    std::int64_t nowMillis() const override;
};

class FixedClock final : public Clock
{
public:
    explicit FixedClock(std::int64_t millis)
        : m_millis(millis)
    {
    }
    std::int64_t nowMillis() const override { return m_millis; }
    void set(std::int64_t millis) { m_millis = millis; }
    void advance(std::int64_t millis) { m_millis += millis; }

private:
    std::int64_t m_millis;
};

// "2026-11-23 14:05" in UTC, for history and audit lists (24-hour, NHS CUI).
std::string formatTimestamp(std::int64_t millis);

} // namespace carehouse::base
