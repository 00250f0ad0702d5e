#include "app/cli/VerifyCommand.h"

#include "core/base/Log.h"
#include "core/record/IntegrityCheck.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <ostream>

namespace carehouse::cli {

std::string VerifyCommand::name() const
{
    return "verify";
}

std::string VerifyCommand::summary() const
{
    return "Check that the database holds together; exit 0 only if every check passes.";
}

std::string VerifyCommand::description() const
{
    return "Three checks: SQLite's own integrity check; every current row equal to its latest version in\n"
           "the journal; and an unbroken audit hash chain (any edit to the audit trail breaks it).\n"
           "Exit code 7 when a check fails.";
}

std::vector<Option> VerifyCommand::options() const
{
    return {};
}

std::vector<Argument> VerifyCommand::arguments() const
{
    return {};
}

std::vector<std::string> VerifyCommand::examples() const
{
    return {"carehouse-cli --user admin verify"};
}

ExitCode VerifyCommand::executeWithStore(CommandContext& ctx, const ParsedArguments&, record::RecordStore& store)
{
    auto report = record::IntegrityCheck(store).run();
    if (!report)
        return ctx.fail(report.error());
    const auto& r = *report;
    for (const auto& p : r.problems)
        base::logWarning("verify: {}", p);
    if (ctx.global().json) {
        nlohmann::json j = {{"ok", r.ok()},
                            {"sqlite", r.sqliteOk},
                            {"projection", r.projectionOk},
                            {"audit", r.auditOk},
                            {"journalVersions", r.journalVersions},
                            {"records", r.records},
                            {"auditEntries", r.auditEntries},
                            {"auditBrokenAt", r.auditBrokenAt},
                            {"problems", r.problems}};
        ctx.out() << j.dump(2) << '\n';
    } else {
        auto& out = ctx.out();
        auto mark = [](bool ok) { return ok ? "OK" : "FAILED"; };
        out << fmt::format("Database file (SQLite integrity):        {}\n", mark(r.sqliteOk));
        out << fmt::format("Current records match the journal:      {}\n", mark(r.projectionOk));
        out << fmt::format("Audit trail unbroken (hash chain):       {}{}\n", mark(r.auditOk),
                           r.auditBrokenAt > 0 ? fmt::format(" (first broken entry: {})", r.auditBrokenAt)
                                               : std::string());
        out << fmt::format("Checked {} journal versions, {} records and {} audit entries.\n", r.journalVersions,
                           r.records, r.auditEntries);
        if (!r.problems.empty()) {
            out << "Problems:\n";
            for (const auto& p : r.problems)
                out << "  - " << p << '\n';
        }
    }
    if (!r.ok()) {
        ctx.err() << "The database failed verification. Stop using it, tell your practice manager and keep this "
                     "output; restore the latest good backup if support advises.\n";
        return ExitCode::IntegrityFailed;
    }
    return ExitCode::Ok;
}

} // namespace carehouse::cli
