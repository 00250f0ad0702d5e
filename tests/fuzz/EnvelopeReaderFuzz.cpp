// libFuzzer target: the exchange file reader (EnvelopeReader), as given and re-signed by a
// known peer. Built with CAREHOUSE_FUZZ=ON and clang; run by scripts/run-fuzz.sh.
#include "tests/fuzz/FuzzBodies.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto outcome = carehouse::fuzz::envelopeReaderInput({reinterpret_cast<const char*>(data), size});
    if (!outcome.violation.empty()) {
        std::fprintf(stderr, "contract broken: %s\n", outcome.violation.c_str());
        std::abort();
    }
    return 0;
}
