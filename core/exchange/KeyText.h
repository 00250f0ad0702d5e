#pragma once

#include "core/security/KeyFingerprint.h"

#include <optional>
#include <string>
#include <string_view>

namespace carehouse::exchange {

// How keys and sealed key blobs are kept in SQLite text columns: lower-case hexadecimal.
std::string hexOf(std::string_view bytes);
std::string hexOf(const security::SigningPublicKey& key);
// The bytes of an even-length hexadecimal text; nullopt for anything else.
std::optional<std::string> bytesOfHex(std::string_view hex);
std::optional<security::SigningPublicKey> publicKeyOfHex(std::string_view hex);

} // namespace carehouse::exchange
