#include "app/cli/SiteNewIncarnationCommand.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <ostream>

namespace carehouse::cli {

std::string SiteNewIncarnationCommand::name() const
{
    return "site new-incarnation";
}

std::string SiteNewIncarnationCommand::summary() const
{
    return "After restoring a backup: start a new incarnation so this site's version ids never repeat.";
}

std::string SiteNewIncarnationCommand::description() const
{
    return "A restored database would otherwise hand out again version numbers it already sent to peers\n"
           "before the backup was taken. Run this once after restoring, before exchanging any file.\n"
           "CareHouse does it by itself when it sees the database is a new file (copied, or restored\n"
           "to a new file); copying a backup over the existing file keeps the file, so run it then.\n"
           "Administrators and clinical leads.";
}

std::vector<Option> SiteNewIncarnationCommand::options() const
{
    return {{"reason", "WORDS", "Why (default: restored), kept in the audit."}};
}

std::vector<Argument> SiteNewIncarnationCommand::arguments() const
{
    return {};
}

std::vector<std::string> SiteNewIncarnationCommand::examples() const
{
    return {"carehouse-cli --user admin site new-incarnation --reason \"restored Monday's backup\""};
}

ExitCode SiteNewIncarnationCommand::executeWithStore(CommandContext& ctx, const ParsedArguments& args,
                                                     record::RecordStore& store)
{
    const std::string before = store.site().incarnation;
    if (auto st = store.startNewIncarnation(args.value("reason", "restored")); !st)
        return ctx.fail(st.error());
    if (ctx.global().json) {
        ctx.out() << nlohmann::json{{"previous", before}, {"incarnation", store.site().incarnation}}.dump(2) << '\n';
        return ExitCode::Ok;
    }
    ctx.out() << fmt::format("Started a new incarnation of {} ({}); changes from now on can never be confused "
                             "with ones made before the backup.\n",
                             store.site().name, store.site().incarnation);
    return ExitCode::Ok;
}

} // namespace carehouse::cli
