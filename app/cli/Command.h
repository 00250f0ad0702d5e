#pragma once

#include "app/cli/CommandContext.h"
#include "app/cli/ExitCode.h"
#include "app/cli/ParsedArguments.h"

#include <string>
#include <vector>

namespace carehouse::cli {

// One --option of a command. An option without a valueName is a flag.
struct Option
{
    std::string name; // without the dashes: "family"
    std::string valueName; // "NAME"; empty for a flag
    std::string help;
    bool required = false;
    bool flag() const { return valueName.empty(); }
};

// One positional argument. A variadic one takes the rest of the words, joined by spaces, so
// `patient show 943 476 5919` works unquoted.
struct Argument
{
    std::string name; // "ID|NHSNUMBER"
    std::string help;
    bool required = true;
    bool variadic = false;
    // Takes the rest of the words, each kept as its own positional (`exchange import FILE...`).
    bool repeated = false;
};

// A carehouse-cli subcommand. Each declares its name, summary, options and arguments, and
// the CommandRegistry builds the help and parses the command line from those declarations.
class Command
{
public:
    virtual ~Command() = default;

    // "init", or "patient add" for a command in a group.
    virtual std::string name() const = 0;
    virtual std::string summary() const = 0;
    // A longer paragraph for `COMMAND --help`; empty when the summary says it all.
    virtual std::string description() const { return {}; }
    virtual std::vector<Option> options() const { return {}; }
    virtual std::vector<Argument> arguments() const { return {}; }
    virtual std::vector<std::string> examples() const { return {}; }

    virtual ExitCode execute(CommandContext& context, const ParsedArguments& args) = 0;
};

} // namespace carehouse::cli
