#pragma once

#include "app/cli/LettersPrintCommand.h"

namespace carehouse::cli {

// careplan print: the person's printed care plan as a PDF, in their language and print size
// (or --lang / --large-print), through the same offscreen printing as `letters preview`.
class CarePlanPrintCommand : public LettersPrintCommand
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
