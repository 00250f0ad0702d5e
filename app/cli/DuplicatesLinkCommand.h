#pragma once

#include "app/cli/DatabaseCommand.h"

namespace carehouse::cli {

// duplicates link: a clinician says two records with one NHS number are the same person.
class DuplicatesLinkCommand : public DatabaseCommand
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
