#pragma once

#include "app/cli/DatabaseCommand.h"

namespace carehouse::cli {

// careplan export: a person's latest care plan as a FHIR R4 Bundle (CarePlan, Goal,
// ServiceRequest) to stdout or, written atomically, to --out.
class CarePlanExportCommand : public DatabaseCommand
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
