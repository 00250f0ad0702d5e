#pragma once

#include "app/cli/Command.h"
#include "app/cli/ParsedArguments.h"

#include <string>
#include <vector>

namespace carehouse::cli {

// Parses the words after a command name against its declared options and arguments.
// Accepts `--name value` and `--name=value`; `--` ends the options.
class ArgumentParser
{
public:
    struct Outcome
    {
        ParsedArguments args;
        std::string problem; // a sentence for the user; empty when parsing succeeded
        bool help = false; // --help or -h was given: show help, check nothing else
    };

    ArgumentParser(std::string commandName, std::vector<Option> options, std::vector<Argument> arguments);
    Outcome parse(const std::vector<std::string>& words) const;

    // True for --password or --password=...: passwords never go on a command line.
    static bool isPasswordOption(const std::string& word);
    static std::string passwordRefusal();

private:
    const Option* findOption(const std::string& name) const;
    std::string m_command;
    std::vector<Option> m_options;
    std::vector<Argument> m_arguments;
};

} // namespace carehouse::cli
