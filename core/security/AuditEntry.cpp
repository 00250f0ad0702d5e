#include "core/security/AuditEntry.h"

#include <sodium.h>
#include <string_view>

namespace carehouse::security {

std::string AuditEntry::computeHash() const
{
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, 32);
    auto feed = [&](std::string_view s) {
        // Length-prefix every field so "ab"+"c" and "a"+"bc" hash differently.
        std::uint64_t n = s.size();
        crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(&n), sizeof n);
        crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(s.data()), s.size());
    };
    feed(prevHash);
    feed(std::to_string(seq));
    feed(std::to_string(at));
    feed(username);
    feed(siteUuid);
    feed(action);
    feed(patientId);
    feed(detail);
    unsigned char out[32];
    crypto_generichash_final(&state, out, sizeof out);
    char hex[65];
    sodium_bin2hex(hex, sizeof hex, out, sizeof out);
    return std::string(hex, 64);
}

} // namespace carehouse::security
