#pragma once

#include "core/base/Result.h"

#include <string>
#include <string_view>

namespace carehouse::security {

// Argon2id through libsodium's crypto_pwhash_str (the hash string carries salt and costs).
class PasswordHasher
{
public:
    static constexpr std::size_t kMinimumLength = 8;
    static base::Result<std::string> hash(std::string_view password);
    static bool verify(const std::string& hash, std::string_view password);
};

} // namespace carehouse::security
