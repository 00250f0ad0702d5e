#include "app/cli/ResultsImportCommand.h"

#include "app/cli/ErrorWording.h"
#include "core/base/Log.h"
#include "core/results/LabResultImport.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <ostream>

namespace carehouse::cli {

namespace {

std::string counted(std::size_t n, const char* one, const char* many)
{
    return fmt::format("{} {}", n, n == 1 ? one : many);
}

std::string summaryOf(const results::ImportReport& r)
{
    return fmt::format("Read {} from {} ({}): {} matched ({} converted from another unit, {}), {} unmatched (in the "
                       "unmatched results queue), {} (already imported; nothing added), {} rejected.",
                       counted(r.rows, "result", "results"), r.fileName, r.format, r.matched, r.converted,
                       counted(r.requestsFulfilled, "fulfilled pending test", "fulfilled pending tests"), r.unmatched,
                       counted(r.duplicates, "duplicate", "duplicates"), r.rejected);
}

} // namespace

std::string ResultsImportCommand::name() const
{
    return "results import";
}

std::string ResultsImportCommand::summary() const
{
    return "Import a laboratory results file (CSV or FHIR R4 JSON) and attach each result to its person.";
}

std::string ResultsImportCommand::description() const
{
    return "A result is attached only when its NHS number belongs to one person here and their date of birth\n"
           "agrees; anything else goes to the unmatched results queue ('results unmatched'), never attached\n"
           "by guess. Values are converted to CareHouse's unit (the original is kept), checked against the\n"
           "plausible range, and fulfil the person's pending test. A result already imported adds nothing.\n"
           "The file is one commit: when any row has a problem nothing is saved, unless --valid-rows.\n"
           "CSV columns (header row, any order): nhs_number, date_of_birth, system, code, value, unit,\n"
           "effective_date. FHIR: a Bundle of Observations (with their Patients) or one Observation.\n"
           "Progress is shown on stderr when it is a terminal.";
}

std::vector<Option> ResultsImportCommand::options() const
{
    return {
        {"valid-rows", "", "Import the rows without problems even when other rows have some."},
        {"dry-run", "", "Read, match and check the file, report what would happen, save nothing."},
    };
}

std::vector<Argument> ResultsImportCommand::arguments() const
{
    return {{"FILE", "The results file (quote a path with spaces).", true, false}};
}

std::vector<std::string> ResultsImportCommand::examples() const
{
    return {"carehouse-cli results import labs-2026-11-23.csv", "carehouse-cli results import bundle.json --dry-run",
            "carehouse-cli results import labs.csv --valid-rows"};
}

ExitCode ResultsImportCommand::executeWithStore(CommandContext& ctx, const ParsedArguments& args,
                                                record::RecordStore& store)
{
    const auto path = args.positional(0);
    results::LabResultImport::Options options;
    options.importValidRows = args.flag("valid-rows");
    options.dryRun = args.flag("dry-run");
    const bool showProgress = ctx.errIsTerminal() && !ctx.global().json;
    int lastPercent = -1;
    options.progress = [&](std::size_t done, std::size_t total) {
        if (showProgress && total > 0) {
            int percent = static_cast<int>(100 * done / total);
            if (percent != lastPercent) {
                lastPercent = percent;
                ctx.err() << fmt::format("\rChecking the results: {:3}% ({} of {})", percent, done, total)
                          << std::flush;
            }
        }
        return !ctx.cancelRequested();
    };
    auto imported = results::LabResultImport(store).importFile(path, options);
    if (showProgress && lastPercent >= 0)
        ctx.err() << '\n';
    if (!imported) {
        auto e = imported.error();
        if (e.code == base::ErrorCode::NotFound && e.field == "results file")
            e.value = path;
        return ctx.fail(e);
    }
    const auto& r = *imported;
    const bool refused = !r.problems.empty() && !options.importValidRows;
    const std::size_t good = r.rows - std::min(r.rows, r.rejected);
    std::string retry = fmt::format(
        "Nothing was imported because {} {} a problem. Correct {} and import the file again, or import the {} "
        "with 'carehouse-cli results import {} --valid-rows'.",
        counted(r.rejected, "row", "rows"), r.rejected == 1 ? "has" : "have", r.rejected == 1 ? "it" : "them",
        counted(good, "other row", "other rows"), path.find(' ') == std::string::npos ? path : "\"" + path + "\"");
    if (good == 0)
        retry = fmt::format("Nothing was imported because every row has a problem. Correct the file and import it "
                            "again.");
    if (ctx.global().json) {
        auto problems = nlohmann::json::array();
        for (const auto& p : r.problems)
            problems.push_back({{"file", p.file},
                                {"line", p.line},
                                {"field", p.field},
                                {"value", p.value},
                                {"code", std::string(base::errorCodeName(p.code))},
                                {"message", ErrorWording::rowProblem(p)}});
        nlohmann::json j
            = {{"file", r.fileName},       {"format", r.format},         {"rows", r.rows},
               {"matched", r.matched},     {"converted", r.converted},   {"requestsFulfilled", r.requestsFulfilled},
               {"unmatched", r.unmatched}, {"duplicates", r.duplicates}, {"rejected", r.rejected},
               {"saved", r.saved},         {"dryRun", options.dryRun},   {"problems", problems}};
        ctx.out() << j.dump(2) << '\n';
        if (refused)
            return ctx.refuse(ExitCode::Invalid, retry);
        return ExitCode::Ok;
    }
    ctx.out() << summaryOf(r) << '\n';
    for (const auto& p : r.problems)
        ctx.err() << ErrorWording::rowProblem(p) << '\n';
    if (refused)
        return ctx.refuse(ExitCode::Invalid, options.dryRun ? retry + " (This was a dry run.)" : retry);
    if (options.dryRun)
        ctx.out() << "Nothing was saved (--dry-run).\n";
    else if (!r.saved)
        ctx.out() << "Nothing new to add.\n";
    else if (r.rejected > 0)
        ctx.out() << fmt::format("The {} with problems {} not imported; the others were saved.\n",
                                 counted(r.rejected, "row", "rows"), r.rejected == 1 ? "was" : "were");
    base::logInfo("results import of '{}': {} rows, saved {}", r.fileName, r.rows, r.saved);
    return ExitCode::Ok;
}

} // namespace carehouse::cli
