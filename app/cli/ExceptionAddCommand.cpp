#include "app/cli/ExceptionAddCommand.h"

#include "app/cli/CycleWording.h"
#include "app/cli/PatientArgument.h"
#include "app/cli/RecallJson.h"
#include "core/base/Log.h"
#include "core/recall/RecallBook.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <ostream>

namespace carehouse::cli {

std::string ExceptionAddCommand::name() const
{
    return "exception add";
}

std::string ExceptionAddCommand::summary() const
{
    return "Record that a person declined their yearly review or it is unsuitable for them (clinicians).";
}

std::string ExceptionAddCommand::description() const
{
    return "A personalised care adjustment: while it lasts the person is not recalled. It starts today\n"
           "and ends on --until, which must be after today.";
}

std::vector<Option> ExceptionAddCommand::options() const
{
    return {
        {"kind", "KIND", "declined or unsuitable.", true},
        {"reason", "R", "Why, in words the team will understand later.", true},
        {"until", "DATE", "When it ends, day first (31/03/2027).", true},
        {"dry-run", "", "Check the exception, save nothing."},
    };
}

std::vector<Argument> ExceptionAddCommand::arguments() const
{
    return {{PatientArgument::kName, "The record id, or the NHS number (spaces allowed).", true, true}};
}

std::vector<std::string> ExceptionAddCommand::examples() const
{
    return {"carehouse-cli exception add 943 476 5919 --kind declined --reason \"Declined after two invitations\" "
            "--until 31/03/2027"};
}

ExitCode ExceptionAddCommand::executeWithStore(CommandContext& ctx, const ParsedArguments& args,
                                               record::RecordStore& store)
{
    const auto kindText = args.value("kind");
    const auto kind = model::exceptionKindFromCode(kindText);
    if (!kind)
        return ctx.usage(fmt::format("'{}' is not a kind of exception: use declined or unsuitable.", kindText));
    if (auto st = store.require(security::Permission::RecordException); !st)
        return ctx.fail(st.error());
    auto until = base::CivilDate::parse(args.value("until"), "expiry date");
    if (!until)
        return ctx.fail(until.error());
    auto patient = PatientArgument::resolve(store, args.positional(0));
    if (!patient)
        return ctx.fail(patient.error());
    const auto reason = args.value("reason");
    const auto today = ctx.clock().today();
    model::CareException e{{}, patient->id, *kind, reason, today, *until, false};
    const bool dryRun = args.flag("dry-run");
    if (dryRun) {
        if (reason.empty())
            return ctx.fail(base::Error::make(base::ErrorCode::RequiredField, "reason"));
        if (*until <= today)
            return ctx.fail(base::Error::make(base::ErrorCode::DateImplausible, "expiry date", until->display()));
    } else {
        auto recorded = recall::RecallBook(store).recordException(patient->id, *kind, reason, *until);
        if (!recorded)
            return ctx.fail(recorded.error());
        e.id = *recorded;
        base::logInfo("recorded {} exception for patient {}", kindText, patient->id);
    }
    if (ctx.global().json) {
        auto j = RecallJson::exception(e);
        j["saved"] = !dryRun;
        ctx.out() << j.dump(2) << '\n';
        return ExitCode::Ok;
    }
    const auto sentence = fmt::format("{} for {} ({}); they will not be recalled until then",
                                      CycleWording::exception(e), patient->name, reason);
    if (dryRun) {
        ctx.out() << fmt::format("Would record {}. Nothing was saved (--dry-run).\n", sentence);
        return ExitCode::Ok;
    }
    ctx.out() << e.id << '\n';
    ctx.err() << fmt::format("Recorded {}.\n", sentence);
    return ExitCode::Ok;
}

} // namespace carehouse::cli
