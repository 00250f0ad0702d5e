#include "app/cli/PeerListCommand.h"

#include "app/cli/TextTable.h"
#include "core/base/Clock.h"
#include "core/exchange/PeerDirectory.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <ostream>

namespace carehouse::cli {

namespace {

std::string when(const std::optional<std::int64_t>& millis)
{
    return millis ? base::formatTimestamp(*millis) : std::string("never");
}

nlohmann::json optionalJson(const std::optional<std::int64_t>& millis)
{
    return millis ? nlohmann::json(base::formatTimestamp(*millis)) : nlohmann::json(nullptr);
}

} // namespace

std::string PeerListCommand::name() const
{
    return "peer list";
}

std::string PeerListCommand::summary() const
{
    return "List the peers with their sharing rule and exchange status.";
}

std::string PeerListCommand::description() const
{
    return "Revoked peers are listed too, with when and why. Times are UTC.";
}

std::vector<Option> PeerListCommand::options() const
{
    return {};
}

std::vector<Argument> PeerListCommand::arguments() const
{
    return {};
}

std::vector<std::string> PeerListCommand::examples() const
{
    return {"carehouse-cli peer list", "carehouse-cli --json peer list"};
}

ExitCode PeerListCommand::executeWithStore(CommandContext& ctx, const ParsedArguments&, record::RecordStore& store)
{
    auto peers = exchange::PeerDirectory(store).list();
    if (!peers)
        return ctx.fail(peers.error());
    if (ctx.global().json) {
        auto list = nlohmann::json::array();
        for (const auto& p : *peers)
            list.push_back({{"siteId", p.siteId},
                            {"name", p.name},
                            {"organisation", p.organisationName},
                            {"odsCode", p.odsCode},
                            {"fingerprint", p.fingerprint.hex()},
                            {"fingerprintGroups", p.fingerprint.groups()},
                            {"sharing", exchange::sharingScopeCode(p.sharing)},
                            {"services", p.serviceIds},
                            {"status", p.revoked() ? "revoked" : "active"},
                            {"addedAt", base::formatTimestamp(p.addedAt)},
                            {"addedBy", p.addedBy},
                            {"revokedAt", optionalJson(p.revokedAt)},
                            {"revokedBy", p.revokedBy},
                            {"revokeReason", p.revokeReason},
                            {"lastSent", optionalJson(p.lastSentAt)},
                            {"lastReceived", optionalJson(p.lastReceivedAt)},
                            {"lastError", p.lastError},
                            {"lastErrorAt", optionalJson(p.lastErrorAt)}});
        ctx.out() << list.dump(2) << '\n';
        return ExitCode::Ok;
    }
    if (peers->empty()) {
        ctx.out() << "No peers yet. Add one from its site card with 'carehouse-cli peer add CARD'.\n";
        return ExitCode::Ok;
    }
    TextTable table({"Peer", "Organisation", "Sharing", "Status", "Last sent", "Last received", "Last error"});
    for (const auto& p : *peers) {
        std::string org = p.organisationName + (p.odsCode.empty() ? "" : " (" + p.odsCode + ")");
        std::string status = p.revoked() ? "revoked " + base::formatTimestamp(*p.revokedAt) : std::string("active");
        std::string error = p.lastError.empty() ? std::string("-") : p.lastError + " " + when(p.lastErrorAt);
        table.addRow({p.name, org, std::string(exchange::sharingScopeCode(p.sharing)), status, when(p.lastSentAt),
                      when(p.lastReceivedAt), error});
    }
    table.print(ctx.out());
    ctx.out() << fmt::format("\n{} peer{}.\n", peers->size(), peers->size() == 1 ? "" : "s");
    return ExitCode::Ok;
}

} // namespace carehouse::cli
