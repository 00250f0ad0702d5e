#include "core/security/SiteKeys.h"

#include "core/security/SeededRandom.h"

#include <catch2/catch.hpp>
#include <regex>

using namespace carehouse;
using security::KeyFingerprint;
using security::KeySealCost;
using security::SiteKeys;

namespace {

// The cheapest Argon2id libsodium allows: the tests check the format, not the cost.
constexpr KeySealCost kCheap{1, 8192};

SiteKeys::Seed seedOf(unsigned char byte)
{
    SiteKeys::Seed seed;
    seed.fill(byte);
    return seed;
}

SiteKeys fixedKeys()
{
    return SiteKeys::fromSeeds(seedOf(0xA0), seedOf(0xA1)).value();
}

void putLe64(std::string& blob, std::size_t at, std::uint64_t value)
{
    for (int i = 0; i < 8; ++i)
        blob[at + static_cast<std::size_t>(i)] = static_cast<char>(static_cast<unsigned char>(value >> (8 * i)));
}

} // namespace

TEST_CASE("Sealed site keys open with the right passphrase to the very same keys", "[sitekeys]")
{
    auto keys = SiteKeys::generate();
    REQUIRE(keys.ok());
    auto sealed = keys->seal("correct horse battery", kCheap);
    REQUIRE(sealed.ok());
    CHECK(sealed->size() == SiteKeys::kSealedBytes);
    auto opened = SiteKeys::unseal(*sealed, "correct horse battery");
    REQUIRE(opened.ok());
    CHECK(opened->signingPublicKey() == keys->signingPublicKey());
    CHECK(opened->encryptionPublicKey() == keys->encryptionPublicKey());
    CHECK(opened->fingerprint() == keys->fingerprint());
    CHECK(std::equal(opened->signingSecretKey(), opened->signingSecretKey() + SiteKeys::kSigningSecretKeyBytes,
                     keys->signingSecretKey()));
    CHECK(std::equal(opened->encryptionSecretKey(), opened->encryptionSecretKey() + SiteKeys::kEncryptionSecretKeyBytes,
                     keys->encryptionSecretKey()));
}

TEST_CASE("A wrong passphrase for the site keys is a typed error, not a crash", "[sitekeys]")
{
    const auto keys = fixedKeys();
    const auto sealed = keys.seal("the right passphrase", kCheap).value();
    for (const char* wrong : {"the wrong passphrase", "", "the right passphrasE", "the right passphrase "}) {
        auto opened = SiteKeys::unseal(sealed, wrong);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().code == base::ErrorCode::BadCredentials);
        CHECK(opened.error().detail == "site-keys-wrong-passphrase");
    }
}

TEST_CASE("The sealed blob records its Argon2id cost, so the cost can be raised later", "[sitekeys]")
{
    const auto keys = fixedKeys();
    const auto cheap = keys.seal("passphrase one", kCheap).value();
    const auto dearer = keys.seal("passphrase one", KeySealCost{2, 16384}).value();
    CHECK(SiteKeys::sealedCost(cheap)->opsLimit == 1);
    CHECK(SiteKeys::sealedCost(cheap)->memLimitBytes == 8192);
    CHECK(SiteKeys::sealedCost(dearer)->opsLimit == 2);
    CHECK(SiteKeys::sealedCost(dearer)->memLimitBytes == 16384);
    CHECK(SiteKeys::unseal(dearer, "passphrase one").ok());
    // The fingerprint can be shown without the passphrase.
    CHECK(SiteKeys::sealedFingerprint(dearer).value() == keys.fingerprint());
    // A fresh salt and nonce each time.
    CHECK(cheap != keys.seal("passphrase one", kCheap).value());
}

