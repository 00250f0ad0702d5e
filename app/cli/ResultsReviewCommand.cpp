#include "app/cli/ResultsReviewCommand.h"

#include "core/base/Log.h"
#include "core/results/ResultsInbox.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <ostream>

namespace carehouse::cli {

std::string ResultsReviewCommand::name() const
{
    return "results review";
}

std::string ResultsReviewCommand::summary() const
{
    return "File a laboratory result from the inbox, or mark that it needs action (nurses, GPs, clinical leads).";
}

std::string ResultsReviewCommand::description() const
{
    return "Give exactly one of --file (seen, nothing to do) and --action COMMENT (what is to be done).\n"
           "The result itself never changes; the review is recorded beside it with who and when.";
}

std::vector<Option> ResultsReviewCommand::options() const
{
    return {
        {"file", "", "Seen; nothing further to do."},
        {"action", "COMMENT", "It needs action: say what (\"repeat in 3 months\", \"book GP review\")."},
        {"comment", "C", "A comment to keep with the review."},
    };
}

std::vector<Argument> ResultsReviewCommand::arguments() const
{
    return {{"RESULT_ID", "The result's id, as 'results inbox' shows it.", true, false}};
}

std::vector<std::string> ResultsReviewCommand::examples() const
{
    return {"carehouse-cli results review 5f0c...-... --file",
            "carehouse-cli results review 5f0c...-... --action \"Book a GP review of HbA1c\""};
}

ExitCode ResultsReviewCommand::executeWithStore(CommandContext& ctx, const ParsedArguments& args,
                                                record::RecordStore& store)
{
    const bool file = args.flag("file");
    const auto action = args.get("action");
    if (file == action.has_value())
        return ctx.usage("Say what to do with the result: give either --file or --action COMMENT; see "
                         "'carehouse-cli results review --help'.");
    if (action && action->empty())
        return ctx.usage("--action needs a comment saying what is to be done.");
    std::string comment = action ? *action : std::string();
    if (auto c = args.get("comment"); c && !c->empty())
        comment = comment.empty() ? *c : comment + " — " + *c;
    const auto id = args.positional(0);
    const auto outcome = file ? model::ResultReview::Outcome::Filed : model::ResultReview::Outcome::ActionNeeded;
    if (auto st = results::ResultsInbox(store).review(id, outcome, comment); !st)
        return ctx.fail(st.error());
    base::logInfo("reviewed result {} ({})", id, model::reviewOutcomeCode(outcome));
    if (ctx.global().json) {
        ctx.out() << nlohmann::json{{"id", id},
                                    {"outcome", std::string(model::reviewOutcomeCode(outcome))},
                                    {"comment", comment}}
                         .dump(2)
                  << '\n';
        return ExitCode::Ok;
    }
    ctx.out() << (file ? fmt::format("Filed result {}.\n", id)
                       : fmt::format("Marked result {} as needing action: {}\n", id, comment));
    return ExitCode::Ok;
}

} // namespace carehouse::cli
