#pragma once

#include "core/base/Result.h"
#include "core/security/KeyFingerprint.h"
#include "core/security/RandomSource.h"

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace carehouse::security {

// The cost of the passphrase key derivation (Argon2id) that seals a site's secret keys. It is
// written into every sealed blob, so it can be raised later without breaking old blobs.
struct KeySealCost
{
    // Same floor reasoning as PasswordHasher: above OWASP's Argon2id minimum, inside the
    // workstation's memory budget.
    static constexpr unsigned long long kDefaultOpsLimit = 3;
    static constexpr std::size_t kDefaultMemLimitBytes = 64u * 1024u * 1024u;
    // A sealed blob asking for more than this is refused as malformed rather than allowed to
    // exhaust the machine.
    static constexpr unsigned long long kMaxOpsLimit = 64;
    static constexpr std::size_t kMaxMemLimitBytes = 1024u * 1024u * 1024u;

    unsigned long long opsLimit = kDefaultOpsLimit;
    std::size_t memLimitBytes = kDefaultMemLimitBytes;
};

// A site's two key pairs: Ed25519 for signing exchange files, X25519 for receiving the file
// keys sealed to it. Both are derived from two 32-byte seeds, which are the only secret
// stored. The secrets live on the heap in one block wiped with sodium_memzero when the object
// dies; moving a SiteKeys moves the pointer, so no copy of a secret is left behind.
//
// Sealed blob, version 1 (all integers little-endian), 208 bytes:
//   0  4  "CHSK"                       4  2  version (1)
//   6  2  algorithm (1: Argon2id13 -> XChaCha20-Poly1305-IETF)
//   8  8  Argon2id opslimit            16 8  Argon2id memlimit (bytes)
//   24 16 salt                         40 24 nonce
//   64 32 signing public key           96 32 encryption public key
//   128 80 ciphertext of signing seed || encryption seed, with its 16-byte tag
// Bytes 0..127 are the additional data, so neither costs nor public keys can be altered.
// Errors: BadCredentials (detail "site-keys-wrong-passphrase") for a wrong passphrase;
// MalformedInput (detail "site-keys-malformed", "site-keys-too-new", "site-keys-cost-out-of-range",
// "site-keys-inconsistent") for a damaged blob; InvalidArgument for a passphrase too short to seal.
class SiteKeys
{
public:
    using Seed = std::array<unsigned char, 32>;
    static constexpr std::size_t kSealedBytes = 208;
    static constexpr std::size_t kMinimumPassphraseLength = 8;
    static constexpr std::size_t kSigningSecretKeyBytes = 64;
    static constexpr std::size_t kEncryptionSecretKeyBytes = 32;

    static base::Result<SiteKeys> generate(RandomSource& random = SystemRandom::instance());
    static base::Result<SiteKeys> fromSeeds(const Seed& signingSeed, const Seed& encryptionSeed);

    SiteKeys(SiteKeys&&) noexcept;
    SiteKeys& operator=(SiteKeys&&) noexcept;
    SiteKeys(const SiteKeys&) = delete;
    SiteKeys& operator=(const SiteKeys&) = delete;
    ~SiteKeys();

    const SigningPublicKey& signingPublicKey() const { return m_signingPublic; }
    const EncryptionPublicKey& encryptionPublicKey() const { return m_encryptionPublic; }
    const KeyFingerprint& fingerprint() const { return m_fingerprint; }

    // The secret halves in libsodium's layout, for the exchange writer and reader. Valid as
    // long as this object lives; never copy them anywhere that outlives it.
    const unsigned char* signingSecretKey() const; // 64 bytes (crypto_sign_SECRETKEYBYTES)
    const unsigned char* encryptionSecretKey() const; // 32 bytes (crypto_box_SECRETKEYBYTES)

    // The seeds sealed under a passphrase; the result is binary (kSealedBytes).
    base::Result<std::string> seal(std::string_view passphrase, KeySealCost cost = {},
                                   RandomSource& random = SystemRandom::instance()) const;
    static base::Result<SiteKeys> unseal(std::string_view sealed, std::string_view passphrase);
    // What can be read from a sealed blob without the passphrase: its cost and fingerprint.
    static base::Result<KeySealCost> sealedCost(std::string_view sealed);
    static base::Result<KeyFingerprint> sealedFingerprint(std::string_view sealed);

private:
    struct Secrets;
    SiteKeys();

    std::unique_ptr<Secrets> m_secrets;
    SigningPublicKey m_signingPublic{};
    EncryptionPublicKey m_encryptionPublic{};
    KeyFingerprint m_fingerprint;
};

} // namespace carehouse::security
