#pragma once

#include "app/cli/Command.h"

namespace carehouse::cli {

// init: creates a new record with its site and first administrator.
class InitCommand : public Command
{
public:
    std::string name() const override;
    std::string summary() const override;
    std::string description() const override;
    std::vector<Option> options() const override;
    std::vector<Argument> arguments() const override;
    std::vector<std::string> examples() const override;
    ExitCode execute(CommandContext& context, const ParsedArguments& args) override;
};

} // namespace carehouse::cli
