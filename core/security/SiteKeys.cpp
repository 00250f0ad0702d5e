#include "core/security/SiteKeys.h"

#include <cstring>
#include <sodium.h>

namespace carehouse::security {

using base::Error;
using base::ErrorCode;

struct SiteKeys::Secrets
{
    Seed signingSeed{};
    Seed encryptionSeed{};
    unsigned char signingSecret[crypto_sign_SECRETKEYBYTES]{};
    unsigned char encryptionSecret[crypto_box_SECRETKEYBYTES]{};

    Secrets() = default;
    Secrets(const Secrets&) = delete;
    Secrets& operator=(const Secrets&) = delete;
    ~Secrets()
    {
        sodium_memzero(signingSeed.data(), signingSeed.size());
        sodium_memzero(encryptionSeed.data(), encryptionSeed.size());
        sodium_memzero(signingSecret, sizeof signingSecret);
        sodium_memzero(encryptionSecret, sizeof encryptionSecret);
    }
};

namespace {

constexpr unsigned char kMagic[4] = {'C', 'H', 'S', 'K'};
constexpr std::uint16_t kVersion = 1;
constexpr std::uint16_t kAlgorithm = 1;
constexpr std::size_t kAdBytes = 128;
constexpr std::size_t kSaltOffset = 24;
constexpr std::size_t kNonceOffset = 40;
constexpr std::size_t kSigningKeyOffset = 64;
constexpr std::size_t kEncryptionKeyOffset = 96;
constexpr std::size_t kPlainBytes = 64;

static_assert(crypto_pwhash_SALTBYTES == 16);
static_assert(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES == 24);
static_assert(crypto_aead_xchacha20poly1305_ietf_KEYBYTES == 32);
static_assert(kAdBytes + kPlainBytes + crypto_aead_xchacha20poly1305_ietf_ABYTES == SiteKeys::kSealedBytes);
static_assert(SiteKeys::kSigningSecretKeyBytes == crypto_sign_SECRETKEYBYTES);
static_assert(SiteKeys::kEncryptionSecretKeyBytes == crypto_box_SECRETKEYBYTES);

void putLe(unsigned char* out, std::uint64_t value, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        out[i] = static_cast<unsigned char>(value >> (8 * i));
}

std::uint64_t getLe(const unsigned char* in, int bytes)
{
    std::uint64_t value = 0;
    for (int i = bytes - 1; i >= 0; --i)
        value = (value << 8) | in[i];
    return value;
}

Error malformed(std::string detail)
{
    return Error::make(ErrorCode::MalformedInput, "site keys").withDetail(std::move(detail));
}

Error sodiumFailed()
{
    return Error::make(ErrorCode::IoFailed, "site keys").withDetail("libsodium failed to initialise");
}

// Checks the parts of a sealed blob that need no passphrase.
base::Result<KeySealCost> checkedCost(std::string_view sealed)
{
    const auto* p = reinterpret_cast<const unsigned char*>(sealed.data());
    if (sealed.size() < 8 || std::memcmp(p, kMagic, sizeof kMagic) != 0)
        return malformed("site-keys-malformed");
    const auto version = getLe(p + 4, 2);
    if (version > kVersion)
        return malformed("site-keys-too-new").withHint(std::to_string(version));
    if (version != kVersion || getLe(p + 6, 2) != kAlgorithm || sealed.size() != SiteKeys::kSealedBytes)
        return malformed("site-keys-malformed");
    KeySealCost cost;
    cost.opsLimit = getLe(p + 8, 8);
    const auto mem = getLe(p + 16, 8);
    if (cost.opsLimit < crypto_pwhash_OPSLIMIT_MIN || cost.opsLimit > KeySealCost::kMaxOpsLimit
        || mem < crypto_pwhash_MEMLIMIT_MIN || mem > KeySealCost::kMaxMemLimitBytes)
        return malformed("site-keys-cost-out-of-range");
    cost.memLimitBytes = static_cast<std::size_t>(mem);
    return cost;
}

} // namespace

SiteKeys::SiteKeys()
    : m_secrets(std::make_unique<Secrets>())
{
}

SiteKeys::SiteKeys(SiteKeys&&) noexcept = default;
SiteKeys& SiteKeys::operator=(SiteKeys&&) noexcept = default;
SiteKeys::~SiteKeys() = default; // Secrets wipes itself

const unsigned char* SiteKeys::signingSecretKey() const
{
    return m_secrets ? m_secrets->signingSecret : nullptr;
}

const unsigned char* SiteKeys::encryptionSecretKey() const
{
    return m_secrets ? m_secrets->encryptionSecret : nullptr;
}

base::Result<SiteKeys> SiteKeys::generate(RandomSource& random)
{
    Secrets seeds;
    random.fill(seeds.signingSeed.data(), seeds.signingSeed.size());
    random.fill(seeds.encryptionSeed.data(), seeds.encryptionSeed.size());
    return fromSeeds(seeds.signingSeed, seeds.encryptionSeed);
}

base::Result<SiteKeys> SiteKeys::fromSeeds(const Seed& signingSeed, const Seed& encryptionSeed)
{
    if (sodium_init() < 0)
        return sodiumFailed();
    SiteKeys keys;
    keys.m_secrets->signingSeed = signingSeed;
    keys.m_secrets->encryptionSeed = encryptionSeed;
    if (crypto_sign_seed_keypair(keys.m_signingPublic.data(), keys.m_secrets->signingSecret, signingSeed.data()) != 0
        || crypto_box_seed_keypair(keys.m_encryptionPublic.data(), keys.m_secrets->encryptionSecret,
                                   encryptionSeed.data())
            != 0)
        return Error::make(ErrorCode::IoFailed, "site keys").withDetail("key pair derivation failed");
    keys.m_fingerprint = KeyFingerprint::of(keys.m_signingPublic, keys.m_encryptionPublic);
    return keys;
}

base::Result<std::string> SiteKeys::seal(std::string_view passphrase, KeySealCost cost, RandomSource& random) const
{
    if (!m_secrets)
        return Error::make(ErrorCode::InvalidState, "site keys");
    if (passphrase.size() < kMinimumPassphraseLength)
        return Error::make(ErrorCode::InvalidArgument, "passphrase").withHint(std::to_string(kMinimumPassphraseLength));
    if (cost.opsLimit < crypto_pwhash_OPSLIMIT_MIN || cost.opsLimit > KeySealCost::kMaxOpsLimit
        || cost.memLimitBytes < crypto_pwhash_MEMLIMIT_MIN || cost.memLimitBytes > KeySealCost::kMaxMemLimitBytes)
        return Error::make(ErrorCode::InvalidArgument, "key seal cost");
    if (sodium_init() < 0)
        return sodiumFailed();

    std::string out(kSealedBytes, '\0');
    auto* p = reinterpret_cast<unsigned char*>(out.data());
    std::memcpy(p, kMagic, sizeof kMagic);
    putLe(p + 4, kVersion, 2);
    putLe(p + 6, kAlgorithm, 2);
    putLe(p + 8, cost.opsLimit, 8);
    putLe(p + 16, cost.memLimitBytes, 8);
    random.fill(p + kSaltOffset, crypto_pwhash_SALTBYTES);
    random.fill(p + kNonceOffset, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    std::memcpy(p + kSigningKeyOffset, m_signingPublic.data(), kPublicKeyBytes);
    std::memcpy(p + kEncryptionKeyOffset, m_encryptionPublic.data(), kPublicKeyBytes);

    unsigned char key[crypto_aead_xchacha20poly1305_ietf_KEYBYTES];
    if (crypto_pwhash(key, sizeof key, passphrase.data(), passphrase.size(), p + kSaltOffset, cost.opsLimit,
                      cost.memLimitBytes, crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return Error::make(ErrorCode::IoFailed, "site keys").withDetail("site-keys-out-of-memory");
    unsigned char plain[kPlainBytes];
    std::memcpy(plain, m_secrets->signingSeed.data(), 32);
    std::memcpy(plain + 32, m_secrets->encryptionSeed.data(), 32);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(p + kAdBytes, &written, plain, sizeof plain, p, kAdBytes, nullptr,
                                               p + kNonceOffset, key);
    sodium_memzero(plain, sizeof plain);
    sodium_memzero(key, sizeof key);
    return out;
}

base::Result<KeySealCost> SiteKeys::sealedCost(std::string_view sealed)
{
    return checkedCost(sealed);
}

base::Result<KeyFingerprint> SiteKeys::sealedFingerprint(std::string_view sealed)
{
    auto cost = checkedCost(sealed);
    if (!cost)
        return cost.error();
    const auto* p = reinterpret_cast<const unsigned char*>(sealed.data());
    SigningPublicKey signing{};
    EncryptionPublicKey encryption{};
    std::memcpy(signing.data(), p + kSigningKeyOffset, kPublicKeyBytes);
    std::memcpy(encryption.data(), p + kEncryptionKeyOffset, kPublicKeyBytes);
    return KeyFingerprint::of(signing, encryption);
}

base::Result<SiteKeys> SiteKeys::unseal(std::string_view sealed, std::string_view passphrase)
{
    auto cost = checkedCost(sealed);
    if (!cost)
        return cost.error();
    if (sodium_init() < 0)
        return sodiumFailed();
    const auto* p = reinterpret_cast<const unsigned char*>(sealed.data());
    unsigned char key[crypto_aead_xchacha20poly1305_ietf_KEYBYTES];
    if (crypto_pwhash(key, sizeof key, passphrase.data(), passphrase.size(), p + kSaltOffset, cost->opsLimit,
                      cost->memLimitBytes, crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return Error::make(ErrorCode::IoFailed, "site keys").withDetail("site-keys-out-of-memory");
    Secrets seeds;
    unsigned char plain[kPlainBytes];
    unsigned long long plainLength = 0;
    const int rc = crypto_aead_xchacha20poly1305_ietf_decrypt(
        plain, &plainLength, nullptr, p + kAdBytes, kSealedBytes - kAdBytes, p, kAdBytes, p + kNonceOffset, key);
    sodium_memzero(key, sizeof key);
    if (rc != 0 || plainLength != kPlainBytes) {
        sodium_memzero(plain, sizeof plain);
        // The tag covers the costs and public keys too, so a damaged blob reads the same as a
        // wrong passphrase; the typed error is the one a person can act on.
        return Error::make(ErrorCode::BadCredentials, "passphrase").withDetail("site-keys-wrong-passphrase");
    }
    std::memcpy(seeds.signingSeed.data(), plain, 32);
    std::memcpy(seeds.encryptionSeed.data(), plain + 32, 32);
    sodium_memzero(plain, sizeof plain);
    auto keys = fromSeeds(seeds.signingSeed, seeds.encryptionSeed);
    if (!keys)
        return keys.error();
    if (std::memcmp(keys->m_signingPublic.data(), p + kSigningKeyOffset, kPublicKeyBytes) != 0
        || std::memcmp(keys->m_encryptionPublic.data(), p + kEncryptionKeyOffset, kPublicKeyBytes) != 0)
        return malformed("site-keys-inconsistent");
    return keys;
}

} // namespace carehouse::security
