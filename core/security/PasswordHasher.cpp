#include "core/security/PasswordHasher.h"

#include <sodium.h>

namespace carehouse::security {

base::Result<std::string> PasswordHasher::hash(std::string_view password)
{
    if (password.size() < kMinimumLength)
        return base::Error::make(base::ErrorCode::InvalidArgument, "password", "");
    if (sodium_init() < 0)
        return base::Error::make(base::ErrorCode::IoFailed).withDetail("libsodium failed to initialise");
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, password.data(), password.size(), kOpsLimit, kMemLimitBytes,
                              crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return base::Error::make(base::ErrorCode::IoFailed).withDetail("out of memory while hashing a password");
    return std::string(out);
}

bool PasswordHasher::verify(const std::string& hash, std::string_view password)
{
    if (sodium_init() < 0)
        return false;
    return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

} // namespace carehouse::security
