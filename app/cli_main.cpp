// carehouse-cli: the thin main. All behaviour is in app/cli (CliApplication, CommandRegistry).
#include "app/cli/CliApplication.h"
#include "app/cli/ErrorWording.h"
#include "app/cli/ExitCode.h"
#include "core/clinical/ReferenceData.h"

#include <iostream>

int main(int argc, char** argv)
{
    // Nothing runs on broken clinical reference data: say which file and line, and stop.
    if (auto st = carehouse::clinical::ReferenceData::check(); !st) {
        std::cerr << carehouse::cli::ErrorWording::sentence(st.error()) << '\n';
        return static_cast<int>(carehouse::cli::exitCodeFor(st.error().code));
    }
    return carehouse::cli::CliApplication::main(argc, argv, std::cin, std::cout, std::cerr);
}
