#pragma once

#include <array>
#include <cstdint>
#include <string>

namespace carehouse::base {

// Random (version 4) UUIDs as lower-case text, the form stored in the record and sent in FHIR.
std::string newUuid();
// A version-4-shaped UUID from given bytes, for the deterministic demo generator.
std::string uuidFromBytes(std::array<std::uint8_t, 16> bytes);
bool isUuid(const std::string& text);

} // namespace carehouse::base
