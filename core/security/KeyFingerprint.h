#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace carehouse::security {

constexpr std::size_t kPublicKeyBytes = 32; // Ed25519 and X25519 public keys alike
using SigningPublicKey = std::array<unsigned char, kPublicKeyBytes>;
using EncryptionPublicKey = std::array<unsigned char, kPublicKeyBytes>;

// The fingerprint of a site's key pair: BLAKE2b-256 over a domain label, the Ed25519 signing
// public key and the X25519 encryption public key. Its 32 bytes are the key id written in
// every exchange file; its first 20 bytes, in RFC 4648 base32, are the eight groups of four
// characters two people read aloud to each other before adding a peer ("K7QH 2M4D ...").
class KeyFingerprint
{
public:
    static constexpr std::size_t kBytes = 32;
    static constexpr int kGroups = 8;
    static constexpr int kGroupLength = 4;
    using Bytes = std::array<unsigned char, kBytes>;

    KeyFingerprint() = default; // all zero: no key
    explicit KeyFingerprint(const Bytes& bytes)
        : m_bytes(bytes)
    {
    }
    static KeyFingerprint of(const SigningPublicKey& signing, const EncryptionPublicKey& encryption);
    // 64 hexadecimal digits, either case; nullopt for anything else.
    static std::optional<KeyFingerprint> fromHex(std::string_view hex);

    const Bytes& bytes() const { return m_bytes; }
    std::string hex() const; // 64 lower-case hexadecimal digits
    std::string groups() const; // "ABCD EFGH IJKL MNOP QRST UVWX YZ23 4567": for reading aloud

    bool operator==(const KeyFingerprint&) const = default;

private:
    Bytes m_bytes{};
};

} // namespace carehouse::security
