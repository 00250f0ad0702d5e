#pragma once

#include "app/cli/LettersPrintCommand.h"

namespace carehouse::cli {

// letters reprint: a letter from the letters log printed again exactly as it was sent.
class LettersReprintCommand : public LettersPrintCommand
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
