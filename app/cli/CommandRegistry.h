#pragma once

#include "app/cli/Command.h"

#include <memory>
#include <string>
#include <vector>

namespace carehouse::cli {

// Holds the commands, finds the one a command line names, parses its options and generates
// every --help text from the commands' own declarations.
class CommandRegistry
{
public:
    // All of carehouse-cli's commands.
    static CommandRegistry standard();

    void add(std::unique_ptr<Command> command);
    const Command* find(const std::string& name) const;
    const std::vector<std::unique_ptr<Command>>& commands() const { return m_commands; }

    // Runs one command line (the words after the program name).
    ExitCode run(const std::vector<std::string>& words, CommandContext& context) const;

    std::string help() const;
    std::string commandHelp(const Command& command) const;
    std::string groupHelp(const std::string& group) const;
    bool isGroup(const std::string& word) const;

    // The options every command accepts.
    static std::vector<Option> globalOptions();
    // $HOME/.local/share/CareHouse/demo-practice.carehouse
    static std::string defaultDatabasePath(const Environment& env);

private:
    Command* findMutable(const std::string& name) const;
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace carehouse::cli
