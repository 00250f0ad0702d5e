#include "core/security/RandomSource.h"

#include <sodium.h>
#include <stdexcept>

namespace carehouse::security {

void SystemRandom::fill(unsigned char* out, std::size_t size)
{
    if (sodium_init() < 0)
        throw std::runtime_error("libsodium failed to initialise");
    randombytes_buf(out, size);
}

SystemRandom& SystemRandom::instance()
{
    static SystemRandom random;
    return random;
}

} // namespace carehouse::security
