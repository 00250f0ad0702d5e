#include "app/cli/ResultsInboxCommand.h"

#include "app/cli/TextTable.h"
#include "core/model/NhsNumber.h"
#include "core/results/ResultsInbox.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <ostream>

namespace carehouse::cli {

std::string ResultsInboxCommand::name() const
{
    return "results inbox";
}

std::string ResultsInboxCommand::summary() const
{
    return "List the laboratory results waiting for a clinician's review, abnormal first.";
}

std::string ResultsInboxCommand::description() const
{
    return "Results outside their target come first, then the longest waiting. File one with\n"
           "'results review RESULT_ID --file', or mark it for action with --action.";
}

std::vector<Option> ResultsInboxCommand::options() const
{
    return {{"limit", "N", "Show at most N results (default 1000)."}};
}

std::vector<Argument> ResultsInboxCommand::arguments() const
{
    return {};
}

std::vector<std::string> ResultsInboxCommand::examples() const
{
    return {"carehouse-cli results inbox", "carehouse-cli results inbox --json"};
}

ExitCode ResultsInboxCommand::executeWithStore(CommandContext& ctx, const ParsedArguments& args,
                                               record::RecordStore& store)
{
    std::size_t limit = 1000;
    if (auto v = args.get("limit")) {
        int n = 0;
        try {
            n = std::stoi(*v);
        } catch (...) {
            n = 0;
        }
        if (n < 1 || n > 100000)
            return ctx.refuse(ExitCode::Invalid, fmt::format("--limit '{}' is not a number from 1 to 100000.", *v));
        limit = static_cast<std::size_t>(n);
    }
    auto items = results::ResultsInbox(store).awaitingReview(limit);
    if (!items)
        return ctx.fail(items.error());
    if (ctx.global().json) {
        auto j = nlohmann::json::array();
        for (const auto& i : *items)
            j.push_back({{"id", i.result.id},
                         {"patientId", i.result.patientId},
                         {"patientName", i.patientName},
                         {"nhsNumber", i.nhsNumber},
                         {"nhsNumberDisplay", model::displayNhsNumber(i.nhsNumber)},
                         {"born", i.birthDate},
                         {"test", i.itemName},
                         {"code", i.result.code},
                         {"effectiveDate", i.result.effective.iso()},
                         {"value", i.result.value ? nlohmann::json(*i.result.value) : nlohmann::json(nullptr)},
                         {"value2", i.result.value2 ? nlohmann::json(*i.result.value2) : nlohmann::json(nullptr)},
                         {"unit", i.result.unit},
                         {"display", i.valueText},
                         {"original", i.originalText},
                         {"flag", i.flag.empty() ? nlohmann::json(nullptr) : nlohmann::json(i.flag)}});
        ctx.out() << j.dump(2) << '\n';
        return ExitCode::Ok;
    }
    if (items->empty()) {
        ctx.out() << "No laboratory results are waiting for review.\n";
        return ExitCode::Ok;
    }
    TextTable table({"Result id", "Patient", "NHS number", "Born", "Test", "Value", "Taken", "Flag"});
    for (const auto& i : *items)
        table.addRow({i.result.id, i.patientName, model::displayNhsNumber(i.nhsNumber), i.birthDate, i.itemName,
                      i.originalText.empty() ? i.valueText : fmt::format("{} (was {})", i.valueText, i.originalText),
                      i.result.effective.display(), i.flag.empty() ? "Within target" : i.flag});
    table.print(ctx.out());
    ctx.out() << fmt::format("{} {} waiting for review.\n", items->size(), items->size() == 1 ? "result" : "results");
    return ExitCode::Ok;
}

} // namespace carehouse::cli
