#pragma once

// Fixed sites and keys for the exchange tests and test vectors: every key comes from a seed
// of one repeated byte, so the files in tests/data/exchange can be regenerated exactly.

#include "core/exchange/EnvelopeReader.h"
#include "core/exchange/EnvelopeWriter.h"
#include "core/security/SiteKeys.h"

#include <limits>
#include <string>
#include <utility>

namespace carehouse::testing {

struct TestSite
{
    std::string id;
    security::SiteKeys keys;

    exchange::EnvelopeRecipientKey recipient() const
    {
        return exchange::EnvelopeRecipientKey{id, keys.encryptionPublicKey(), keys.fingerprint()};
    }
    exchange::RecipientIdentity identity() const { return exchange::RecipientIdentity{id, {&keys}}; }
};

inline security::SiteKeys::Seed repeatedSeed(unsigned char byte)
{
    security::SiteKeys::Seed seed;
    seed.fill(byte);
    return seed;
}

inline TestSite makeTestSite(std::string id, unsigned char seedByte)
{
    auto keys
        = security::SiteKeys::fromSeeds(repeatedSeed(seedByte), repeatedSeed(static_cast<unsigned char>(seedByte + 1)));
    return TestSite{std::move(id), std::move(keys).value()};
}

// 2026-11-23 12:00 UTC, as TempDatabase's kTestNow; R's key was revoked an hour earlier.
constexpr std::int64_t kExchangeTestNow = 1795435200000;
constexpr std::int64_t kRevokedAt = kExchangeTestNow - 3'600'000;

// A sends; B and C receive; D is a peer the files are not for; E is nobody's peer; R is a
// peer whose key was revoked at kRevokedAt.
struct TestSites
{
    TestSite a = makeTestSite("0190c3c4-0000-7000-8000-00000000000a", 0xA0);
    TestSite b = makeTestSite("0190c3c4-0000-7000-8000-00000000000b", 0xB0);
    TestSite c = makeTestSite("0190c3c4-0000-7000-8000-00000000000c", 0xC0);
    TestSite d = makeTestSite("0190c3c4-0000-7000-8000-00000000000d", 0xD0);
    TestSite e = makeTestSite("0190c3c4-0000-7000-8000-00000000000e", 0xE0);
    TestSite r = makeTestSite("0190c3c4-0000-7000-8000-00000000000f", 0xF0);

    // What B knows: A and R (revoked), and C and D as unrevoked peers.
    exchange::SignerLookup signers() const
    {
        return [this](const security::KeyFingerprint& keyId) -> std::optional<exchange::KnownSigner> {
            for (const TestSite* site : {&a, &c, &d})
                if (site->keys.fingerprint() == keyId)
                    return exchange::KnownSigner{site->id, site->keys.signingPublicKey(), std::nullopt};
            if (r.keys.fingerprint() == keyId)
                return exchange::KnownSigner{r.id, r.keys.signingPublicKey(), kRevokedAt};
            return std::nullopt;
        };
    }
    exchange::EnvelopeReader reader(exchange::ReaderLimits limits = {}) const
    {
        return exchange::EnvelopeReader(signers(), limits);
    }
};

} // namespace carehouse::testing
