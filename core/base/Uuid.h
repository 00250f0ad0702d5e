#pragma once

#include <array>
#include <cstdint>
#include <string>

namespace carehouse::base {

// New record ids: UUID version 7 (RFC 9562) as lower-case text. The leading 48 bits are the
// Unix time in ms, so ids created together sort together and land at the end of each index,
// which keeps inserts into a large record local; the rest is random.
std::string newUuid();
// A version-7-shaped id from given parts (the demo generator's deterministic ids).
std::string orderedUuid(std::int64_t millis, std::uint32_t sequence, std::uint64_t random);
// A version-4-shaped UUID from given bytes.
std::string uuidFromBytes(std::array<std::uint8_t, 16> bytes);
bool isUuid(const std::string& text);

} // namespace carehouse::base
