#pragma once

#include "app/cli/DatabaseCommand.h"

namespace carehouse::cli {

// careplan show: a person's latest care plan (date, clinician, goals with confidence, last
// plan's goals reviewed, actions, support, referrals with status, targets, next review).
class CarePlanShowCommand : public DatabaseCommand
{
public:
    std::string name() const override;
    std::string summary() const override;
    std::string description() const override;
    std::vector<Argument> arguments() const override;
    std::vector<std::string> examples() const override;

protected:
    ExitCode executeWithStore(CommandContext& context, const ParsedArguments& args,
                              record::RecordStore& store) override;
};

} // namespace carehouse::cli
