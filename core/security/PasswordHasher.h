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
    // 32 MiB and 3 passes: above OWASP's Argon2id floor (19 MiB, 2 passes) while keeping the
    // workstation's peak memory at start-up inside its budget (libsodium's "interactive"
    // preset needs 64 MiB). The cost is stored in each hash, so it can be raised later.
    static constexpr unsigned long long kOpsLimit = 3;
    static constexpr std::size_t kMemLimitBytes = 32u * 1024u * 1024u;
    static base::Result<std::string> hash(std::string_view password);
    static bool verify(const std::string& hash, std::string_view password);
};

} // namespace carehouse::security
