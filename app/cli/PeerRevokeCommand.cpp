#include "app/cli/PeerRevokeCommand.h"

#include "core/base/Clock.h"
#include "core/exchange/PeerDirectory.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <ostream>

namespace carehouse::cli {

std::string PeerRevokeCommand::name() const
{
    return "peer revoke";
}

std::string PeerRevokeCommand::summary() const
{
    return "Stop exchanging with a peer: nothing more is sent to it, and its later files are refused.";
}

std::string PeerRevokeCommand::description() const
{
    return "Files the peer made before now still open. If its keys may have been stolen (a lost laptop),\n"
           "add --compromised: every file signed with them is refused, whatever date it claims.\n"
           "PEER is the site id, or the peer's name or ODS code as 'peer list' shows it. Administrators\n"
           "and clinical leads; the revocation and its reason are audited.";
}

std::vector<Option> PeerRevokeCommand::options() const
{
    return {{"reason", "WORDS", "Why, kept with the peer and in the audit."},
            {"compromised", "", "The peer's keys may be in the wrong hands: refuse every file signed with them."}};
}

std::vector<Argument> PeerRevokeCommand::arguments() const
{
    return {{"PEER", "The peer's site id, name or ODS code.", true, true}};
}

std::vector<std::string> PeerRevokeCommand::examples() const
{
    return {"carehouse-cli --user admin peer revoke \"Riverside Diabetes Team\" --reason \"service closed\""};
}

ExitCode PeerRevokeCommand::executeWithStore(CommandContext& ctx, const ParsedArguments& args,
                                             record::RecordStore& store)
{
    auto revoked
        = exchange::PeerDirectory(store).revoke(args.positional(0), args.value("reason"), args.flag("compromised"));
    if (!revoked)
        return ctx.fail(revoked.error());
    if (ctx.global().json) {
        ctx.out() << nlohmann::json{{"siteId", revoked->siteId},
                                    {"name", revoked->name},
                                    {"revokedAt", base::formatTimestamp(*revoked->revokedAt)},
                                    {"reason", revoked->revokeReason},
                                    {"compromised", args.flag("compromised")}}
                         .dump(2)
                  << '\n';
        return ExitCode::Ok;
    }
    ctx.out() << fmt::format("Revoked {} on {}: nothing more will be sent to it, and ", revoked->name,
                             base::formatTimestamp(*revoked->revokedAt))
              << (args.flag("compromised") ? "every file signed with its keys is refused.\n"
                                           : "its files made from now on are refused.\n");
    return ExitCode::Ok;
}

} // namespace carehouse::cli
