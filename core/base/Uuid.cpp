#include "core/base/Uuid.h"

#include <atomic>
#include <cctype>
#include <chrono>
#include <sodium.h>

namespace carehouse::base {

namespace {

std::string formatUuid(std::array<std::uint8_t, 16> b, std::uint8_t version)
{
    b[6] = static_cast<std::uint8_t>((b[6] & 0x0F) | (version << 4));
    b[8] = static_cast<std::uint8_t>((b[8] & 0x3F) | 0x80);
    static constexpr char hex[] = "0123456789abcdef";
    std::string out;
    out.reserve(36);
    for (std::size_t i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            out.push_back('-');
        out.push_back(hex[b[i] >> 4]);
        out.push_back(hex[b[i] & 0x0F]);
    }
    return out;
}

} // namespace

std::string uuidFromBytes(std::array<std::uint8_t, 16> bytes)
{
    return formatUuid(bytes, 4);
}

std::string orderedUuid(std::int64_t millis, std::uint32_t sequence, std::uint64_t random)
{
    std::array<std::uint8_t, 16> b{};
    auto ms = static_cast<std::uint64_t>(millis);
    for (int i = 0; i < 6; ++i)
        b[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(ms >> (8 * (5 - i)));
    // 26 bits of sequence, most significant first, around the version and variant bits, so ids
    // from one millisecond still sort in creation order; then 48 random bits.
    b[6] = static_cast<std::uint8_t>((sequence >> 22) & 0x0F);
    b[7] = static_cast<std::uint8_t>(sequence >> 14);
    b[8] = static_cast<std::uint8_t>((sequence >> 8) & 0x3F);
    b[9] = static_cast<std::uint8_t>(sequence);
    for (int i = 10; i < 16; ++i)
        b[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(random >> (8 * (i - 10)));
    return formatUuid(b, 7);
}

std::string newUuid()
{
    static std::atomic<std::uint32_t> sequence{0};
    std::uint64_t random = 0;
    randombytes_buf(&random, sizeof random);
    auto now
        = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
              .count();
    return orderedUuid(now, sequence++, random);
}

bool isUuid(const std::string& t)
{
    if (t.size() != 36)
        return false;
    for (std::size_t i = 0; i < t.size(); ++i) {
        bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? t[i] != '-' : !std::isxdigit(static_cast<unsigned char>(t[i])))
            return false;
    }
    return true;
}

} // namespace carehouse::base