TEST_CASE("A damaged or hostile sealed blob is refused before any key derivation", "[sitekeys]")
{
    const auto keys = fixedKeys();
    const auto sealed = keys.seal("passphrase one", kCheap).value();
    auto detailOf = [](const std::string& blob) {
        auto opened = SiteKeys::unseal(blob, "passphrase one");
        REQUIRE_FALSE(opened.ok());
        return opened.error().detail;
    };
    CHECK(detailOf("") == "site-keys-malformed");
    CHECK(detailOf(sealed.substr(0, 100)) == "site-keys-malformed");
    CHECK(detailOf(sealed + "x") == "site-keys-malformed");
    std::string badMagic = sealed;
    badMagic[0] = 'X';
    CHECK(detailOf(badMagic) == "site-keys-malformed");
    std::string newer = sealed;
    newer[4] = 2;
    CHECK(detailOf(newer) == "site-keys-too-new");
    std::string greedy = sealed;
    putLe64(greedy, 16, 64ull * 1024 * 1024 * 1024); // 64 GiB of memory
    CHECK(detailOf(greedy) == "site-keys-cost-out-of-range");
    std::string slow = sealed;
    putLe64(slow, 8, 1'000'000);
    CHECK(detailOf(slow) == "site-keys-cost-out-of-range");
    // The costs and public keys are authenticated: changing either reads as a wrong passphrase.
    std::string cheaper = sealed;
    putLe64(cheaper, 8, 2);
    CHECK(detailOf(cheaper) == "site-keys-wrong-passphrase");
    std::string otherKey = sealed;
    otherKey[70] ^= 0x01;
    CHECK(detailOf(otherKey) == "site-keys-wrong-passphrase");
    for (std::size_t i = 128; i < sealed.size(); i += 7) {
        std::string flipped = sealed;
        flipped[i] ^= 0x40;
        CHECK(detailOf(flipped) == "site-keys-wrong-passphrase");
    }
}

TEST_CASE("A passphrase shorter than eight characters is not used to seal keys", "[sitekeys]")
{
    auto sealed = fixedKeys().seal("short", kCheap);
    REQUIRE_FALSE(sealed.ok());
    CHECK(sealed.error().code == base::ErrorCode::InvalidArgument);
    CHECK(sealed.error().field == "passphrase");
    auto tooDear = fixedKeys().seal("long enough", KeySealCost{1, 8ull * 1024 * 1024 * 1024});
    CHECK_FALSE(tooDear.ok());
}

TEST_CASE("Keys from the same seeds are the same keys and generated keys differ", "[sitekeys]")
{
    CHECK(fixedKeys().fingerprint() == fixedKeys().fingerprint());
    CHECK_FALSE(fixedKeys().fingerprint() == SiteKeys::fromSeeds(seedOf(0xA0), seedOf(0xA2))->fingerprint());
    CHECK_FALSE(SiteKeys::generate()->fingerprint() == SiteKeys::generate()->fingerprint());
    security::SeededRandom first(seedOf(7));
    security::SeededRandom second(seedOf(7));
    CHECK(SiteKeys::generate(first)->fingerprint() == SiteKeys::generate(second)->fingerprint());
}

TEST_CASE("A moved-from site key object holds no secret", "[sitekeys]")
{
    auto keys = fixedKeys();
    SiteKeys moved = std::move(keys);
    CHECK(moved.signingSecretKey() != nullptr);
    CHECK(keys.signingSecretKey() == nullptr); // NOLINT(bugprone-use-after-move): checking exactly that
    CHECK_FALSE(keys.seal("passphrase one", kCheap).ok());
}

TEST_CASE("A fingerprint reads aloud as eight groups of four base32 characters", "[sitekeys]")
{
    const auto fingerprint = fixedKeys().fingerprint();
    const std::string groups = fingerprint.groups();
    CHECK(std::regex_match(groups, std::regex("([A-Z2-7]{4} ){7}[A-Z2-7]{4}")));
    CHECK(fingerprint.hex().size() == 64);
    CHECK(KeyFingerprint::fromHex(fingerprint.hex()).value() == fingerprint);
    std::string upper = fingerprint.hex();
    for (char& c : upper)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    CHECK(KeyFingerprint::fromHex(upper).value() == fingerprint);
    CHECK_FALSE(KeyFingerprint::fromHex(fingerprint.hex().substr(1)).has_value());
    CHECK_FALSE(KeyFingerprint::fromHex(std::string(64, 'g')).has_value());

    // Base32 of known bytes: 0x00 0x44 0x32 0x14 0xC7 -> "ABCD" "EFGH" (RFC 4648).
    KeyFingerprint::Bytes bytes{};
    const unsigned char prefix[] = {0x00, 0x44, 0x32, 0x14, 0xC7, 0x42, 0x54, 0xB6, 0x35, 0xCF,
                                    0x84, 0x65, 0x3A, 0x56, 0xD7, 0xC6, 0x75, 0xBE, 0x77, 0xDF};
    std::copy(std::begin(prefix), std::end(prefix), bytes.begin());
    CHECK(KeyFingerprint(bytes).groups() == "ABCD EFGH IJKL MNOP QRST UVWX YZ23 4567");
}
