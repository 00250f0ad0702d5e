#include "app/cli/AppointmentStatusCommand.h"

#include "app/cli/CycleWording.h"
#include "app/cli/RecallJson.h"
#include "core/base/Log.h"
#include "core/model/Patient.h"
#include "core/recall/RecallBook.h"
#include "core/record/FieldRecordReader.h"

#include <cctype>
#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <ostream>

namespace carehouse::cli {

std::string AppointmentStatusCommand::name() const
{
    return "appointment status";
}

std::string AppointmentStatusCommand::summary() const
{
    return "Mark an appointment attended, did not attend, or cancelled.";
}

std::string AppointmentStatusCommand::description() const
{
    return "An attended surveillance appointment moves the person on to awaiting results; an attended\n"
           "care planning consultation closes their yearly cycle.";
}

std::vector<Option> AppointmentStatusCommand::options() const
{
    return {{"status", "STATUS", "attended, did-not-attend or cancelled (or booked, to undo).", true}};
}

std::vector<Argument> AppointmentStatusCommand::arguments() const
{
    return {{"APPOINTMENT_ID", "The appointment's id, as 'appointment list' shows it.", true, false}};
}

std::vector<std::string> AppointmentStatusCommand::examples() const
{
    return {"carehouse-cli appointment status 7d1a...-... --status attended"};
}

ExitCode AppointmentStatusCommand::executeWithStore(CommandContext& ctx, const ParsedArguments& args,
                                                    record::RecordStore& store)
{
    const auto statusText = args.value("status");
    const auto status = model::appointmentStatusFromCode(statusText);
    if (!status)
        return ctx.usage(
            fmt::format("'{}' is not an appointment status: use attended, did-not-attend or cancelled.", statusText));
    if (auto st = store.require(security::Permission::ManageRecall); !st)
        return ctx.fail(st.error());
    const auto id = args.positional(0);
    auto found = record::FieldRecordReader(store).byId<model::Appointment>(id);
    if (!found)
        return ctx.fail(found.error());
    auto a = found->value;
    const bool unchanged = a.status == *status;
    if (auto st = recall::RecallBook(store).setStatus(id, *status); !st)
        return ctx.fail(st.error());
    a.status = *status;
    base::logInfo("appointment {} now {}", id, model::appointmentStatusCode(*status));
    if (ctx.global().json) {
        ctx.out() << RecallJson::appointment(a).dump(2) << '\n';
        return ExitCode::Ok;
    }
    std::string name;
    if (auto p = record::PatientRepository(store).patient(a.patientId))
        name = " for " + model::bannerName(p->value);
    auto statusWords = CycleWording::appointmentStatus(a.status);
    statusWords[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(statusWords[0])));
    const auto what = fmt::format("{}{} on {}", CycleWording::appointmentType(a.type), name, CycleWording::when(a));
    if (unchanged)
        ctx.out() << fmt::format("The {} is already marked {}; nothing changed.\n", what, statusWords);
    else
        ctx.out() << fmt::format("Marked the {} as {}.\n", what, statusWords);
    return ExitCode::Ok;
}

} // namespace carehouse::cli
