#pragma once

#include <cstddef>

namespace carehouse::security {

// Where key material and nonces come from. Injected so the exchange writer can be made
// deterministic for test vectors (SeededRandom); everything else uses SystemRandom.
class RandomSource
{
public:
    virtual ~RandomSource() = default;
    virtual void fill(unsigned char* out, std::size_t size) = 0;
};

// libsodium's randombytes_buf: the operating system's CSPRNG.
class SystemRandom final : public RandomSource
{
public:
    void fill(unsigned char* out, std::size_t size) override;
    static SystemRandom& instance();
};

} // namespace carehouse::security
