#include "app/cli/AppointmentListCommand.h"

#include "app/cli/CycleWording.h"
#include "app/cli/PatientArgument.h"
#include "app/cli/RecallJson.h"
#include "app/cli/TextTable.h"
#include "core/recall/RecallBook.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <ostream>

namespace carehouse::cli {

std::string AppointmentListCommand::name() const
{
    return "appointment list";
}

std::string AppointmentListCommand::summary() const
{
    return "List a person's appointments in the yearly cycle, newest first.";
}

std::string AppointmentListCommand::description() const
{
    return {};
}

std::vector<Option> AppointmentListCommand::options() const
{
    return {};
}

std::vector<Argument> AppointmentListCommand::arguments() const
{
    return {{PatientArgument::kName, "The record id, or the NHS number (spaces allowed).", true, true}};
}

std::vector<std::string> AppointmentListCommand::examples() const
{
    return {"carehouse-cli appointment list 943 476 5919", "carehouse-cli appointment list 9434765919 --json"};
}

ExitCode AppointmentListCommand::executeWithStore(CommandContext& ctx, const ParsedArguments& args,
                                                  record::RecordStore& store)
{
    auto patient = PatientArgument::resolve(store, args.positional(0));
    if (!patient)
        return ctx.fail(patient.error());
    auto list = recall::RecallBook(store).appointments(patient->id);
    if (!list)
        return ctx.fail(list.error());
    if (ctx.global().json) {
        auto j = nlohmann::json::array();
        for (const auto& a : *list)
            j.push_back(RecallJson::appointment(a));
        ctx.out() << j.dump(2) << '\n';
        return ExitCode::Ok;
    }
    if (list->empty()) {
        ctx.out() << fmt::format("{} has no appointments.\n", patient->name);
        return ExitCode::Ok;
    }
    ctx.out() << patient->name << '\n';
    TextTable table({"Appointment id", "Type", "When", "With", "Place", "Status"});
    for (const auto& a : *list)
        table.addRow({a.id, a.type == model::Appointment::Type::CarePlanning ? "Care planning" : "Surveillance",
                      CycleWording::when(a), a.withWhom, a.place, CycleWording::appointmentStatus(a.status)});
    table.print(ctx.out());
    return ExitCode::Ok;
}

} // namespace carehouse::cli
