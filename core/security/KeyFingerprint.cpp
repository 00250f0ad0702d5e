#include "core/security/KeyFingerprint.h"

#include <sodium.h>

namespace carehouse::security {

namespace {

constexpr std::string_view kDomain = "CareHouse site key fingerprint v1";
constexpr std::string_view kBase32Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
constexpr std::string_view kHexDigits = "0123456789abcdef";

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

KeyFingerprint KeyFingerprint::of(const SigningPublicKey& signing, const EncryptionPublicKey& encryption)
{
    static_assert(kPublicKeyBytes == crypto_sign_PUBLICKEYBYTES && kPublicKeyBytes == crypto_box_PUBLICKEYBYTES);
    static_assert(kBytes >= crypto_generichash_BYTES_MIN && kBytes <= crypto_generichash_BYTES_MAX);
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, kBytes);
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(kDomain.data()), kDomain.size());
    crypto_generichash_update(&state, signing.data(), signing.size());
    crypto_generichash_update(&state, encryption.data(), encryption.size());
    Bytes out{};
    crypto_generichash_final(&state, out.data(), out.size());
    return KeyFingerprint(out);
}

std::optional<KeyFingerprint> KeyFingerprint::fromHex(std::string_view hex)
{
    if (hex.size() != kBytes * 2)
        return std::nullopt;
    Bytes out{};
    for (std::size_t i = 0; i < kBytes; ++i) {
        const int hi = hexValue(hex[2 * i]);
        const int lo = hexValue(hex[2 * i + 1]);
        if (hi < 0 || lo < 0)
            return std::nullopt;
        out[i] = static_cast<unsigned char>(hi * 16 + lo);
    }
    return KeyFingerprint(out);
}

std::string KeyFingerprint::hex() const
{
    std::string s;
    s.reserve(kBytes * 2);
    for (unsigned char b : m_bytes) {
        s += kHexDigits[b >> 4];
        s += kHexDigits[b & 0x0F];
    }
    return s;
}

std::string KeyFingerprint::groups() const
{
    // 8 groups x 4 characters x 5 bits = 160 bits = the first 20 bytes, read 5 bits at a time.
    constexpr int kBits = kGroups * kGroupLength * 5;
    std::string s;
    for (int i = 0; i < kBits / 5; ++i) {
        if (i > 0 && i % kGroupLength == 0)
            s += ' ';
        int value = 0;
        for (int bit = 0; bit < 5; ++bit) {
            const int n = i * 5 + bit;
            value = (value << 1) | ((m_bytes[static_cast<std::size_t>(n / 8)] >> (7 - n % 8)) & 1);
        }
        s += kBase32Alphabet[static_cast<std::size_t>(value)];
    }
    return s;
}

} // namespace carehouse::security
