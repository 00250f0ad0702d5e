#include "app/cli/ExchangeExportCommand.h"

#include "app/cli/KeyPassphrase.h"
#include "core/exchange/ExchangeExport.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <ostream>

namespace carehouse::cli {

namespace {

std::string plural(std::size_t n, const char* one, const char* many)
{
    return fmt::format("{} {}", n, n == 1 ? one : many);
}

} // namespace

std::string ExchangeExportCommand::name() const
{
    return "exchange export";
}

std::string ExchangeExportCommand::summary() const
{
    return "Write one exchange file for a peer with every change it has not acknowledged.";
}

std::string ExchangeExportCommand::description() const
{
    return "The file carries every version the peer has not yet told this site it holds, of the people its\n"
           "sharing rule allows (the others are counted as withheld), and what this site holds, so the peer\n"
           "stops re-sending it. It is signed with this site's key and encrypted to the peer, written under a\n"
           "temporary name, read back and verified, and only then renamed into the folder: a peer never sees\n"
           "half a file. A file is written even with no new changes (it still acknowledges what arrived).\n"
           "Needs the site key passphrase. Administrators, clinical leads, nurses and GPs.";
}

std::vector<Option> ExchangeExportCommand::options() const
{
    return {{"to", "PEER", "The peer: its site id, name or ODS code (see 'peer list').", true},
            {"out", "DIR", "The folder to write the file to (the shared folder, or removable media).", true},
            KeyPassphrase::fileOption()};
}

std::vector<Argument> ExchangeExportCommand::arguments() const
{
    return {};
}

std::vector<std::string> ExchangeExportCommand::examples() const
{
    return {"carehouse-cli --user nurse exchange export --to F84001 --out /mnt/shared/carehouse"};
}

ExitCode ExchangeExportCommand::executeWithStore(CommandContext& ctx, const ParsedArguments& args,
                                                 record::RecordStore& store)
{
    if (auto st = store.require(security::Permission::ExchangeRecords); !st)
        return ctx.fail(st.error());
    KeyPassphrase passphrase(ctx);
    auto text = passphrase.obtain(args);
    if (!text)
        return ctx.refuse(passphrase.problemCode(), passphrase.problem());

    bool progressShown = false;
    auto progress = [&](std::size_t done, std::size_t total) {
        if (ctx.cancelRequested())
            return false;
        if (ctx.errIsTerminal()) {
            ctx.err() << fmt::format("\rPreparing the exchange file: {} of {} versions", done, total);
            ctx.err().flush();
            progressShown = true;
        }
        return true;
    };
    auto written = exchange::ExchangeExport(store).toPeer(args.value("to"), args.value("out"), *text, progress);
    if (progressShown)
        ctx.err() << '\n';
    if (!written)
        return ctx.fail(written.error());

    if (ctx.global().json) {
        nlohmann::json j
            = {{"file", written->path},         {"files", written->files},       {"peerSiteId", written->peerSiteId},
               {"peer", written->peerName},     {"versions", written->versions}, {"people", written->people},
               {"withheld", written->withheld}, {"bytes", written->bytes}};
        ctx.out() << j.dump(2) << '\n';
        return ExitCode::Ok;
    }
    // Every file on a line of its own, first to import first (scripts read these lines).
    for (const auto& file : written->files)
        ctx.out() << file << '\n';
    if (written->files.size() > 1)
        ctx.out() << fmt::format("The export is in {} parts: import them in this order.\n", written->files.size());
    ctx.out() << fmt::format("Wrote the exchange file for {}: {} of {}", written->peerName,
                             plural(written->versions, "version", "versions"),
                             plural(written->people, "person", "people"));
    if (written->withheld > 0)
        ctx.out() << fmt::format("; {} withheld (people its sharing rule does not allow)",
                                 plural(written->withheld, "version", "versions"));
    ctx.out() << fmt::format(" ({} bytes).\n", written->bytes);
    if (written->versions == 0)
        ctx.out() << "Nothing new for this peer; the file still tells it what arrived here.\n";
    return ExitCode::Ok;
}

} // namespace carehouse::cli
