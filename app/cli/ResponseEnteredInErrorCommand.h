#pragma once

#include "app/cli/DatabaseCommand.h"

namespace carehouse::cli {

// response entered-in-error: marks a completed questionnaire typed in for the wrong person (or the wrong form) as
// entered in error, with the reason.
class ResponseEnteredInErrorCommand : public DatabaseCommand
{
public:
    std::string name() const override;
    std::string summary() const override;
    std::string description() const override;
    std::vector<Option> options() const override;
    std::vector<Argument> arguments() const override;
    std::vector<std::string> examples() const override;

protected:
    ExitCode executeWithStore(CommandContext& context, const ParsedArguments& args,
                              record::RecordStore& store) override;
};

} // namespace carehouse::cli
