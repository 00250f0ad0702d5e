// carehouse-cli: the thin main. All behaviour is in app/cli (CliApplication, CommandRegistry).
#include "app/cli/CliApplication.h"

#include <iostream>

int main(int argc, char** argv)
{
    return carehouse::cli::CliApplication::main(argc, argv, std::cin, std::cout, std::cerr);
}
