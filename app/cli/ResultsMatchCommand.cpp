#include "app/cli/ResultsMatchCommand.h"

#include "app/cli/PatientArgument.h"
#include "core/base/Log.h"
#include "core/results/UnmatchedResults.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <ostream>

namespace carehouse::cli {

std::string ResultsMatchCommand::name() const
{
    return "results match";
}

std::string ResultsMatchCommand::summary() const
{
    return "Attach a result from the unmatched queue to the person it belongs to.";
}

std::string ResultsMatchCommand::description() const
{
    return "Check the person first: the result carries the NHS number and date of birth the laboratory\n"
           "gave ('results unmatched'). The result is attached and the queue entry closed in one commit.";
}

std::vector<Option> ResultsMatchCommand::options() const
{
    return {{"dry-run", "", "Show what would be attached to whom, save nothing."}};
}

std::vector<Argument> ResultsMatchCommand::arguments() const
{
    return {{"UNMATCHED_ID", "The queue entry's id, as 'results unmatched' shows it.", true, false},
            {PatientArgument::kName, "The record id, or the NHS number (spaces allowed).", true, true}};
}

std::vector<std::string> ResultsMatchCommand::examples() const
{
    return {"carehouse-cli results match 0b9e...-... 943 476 5919"};
}

ExitCode ResultsMatchCommand::executeWithStore(CommandContext& ctx, const ParsedArguments& args,
                                               record::RecordStore& store)
{
    if (auto st = store.require(security::Permission::ImportResults); !st)
        return ctx.fail(st.error());
    const auto unmatchedId = args.positional(0);
    results::UnmatchedResults queue(store);
    auto entry = queue.find(unmatchedId);
    if (!entry)
        return ctx.fail(entry.error());
    auto patient = PatientArgument::resolve(store, args.positional(1));
    if (!patient)
        return ctx.fail(patient.error());
    const auto what = fmt::format("{}{} from {}", entry->itemName,
                                  entry->valueText.empty() ? std::string() : " " + entry->valueText,
                                  entry->result.effective.display());
    const bool dryRun = args.flag("dry-run");
    std::string observationId;
    if (dryRun) {
        if (entry->result.status != model::UnmatchedResult::Status::Open)
            return ctx.fail(base::Error::make(base::ErrorCode::InvalidState, "unmatched result", unmatchedId)
                                .withDetail(std::string(model::unmatchedStatusCode(entry->result.status))));
    } else {
        auto matched = queue.match(unmatchedId, patient->id);
        if (!matched)
            return ctx.fail(matched.error());
        observationId = *matched;
        base::logInfo("matched unmatched result {} to patient {}", unmatchedId, patient->id);
    }
    if (ctx.global().json) {
        ctx.out() << nlohmann::json{{"unmatchedId", unmatchedId},
                                    {"observationId", observationId},
                                    {"patientId", patient->id},
                                    {"saved", !dryRun}}
                         .dump(2)
                  << '\n';
        return ExitCode::Ok;
    }
    if (dryRun)
        ctx.out() << fmt::format("Would attach {} to {}. Nothing was saved (--dry-run).\n", what, patient->name);
    else
        ctx.out() << fmt::format("Attached {} to {}; it is in the results inbox for review.\n", what, patient->name);
    return ExitCode::Ok;
}

} // namespace carehouse::cli
