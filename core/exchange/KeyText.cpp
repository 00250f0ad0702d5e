#include "core/exchange/KeyText.h"

#include <sodium.h>

namespace carehouse::exchange {

std::string hexOf(std::string_view bytes)
{
    std::string out(bytes.size() * 2 + 1, '\0');
    sodium_bin2hex(out.data(), out.size(), reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
    out.pop_back();
    return out;
}

std::string hexOf(const security::SigningPublicKey& key)
{
    return hexOf(std::string_view(reinterpret_cast<const char*>(key.data()), key.size()));
}

std::optional<std::string> bytesOfHex(std::string_view hex)
{
    if (hex.size() % 2 != 0)
        return std::nullopt;
    std::string out(hex.size() / 2, '\0');
    std::size_t length = 0;
    const char* end = nullptr;
    if (sodium_hex2bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), hex.data(), hex.size(), nullptr,
                       &length, &end)
            != 0
        || end != hex.data() + hex.size() || length != out.size())
        return std::nullopt;
    return out;
}

std::optional<security::SigningPublicKey> publicKeyOfHex(std::string_view hex)
{
    auto bytes = bytesOfHex(hex);
    if (!bytes || bytes->size() != security::kPublicKeyBytes)
        return std::nullopt;
    security::SigningPublicKey key{};
    std::copy(bytes->begin(), bytes->end(), reinterpret_cast<char*>(key.data()));
    return key;
}

} // namespace carehouse::exchange
