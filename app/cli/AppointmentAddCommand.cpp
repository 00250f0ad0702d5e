#include "app/cli/AppointmentAddCommand.h"

#include "app/cli/CycleWording.h"
#include "app/cli/PatientArgument.h"
#include "app/cli/RecallJson.h"
#include "core/base/Log.h"
#include "core/recall/RecallBook.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <ostream>

namespace carehouse::cli {

std::string AppointmentAddCommand::name() const
{
    return "appointment add";
}

std::string AppointmentAddCommand::summary() const
{
    return "Book a surveillance appointment or a care planning consultation.";
}

std::string AppointmentAddCommand::description() const
{
    return "--at takes the date and the 24-hour time: \"03/12/2026 10:30\", \"03-Dec-2026 10:30\" or\n"
           "2026-12-03T10:30. Quote it when it has a space.";
}

std::vector<Option> AppointmentAddCommand::options() const
{
    return {
        {"type", "TYPE", "surveillance (the HCA's tests) or care-planning (the consultation).", true},
        {"at", "DATETIME", "When: \"03/12/2026 10:30\" or 2026-12-03T10:30.", true},
        {"with", "NAME", "Who the person will see (\"Hannah Osei (HCA)\")."},
        {"place", "P", "Where (\"Room 3\")."},
        {"dry-run", "", "Check the booking, save nothing."},
    };
}

std::vector<Argument> AppointmentAddCommand::arguments() const
{
    return {{PatientArgument::kName, "The record id, or the NHS number (spaces allowed).", true, true}};
}

std::vector<std::string> AppointmentAddCommand::examples() const
{
    return {"carehouse-cli appointment add 943 476 5919 --type surveillance --at \"03/12/2026 10:30\" --with "
            "\"Hannah Osei (HCA)\"",
            "carehouse-cli appointment add 9434765919 --type care-planning --at 2026-12-17T09:10 --place \"Room 2\""};
}

base::Status AppointmentAddCommand::parseWhen(const std::string& text, base::CivilDate& date, int& minuteOfDay)
{
    auto split = text.find_last_of(" T");
    if (split == std::string::npos || split == 0 || split + 1 >= text.size())
        return base::Error::make(base::ErrorCode::InvalidArgument, "appointment time", text);
    auto datePart = text.substr(0, split);
    while (!datePart.empty() && datePart.back() == ' ')
        datePart.pop_back();
    auto parsed = base::CivilDate::parse(datePart, "appointment date");
    if (!parsed)
        return parsed.error();
    auto minute = model::parseTimeOfDay(text.substr(split + 1));
    if (!minute)
        return base::Error::make(base::ErrorCode::InvalidArgument, "appointment time", text.substr(split + 1));
    date = *parsed;
    minuteOfDay = *minute;
    return {};
}

ExitCode AppointmentAddCommand::executeWithStore(CommandContext& ctx, const ParsedArguments& args,
                                                 record::RecordStore& store)
{
    const auto typeText = args.value("type");
    const auto type = model::appointmentTypeFromCode(typeText);
    if (!type)
        return ctx.usage(fmt::format("'{}' is not an appointment type: use surveillance or care-planning.", typeText));
    model::Appointment a;
    a.type = *type;
    const auto at = args.value("at");
    if (auto st = parseWhen(at, a.date, a.minuteOfDay); !st) {
        if (st.error().code == base::ErrorCode::InvalidArgument)
            return ctx.refuse(ExitCode::Invalid,
                              fmt::format("'{}' is not a date and time CareHouse understands: write the date day "
                                          "first and the 24-hour time, as \"03/12/2026 10:30\" or 2026-12-03T10:30.",
                                          at));
        return ctx.fail(st.error());
    }
    if (auto st = store.require(security::Permission::ManageRecall); !st)
        return ctx.fail(st.error());
    auto patient = PatientArgument::resolve(store, args.positional(0));
    if (!patient)
        return ctx.fail(patient.error());
    a.patientId = patient->id;
    a.withWhom = args.value("with");
    a.place = args.value("place");
    const bool dryRun = args.flag("dry-run");
    if (dryRun) {
        if (a.date < ctx.clock().today().addDays(-1))
            return ctx.fail(base::Error::make(base::ErrorCode::DateImplausible, "appointment date", a.date.display()));
    } else {
        auto booked = recall::RecallBook(store).book(a);
        if (!booked)
            return ctx.fail(booked.error());
        a.id = *booked;
        base::logInfo("booked {} appointment for patient {}", model::appointmentTypeCode(a.type), patient->id);
    }
    if (ctx.global().json) {
        auto j = RecallJson::appointment(a);
        j["saved"] = !dryRun;
        ctx.out() << j.dump(2) << '\n';
        return ExitCode::Ok;
    }
    std::string sentence
        = fmt::format("a {} for {} on {}", CycleWording::appointmentType(a.type), patient->name, CycleWording::when(a));
    if (!a.withWhom.empty())
        sentence += " with " + a.withWhom;
    if (!a.place.empty())
        sentence += " in " + a.place;
    if (dryRun) {
        ctx.out() << fmt::format("Would book {}. Nothing was saved (--dry-run).\n", sentence);
        return ExitCode::Ok;
    }
    ctx.out() << a.id << '\n';
    ctx.err() << fmt::format("Booked {}.\n", sentence);
    return ExitCode::Ok;
}

} // namespace carehouse::cli
