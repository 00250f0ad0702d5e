#pragma once

#include "app/cli/LettersPrintCommand.h"

namespace carehouse::cli {

// questionnaire print: a questionnaire as a blank paper form (PDF) for the letter pack, for
// one person (their name, date of birth and NHS number on every page) or, without --patient,
// a practice blank with lines for the person to write who they are. Prints through the same
// offscreen printing as `letters preview`.
class QuestionnairePrintCommand : public LettersPrintCommand
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
