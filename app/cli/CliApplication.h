#pragma once

#include "app/cli/Environment.h"

#include <iosfwd>
#include <string>
#include <vector>

namespace carehouse::cli {

// The whole program behind the thin main: opens the log, wires the terminal checks and
// Ctrl+C, and runs the command line through the standard CommandRegistry.
class CliApplication
{
public:
    static int main(int argc, char** argv, std::istream& in, std::ostream& out, std::ostream& err);

    // $XDG_DATA_HOME/CareHouse/carehouse-cli.log, else $HOME/.local/share/CareHouse/carehouse-cli.log
    static std::string logPath(const Environment& env);
};

} // namespace carehouse::cli
