#include "app/cli/ExchangeStatusCommand.h"

#include "app/cli/ErrorWording.h"
#include "app/cli/TextTable.h"
#include "core/base/Clock.h"
#include "core/exchange/PeerDirectory.h"
#include "core/exchange/PeerHoldings.h"
#include "core/exchange/SharingRule.h"
#include "core/record/JournalVersionReader.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <ostream>
#include <unordered_set>

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

// The peer's last error is kept as its sub-code ("exchange-bad-signature"): worded as the
// command that met it would have worded it.
std::string lastErrorWords(const std::string& code)
{
    if (code.empty())
        return {};
    base::Error e;
    e.code = base::ErrorCode::MalformedInput;
    e.detail = code;
    return ErrorWording::sentence(e);
}

struct PeerStatus
{
    std::size_t acknowledged = 0; // versions of what this site holds that the peer holds
    std::size_t pending = 0; // what the next export would carry
    std::size_t withheld = 0; // not acknowledged, but its sharing rule keeps them here
};

} // namespace

std::string ExchangeStatusCommand::name() const
{
    return "exchange status";
}

std::string ExchangeStatusCommand::summary() const
{
    return "Show where each peer has got to: last sent and received, acknowledged, pending, last error.";
}

std::string ExchangeStatusCommand::description() const
{
    return "Acknowledged counts the changes held here that the peer has said it holds, out of every change\n"
           "held here that can travel; pending is what the next 'exchange export' to it would carry (its\n"
           "sharing rule allowing), withheld what its sharing rule keeps here. Times are UTC.";
}

std::vector<Option> ExchangeStatusCommand::options() const
{
    return {};
}

std::vector<Argument> ExchangeStatusCommand::arguments() const
{
    return {};
}

std::vector<std::string> ExchangeStatusCommand::examples() const
{
    return {"carehouse-cli --user nurse exchange status", "carehouse-cli --user nurse exchange status --json"};
}

ExitCode ExchangeStatusCommand::executeWithStore(CommandContext& ctx, const ParsedArguments&,
                                                 record::RecordStore& store)
{
    if (auto st = store.require(security::Permission::ExchangeRecords); !st)
        return ctx.fail(st.error());
    auto peers = exchange::PeerDirectory(store).list();
    if (!peers)
        return ctx.fail(peers.error());
    record::JournalVersionReader journal(store);
    auto everything = journal.notCoveredPositions({});
    if (!everything)
        return ctx.fail(everything.error());
    auto rule = exchange::SharingRule::forStore(store);
    if (!rule)
        return ctx.fail(rule.error());
    const std::size_t travelling = everything->seqs.size();

    std::vector<PeerStatus> statuses;
    for (const auto& p : *peers) {
        PeerStatus s;
        auto holds = exchange::PeerHoldings(store).of(p.siteId);
        if (!holds)
            return ctx.fail(holds.error());
        std::unordered_set<std::string> mayHave;
        if (!p.revoked()) {
            auto allowed = rule->patientsFor(store, p);
            if (!allowed)
                return ctx.fail(allowed.error());
            mayHave.insert(allowed->begin(), allowed->end());
        }
        auto lacks = journal.notCoveredPositions(
            *holds, [&](const std::string& patientId) { return mayHave.count(patientId) > 0; });
        if (!lacks)
            return ctx.fail(lacks.error());
        const std::size_t missing = lacks->seqs.size() + lacks->withheld;
        s.acknowledged = travelling - std::min(travelling, missing);
        if (!p.revoked()) {
            s.pending = lacks->seqs.size();
            s.withheld = lacks->withheld;
        }
        statuses.push_back(s);
    }

    if (ctx.global().json) {
        auto list = nlohmann::json::array();
        for (std::size_t i = 0; i < peers->size(); ++i) {
            const auto& p = (*peers)[i];
            const auto& s = statuses[i];
            list.push_back({{"siteId", p.siteId},
                            {"name", p.name},
                            {"status", p.revoked() ? "revoked" : "active"},
                            {"lastSent", optionalJson(p.lastSentAt)},
                            {"lastReceived", optionalJson(p.lastReceivedAt)},
                            {"acknowledged", s.acknowledged},
                            {"held", travelling},
                            {"pending", s.pending},
                            {"withheld", s.withheld},
                            {"lastError", p.lastError.empty() ? nlohmann::json(nullptr) : nlohmann::json(p.lastError)},
                            {"lastErrorText", lastErrorWords(p.lastError)},
                            {"lastErrorAt", optionalJson(p.lastErrorAt)}});
        }
        ctx.out() << list.dump(2) << '\n';
        return ExitCode::Ok;
    }
    if (peers->empty()) {
        ctx.out() << "No peers yet. Add one from its site card with 'carehouse-cli peer add CARD'.\n";
        return ExitCode::Ok;
    }
    TextTable table({"Peer", "Status", "Last sent", "Last received", "Acknowledged", "Pending"});
    for (std::size_t i = 0; i < peers->size(); ++i) {
        const auto& p = (*peers)[i];
        const auto& s = statuses[i];
        std::string pending = p.revoked() ? std::string("- (revoked)") : std::to_string(s.pending);
        if (!p.revoked() && s.withheld > 0)
            pending += fmt::format(" ({} withheld)", s.withheld);
        table.addRow({p.name, p.revoked() ? std::string("revoked") : std::string("active"), when(p.lastSentAt),
                      when(p.lastReceivedAt), fmt::format("{} of {}", s.acknowledged, travelling), pending});
    }
    table.print(ctx.out());
    for (const auto& p : *peers)
        if (!p.lastError.empty())
            ctx.out() << fmt::format("\nLast error with {} ({}): {}\n", p.name, when(p.lastErrorAt),
                                     lastErrorWords(p.lastError));
    return ExitCode::Ok;
}

} // namespace carehouse::cli
