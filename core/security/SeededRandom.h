#pragma once

#include "core/security/RandomSource.h"

#include <array>
#include <cstdint>

namespace carehouse::security {

// A deterministic stream from a 32-byte seed, for test vectors and seeded property tests only:
// call n draws BLAKE2b-256(seed || n) as the seed of libsodium's randombytes_buf_deterministic.
// Never use it for a real site's keys or files.
class SeededRandom final : public RandomSource
{
public:
    using Seed = std::array<unsigned char, 32>;
    explicit SeededRandom(const Seed& seed)
        : m_seed(seed)
    {
    }
    void fill(unsigned char* out, std::size_t size) override;

private:
    Seed m_seed;
    std::uint64_t m_counter = 0;
};

} // namespace carehouse::security
