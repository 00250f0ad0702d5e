#pragma once

#include "app/cli/LettersPrintCommand.h"

namespace carehouse::cli {

// letters batch: the print room's results letters from the letters-to-send worklist, one PDF or a folder of them, each
// letter logged as sent once the PDF is safely written.
class LettersBatchCommand : public LettersPrintCommand
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
