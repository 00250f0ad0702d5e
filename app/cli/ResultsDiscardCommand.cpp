#include "app/cli/ResultsDiscardCommand.h"

#include "core/base/Log.h"
#include "core/results/UnmatchedResults.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <ostream>

namespace carehouse::cli {

std::string ResultsDiscardCommand::name() const
{
    return "results discard";
}

std::string ResultsDiscardCommand::summary() const
{
    return "Close a result in the unmatched queue that belongs to nobody here, saying why.";
}

std::string ResultsDiscardCommand::description() const
{
    return "The entry is kept with the reason and who discarded it; it no longer shows in the queue.";
}

std::vector<Option> ResultsDiscardCommand::options() const
{
    return {{"reason", "R", "Why (\"not our patient: returned to the laboratory\").", true}};
}

std::vector<Argument> ResultsDiscardCommand::arguments() const
{
    return {{"UNMATCHED_ID", "The queue entry's id, as 'results unmatched' shows it.", true, false}};
}

std::vector<std::string> ResultsDiscardCommand::examples() const
{
    return {"carehouse-cli results discard 0b9e...-... --reason \"Not registered here; laboratory told\""};
}

ExitCode ResultsDiscardCommand::executeWithStore(CommandContext& ctx, const ParsedArguments& args,
                                                 record::RecordStore& store)
{
    const auto id = args.positional(0);
    const auto reason = args.value("reason");
    results::UnmatchedResults queue(store);
    if (auto st = queue.discard(id, reason); !st)
        return ctx.fail(st.error());
    base::logInfo("discarded unmatched result {}", id);
    if (ctx.global().json) {
        ctx.out() << nlohmann::json{{"id", id}, {"status", "discarded"}, {"reason", reason}}.dump(2) << '\n';
        return ExitCode::Ok;
    }
    ctx.out() << fmt::format("Discarded unmatched result {}: {}\n", id, reason);
    return ExitCode::Ok;
}

} // namespace carehouse::cli
