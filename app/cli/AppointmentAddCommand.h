#pragma once

#include "app/cli/DatabaseCommand.h"

namespace carehouse::cli {

// appointment add: books a surveillance appointment or a care planning consultation.
class AppointmentAddCommand : public DatabaseCommand
{
public:
    std::string name() const override;
    std::string summary() const override;
    std::string description() const override;
    std::vector<Option> options() const override;
    std::vector<Argument> arguments() const override;
    std::vector<std::string> examples() const override;

    // "03/12/2026 10:30", "03-Dec-2026 10:30" or ISO "2026-12-03T10:30" into a date and minutes after midnight.
    static base::Status parseWhen(const std::string& text, base::CivilDate& date, int& minuteOfDay);

protected:
    ExitCode executeWithStore(CommandContext& context, const ParsedArguments& args,
                              record::RecordStore& store) override;
};

} // namespace carehouse::cli
