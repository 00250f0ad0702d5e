#include "core/security/SeededRandom.h"

#include <sodium.h>

namespace carehouse::security {

void SeededRandom::fill(unsigned char* out, std::size_t size)
{
    static_assert(sizeof(Seed) == randombytes_SEEDBYTES);
    unsigned char counter[8];
    for (int i = 0; i < 8; ++i)
        counter[i] = static_cast<unsigned char>(m_counter >> (8 * i));
    ++m_counter;
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, randombytes_SEEDBYTES);
    crypto_generichash_update(&state, m_seed.data(), m_seed.size());
    crypto_generichash_update(&state, counter, sizeof counter);
    unsigned char callSeed[randombytes_SEEDBYTES];
    crypto_generichash_final(&state, callSeed, sizeof callSeed);
    randombytes_buf_deterministic(out, size, callSeed);
    sodium_memzero(callSeed, sizeof callSeed);
}

} // namespace carehouse::security
