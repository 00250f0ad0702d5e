#include "app/cli/WorklistCommand.h"

#include "app/cli/CsvWriter.h"
#include "app/cli/CycleWording.h"
#include "app/cli/RecallJson.h"
#include "app/cli/TextTable.h"
#include "core/model/NhsNumber.h"
#include "core/recall/Worklist.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <ostream>

namespace carehouse::cli {

namespace {

std::string listOfLists()
{
    std::vector<std::pair<std::string, std::string>> rows;
    std::size_t width = 0;
    for (auto kind : recall::allWorklists()) {
        rows.emplace_back(std::string(recall::worklistCode(kind)), CycleWording::worklistDescription(kind));
        width = std::max(width, rows.back().first.size());
    }
    std::string s;
    for (const auto& [code, text] : rows)
        s += fmt::format("  {:<{}}  {}\n", code, width, text);
    return s;
}

std::string alsoReviewed(const recall::WorklistRow& row)
{
    std::string s;
    for (const auto& term : row.alsoReviewed)
        s += (s.empty() ? "" : "; ") + term;
    return s;
}

std::vector<std::string> cells(const recall::WorklistRow& row, base::CivilDate today)
{
    const auto& c = row.cycle;
    const auto born = row.birthDate.valid()
        ? fmt::format("{} ({})", row.birthDate.display(), base::formatAge(row.birthDate, today))
        : std::string("Not known");
    return {row.name,
            row.nhsNumber.empty() ? std::string("None") : model::displayNhsNumber(row.nhsNumber),
            born,
            CycleWording::stage(c.stage),
            c.dueDate.valid() ? c.dueDate.display() : std::string("Not known"),
            std::to_string(c.daysOverdue(today)),
            CycleWording::invitations(c),
            CycleWording::cycleAppointment(c),
            CycleWording::testsAwaited(c),
            c.exception ? CycleWording::exception(*c.exception) : std::string("None"),
            alsoReviewed(row)};
}

const std::vector<std::string> kHeaders
    = {"Name",        "NHS number",  "Born",          "Stage",     "Due",          "Days overdue",
       "Invitations", "Appointment", "Tests awaited", "Exception", "Also reviewed"};

} // namespace

std::string WorklistCommand::name() const
{
    return "worklist";
}

std::string WorklistCommand::summary() const
{
    return "Show one worklist of the yearly cycle (who is due, invited, awaiting results...).";
}

std::string WorklistCommand::description() const
{
    return "The lists (see 'carehouse-cli worklist list'):\n" + listOfLists()
        + "Everyone on the diabetes register is in the cycle; the most overdue come first.\n"
          "--csv prints a header row and one row per person, with dates as dd-Mmm-yyyy.";
}

std::vector<Option> WorklistCommand::options() const
{
    return {{"csv", "", "Print CSV (a header row, then one row per person) for a spreadsheet or mail merge."}};
}

std::vector<Argument> WorklistCommand::arguments() const
{
    return {{"NAME",
             "Which list: due, invited-once, invited-twice, surveillance-to-book, results-awaiting, "
             "letters-to-send, care-planning-to-book, exceptions; 'list' names them.",
             true, false}};
}

std::vector<std::string> WorklistCommand::examples() const
{
    return {"carehouse-cli worklist due", "carehouse-cli worklist invited-twice --json",
            "carehouse-cli worklist letters-to-send --csv > letters.csv", "carehouse-cli worklist list"};
}

ExitCode WorklistCommand::executeWithStore(CommandContext& ctx, const ParsedArguments& args, record::RecordStore& store)
{
    const auto name = args.positional(0);
    if (name == "list") {
        if (ctx.global().json) {
            auto j = nlohmann::json::array();
            for (auto kind : recall::allWorklists())
                j.push_back({{"name", std::string(recall::worklistCode(kind))},
                             {"description", CycleWording::worklistDescription(kind)}});
            ctx.out() << j.dump(2) << '\n';
        } else {
            ctx.out() << listOfLists();
        }
        return ExitCode::Ok;
    }
    const auto kind = recall::worklistFromCode(name);
    if (!kind) {
        ctx.err() << "The worklists are:\n" << listOfLists();
        return ctx.usage(fmt::format("'{}' is not a worklist; use one of the names above.", name));
    }
    if (ctx.global().json && args.flag("csv"))
        return ctx.usage("Give --json or --csv, not both.");
    auto rows = recall::WorklistReader(store).list(*kind);
    if (!rows)
        return ctx.fail(rows.error());
    const auto today = ctx.clock().today();
    if (ctx.global().json) {
        auto j = nlohmann::json::array();
        for (const auto& r : *rows)
            j.push_back(RecallJson::worklistRow(r, today));
        ctx.out() << j.dump(2) << '\n';
        return ExitCode::Ok;
    }
    if (args.flag("csv")) {
        CsvWriter csv(ctx.out());
        csv.row(kHeaders);
        for (const auto& r : *rows)
            csv.row(cells(r, today));
        return ExitCode::Ok;
    }
    if (rows->empty()) {
        ctx.out() << fmt::format("No one is on the '{}' list. ({})\n", name, CycleWording::worklistDescription(*kind));
        return ExitCode::Ok;
    }
    TextTable table(kHeaders);
    for (const auto& r : *rows)
        table.addRow(cells(r, today));
    table.print(ctx.out());
    ctx.out() << fmt::format("{} {} on the '{}' list: {}\n", rows->size(), rows->size() == 1 ? "person" : "people",
                             name, CycleWording::worklistDescription(*kind));
    return ExitCode::Ok;
}

} // namespace carehouse::cli
