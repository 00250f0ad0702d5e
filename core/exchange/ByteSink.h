#pragma once

#include "core/base/Result.h"

#include <cstddef>
#include <string>

namespace carehouse::exchange {

// Where the envelope writer puts its bytes: a file (with fsync) or memory. Tests use a failing
// sink to simulate a full disk.
class ByteSink
{
public:
    virtual ~ByteSink() = default;
    virtual base::Status write(const unsigned char* data, std::size_t size) = 0;
};

// Collects the bytes in memory.
class StringSink final : public ByteSink
{
public:
    base::Status write(const unsigned char* data, std::size_t size) override
    {
        m_bytes.append(reinterpret_cast<const char*>(data), size);
        return {};
    }
    const std::string& bytes() const { return m_bytes; }
    std::string take() { return std::move(m_bytes); }

private:
    std::string m_bytes;
};

} // namespace carehouse::exchange
