#include "app/cli/ResultsUnmatchedCommand.h"

#include "app/cli/TextTable.h"
#include "core/results/UnmatchedResults.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <ostream>

namespace carehouse::cli {

namespace {

std::string reasonText(model::UnmatchedResult::Reason r)
{
    switch (r) {
    case model::UnmatchedResult::Reason::NoNhsNumber: return "No valid NHS number";
    case model::UnmatchedResult::Reason::NotOnRegister: return "NHS number not registered here";
    case model::UnmatchedResult::Reason::BirthDateDiffers: return "Date of birth differs";
    case model::UnmatchedResult::Reason::TwoRecords: return "Two records have this NHS number (see 'duplicates list')";
    }
    return {};
}

} // namespace

std::string ResultsUnmatchedCommand::name() const
{
    return "results unmatched";
}

std::string ResultsUnmatchedCommand::summary() const
{
    return "List the laboratory results that could not be attached to a person with certainty.";
}

std::string ResultsUnmatchedCommand::description() const
{
    return "Each waits exactly as received, with why it was not attached, until someone attaches it\n"
           "('results match UNMATCHED_ID PATIENT') or discards it ('results discard UNMATCHED_ID --reason R').";
}

std::vector<Option> ResultsUnmatchedCommand::options() const
{
    return {};
}

std::vector<Argument> ResultsUnmatchedCommand::arguments() const
{
    return {};
}

std::vector<std::string> ResultsUnmatchedCommand::examples() const
{
    return {"carehouse-cli results unmatched", "carehouse-cli results unmatched --json"};
}

ExitCode ResultsUnmatchedCommand::executeWithStore(CommandContext& ctx, const ParsedArguments&,
                                                   record::RecordStore& store)
{
    auto items = results::UnmatchedResults(store).open();
    if (!items)
        return ctx.fail(items.error());
    if (ctx.global().json) {
        auto j = nlohmann::json::array();
        for (const auto& i : *items) {
            const auto& u = i.result;
            j.push_back(
                {{"id", u.id},
                 {"reason", std::string(model::unmatchedReasonCode(u.reason))},
                 {"reasonDisplay", reasonText(u.reason)},
                 {"nhsNumber", u.nhsNumber},
                 {"birthDate", u.birthDate},
                 {"test", i.itemName},
                 {"code", u.code},
                 {"value", u.value ? nlohmann::json(*u.value) : nlohmann::json(nullptr)},
                 {"display", i.valueText},
                 {"originalValue", u.originalValue ? nlohmann::json(*u.originalValue) : nlohmann::json(nullptr)},
                 {"originalUnit", u.originalUnit},
                 {"effectiveDate", u.effective.iso()},
                 {"receivedOn", u.receivedOn.iso()},
                 {"sourceFile", u.sourceFile}});
        }
        ctx.out() << j.dump(2) << '\n';
        return ExitCode::Ok;
    }
    if (items->empty()) {
        ctx.out() << "The unmatched results queue is empty.\n";
        return ExitCode::Ok;
    }
    TextTable table({"Unmatched id", "Test", "Value", "Taken", "NHS number given", "Born (given)", "Why not attached",
                     "File", "Received"});
    for (const auto& i : *items) {
        const auto& u = i.result;
        table.addRow({u.id, i.itemName, i.valueText, u.effective.display(), u.nhsNumber.empty() ? "None" : u.nhsNumber,
                      u.birthDate.empty() ? "None" : u.birthDate, reasonText(u.reason), u.sourceFile,
                      u.receivedOn.display()});
    }
    table.print(ctx.out());
    ctx.out() << fmt::format("{} {} in the unmatched results queue.\n", items->size(),
                             items->size() == 1 ? "result" : "results");
    return ExitCode::Ok;
}

} // namespace carehouse::cli
