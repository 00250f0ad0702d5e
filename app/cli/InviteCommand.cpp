#include "app/cli/InviteCommand.h"

#include "app/cli/CycleWording.h"
#include "app/cli/PatientArgument.h"
#include "core/base/Log.h"
#include "core/recall/RecallBook.h"
#include "core/recall/RecallPolicy.h"
#include "core/recall/Worklist.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <ostream>

namespace carehouse::cli {

namespace {

std::string ordinal(int n)
{
    switch (n) {
    case 1: return "first";
    case 2: return "second";
    case 3: return "third";
    default: return fmt::format("{}th", n);
    }
}

} // namespace

std::string InviteCommand::name() const
{
    return "invite";
}

std::string InviteCommand::summary() const
{
    return "Record an invitation to a person's yearly diabetes review (letter, SMS or phone).";
}

std::string InviteCommand::description() const
{
    return "The person must be on the diabetes register. A second invitation can only go 7 days after the\n"
           "first; two invitations that far apart let the review be recorded as declined.";
}

std::vector<Option> InviteCommand::options() const
{
    return {
        {"method", "M", "How: letter, sms or phone.", true},
        {"date", "DATE", "When it was sent, day first (default: today); never in the future."},
        {"note", "N", "A note to keep with the invitation."},
        {"dry-run", "", "Check that the invitation may go, save nothing."},
    };
}

std::vector<Argument> InviteCommand::arguments() const
{
    return {{PatientArgument::kName, "The record id, or the NHS number (spaces allowed).", true, true}};
}

std::vector<std::string> InviteCommand::examples() const
{
    return {"carehouse-cli invite 943 476 5919 --method letter",
            "carehouse-cli invite 9434765919 --method phone --date 20/11/2026 --note \"Left a message\""};
}

ExitCode InviteCommand::executeWithStore(CommandContext& ctx, const ParsedArguments& args, record::RecordStore& store)
{
    const auto methodText = args.value("method");
    const auto method = model::invitationMethodFromCode(methodText);
    if (!method)
        return ctx.usage(fmt::format("'{}' is not a way to invite: use letter, sms or phone.", methodText));
    if (auto st = store.require(security::Permission::ManageRecall); !st)
        return ctx.fail(st.error());
    auto patient = PatientArgument::resolve(store, args.positional(0));
    if (!patient)
        return ctx.fail(patient.error());
    const auto today = ctx.clock().today();
    base::CivilDate sentOn = today;
    if (auto d = args.get("date")) {
        auto parsed = base::CivilDate::parse(*d, "invitation date");
        if (!parsed)
            return ctx.fail(parsed.error());
        sentOn = *parsed;
    }
    if (sentOn > today)
        return ctx.fail(base::Error::make(base::ErrorCode::DateInFuture, "invitation date", sentOn.display()));
    auto cycle = recall::WorklistReader(store).cycleOf(patient->id);
    if (!cycle) {
        auto e = cycle.error();
        if (e.code == base::ErrorCode::NotFound)
            e.value = patient->name;
        return ctx.fail(e);
    }
    const bool dryRun = args.flag("dry-run");
    std::string id;
    if (dryRun) {
        if (cycle->invitations > 0 && sentOn < cycle->nextInvitationFrom)
            return ctx.fail(base::Error::make(base::ErrorCode::TooSoon, "invitation", sentOn.iso())
                                .withHint(cycle->nextInvitationFrom.iso()));
    } else {
        auto invited = recall::RecallBook(store).invite(patient->id, *method, sentOn, args.value("note"));
        if (!invited) {
            auto e = invited.error();
            if (e.code == base::ErrorCode::NotFound && e.field == "diabetes register")
                e.value = patient->name;
            return ctx.fail(e);
        }
        id = *invited;
        base::logInfo("recorded invitation for patient {}", patient->id);
    }
    const int number = cycle->invitations + 1;
    auto policy = recall::RecallPolicy::forPractice(store);
    const auto nextFrom = sentOn.addDays(policy ? policy->daysBetweenInvitations : 7);
    if (ctx.global().json) {
        ctx.out() << nlohmann::json{{"id", id},
                                    {"patientId", patient->id},
                                    {"method", std::string(model::invitationMethodCode(*method))},
                                    {"sentOn", sentOn.iso()},
                                    {"note", args.value("note")},
                                    {"invitationInCycle", number},
                                    {"dueDate",
                                     cycle->dueDate.valid() ? nlohmann::json(cycle->dueDate.iso())
                                                            : nlohmann::json(nullptr)},
                                    {"nextInvitationFrom", nextFrom.iso()},
                                    {"saved", !dryRun}}
                         .dump(2)
                  << '\n';
        return ExitCode::Ok;
    }
    const auto sentence = fmt::format("the {} invitation this cycle ({}) for {}, sent {}", ordinal(number),
                                      CycleWording::method(*method), patient->name, sentOn.display());
    if (dryRun) {
        ctx.out() << fmt::format("Would record {}. Nothing was saved (--dry-run).\n", sentence);
        return ExitCode::Ok;
    }
    ctx.out() << id << '\n';
    ctx.err() << fmt::format("Recorded {}.", sentence)
              << (number == 1 ? fmt::format(" A second invitation may go from {}.\n", nextFrom.display())
                              : std::string("\n"));
    return ExitCode::Ok;
}

} // namespace carehouse::cli
