#pragma once

#include "app/cli/LettersPrintCommand.h"

namespace carehouse::cli {

// letters preview: one person's results letter as a PDF, to look at before it is sent (never logged as sent).
class LettersPreviewCommand : public LettersPrintCommand
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
