#include "app/cli/PeerAddCommand.h"

#include "core/exchange/PeerDirectory.h"
#include "core/exchange/SiteCard.h"

#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <istream>
#include <nlohmann/json.hpp>
#include <ostream>
#include <sstream>

namespace carehouse::cli {

namespace {

std::vector<std::string> splitList(const std::string& text)
{
    std::vector<std::string> out;
    std::string item;
    std::istringstream in(text);
    while (std::getline(in, item, ',')) {
        auto first = item.find_first_not_of(' ');
        auto last = item.find_last_not_of(' ');
        if (first != std::string::npos)
            out.push_back(item.substr(first, last - first + 1));
    }
    return out;
}

} // namespace

std::string PeerAddCommand::name() const
{
    return "peer add";
}

std::string PeerAddCommand::summary() const
{
    return "Add a site as a peer from its card, once its fingerprint has been compared aloud.";
}

std::string PeerAddCommand::description() const
{
    return "Phone the other site and have them read their fingerprint ('site card' prints it). Give what\n"
           "they read with --fingerprint; on a terminal without it, the card's fingerprint is shown and you\n"
           "confirm it matches. Nothing is added unconfirmed. Who is shared with the peer (--share):\n"
           "  consented  everyone whose recorded sharing consent covers the peer (shared care team) [default]\n"
           "  referred   only people with an open referral to one of the peer's services (--service)\n"
           "  all        everyone whose consent does not forbid it\n"
           "  list       only people put on the peer's list\n"
           "Consent withdrawn is never shared. A known peer's card with new keys needs --replace-keys.\n"
           "Administrators and clinical leads.";
}

std::vector<Option> PeerAddCommand::options() const
{
    return {{"share", "RULE", "consented (default), referred, all or list."},
            {"service", "IDS", "The services directory ids the peer provides, comma-separated (for referred)."},
            {"fingerprint", "GROUPS", "The fingerprint the other site read aloud, e.g. \"K7QH 2M4D ...\"."},
            {"replace-keys", "", "The peer rotated its keys: replace the ones known (old files stay readable)."}};
}

std::vector<Argument> PeerAddCommand::arguments() const
{
    return {{"CARD", "The peer's site card file."}};
}

std::vector<std::string> PeerAddCommand::examples() const
{
    return {"carehouse-cli --user lead peer add dsn-team.card.json --share referred --service riverside-dsn "
            "--fingerprint \"K7QH 2M4D ...\""};
}

ExitCode PeerAddCommand::executeWithStore(CommandContext& ctx, const ParsedArguments& args, record::RecordStore& store)
{
    if (auto st = store.require(security::Permission::ManagePeers); !st)
        return ctx.fail(st.error());
    exchange::AddPeerRequest request;
    if (auto share = args.get("share")) {
        auto scope = exchange::sharingScopeFromCode(*share);
        if (!scope)
            return ctx.usage(fmt::format("'{}' is not a sharing rule: use consented, referred, all or list.", *share));
        request.sharing = *scope;
    }
    if (auto services = args.get("service"))
        request.serviceIds = splitList(*services);
    request.confirmKeyChange = args.flag("replace-keys");

    const std::string path = args.positional(0);
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec))
        return ctx.fail(base::Error::make(base::ErrorCode::NotFound, "site card file", path));
    if (std::filesystem::file_size(path, ec) > exchange::SiteCard::kMaxTextBytes)
        return ctx.fail(base::Error::make(base::ErrorCode::MalformedInput, "size", path)
                            .withDetail("site-card-malformed")
                            .at(path));
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    if (!in)
        return ctx.fail(base::Error::make(base::ErrorCode::IoFailed, "site card").at(path));
    auto card = exchange::SiteCard::parse(text.str());
    if (!card) {
        auto e = card.error();
        e.file = path;
        return ctx.fail(e);
    }
    request.card = *card;

    if (auto typed = args.get("fingerprint")) {
        request.confirmedFingerprint = *typed;
    } else if (ctx.inIsTerminal()) {
        ctx.err() << fmt::format("{} ({}{})\nsite id {}\n\nFingerprint on this card:\n\n    {}\n\n", card->siteName,
                                 card->organisationName, card->odsCode.empty() ? "" : ", " + card->odsCode,
                                 card->siteId, card->fingerprint.groups())
                  << "Does the other site read exactly this fingerprint to you? Type yes to add them: " << std::flush;
        std::string answer;
        std::getline(ctx.in(), answer);
        if (answer != "yes" && answer != "y" && answer != "YES" && answer != "Yes")
            return ctx.refuse(ExitCode::Cancelled, fmt::format("{} was not added.", card->siteName));
        request.confirmedFingerprint = card->fingerprint.groups();
    } else {
        return ctx.refuse(
            ExitCode::Usage,
            fmt::format("{} was not added: its fingerprint has not been confirmed. Phone the other site, "
                        "have them read their fingerprint ('carehouse-cli site card' prints it), and give "
                        "it with --fingerprint \"XXXX XXXX ...\".",
                        card->siteName));
    }

    auto added = exchange::PeerDirectory(store).add(request);
    if (!added)
        return ctx.fail(added.error());
    const auto& peer = added->peer;
    if (ctx.global().json) {
        ctx.out() << nlohmann::json{{"siteId", peer.siteId},
                                    {"name", peer.name},
                                    {"organisation", peer.organisationName},
                                    {"odsCode", peer.odsCode},
                                    {"fingerprint", peer.fingerprint.hex()},
                                    {"sharing", exchange::sharingScopeCode(peer.sharing)},
                                    {"services", peer.serviceIds},
                                    {"keysReplaced", added->outcome == exchange::AddPeerOutcome::KeysReplaced}}
                         .dump(2)
                  << '\n';
        return ExitCode::Ok;
    }
    if (added->outcome == exchange::AddPeerOutcome::KeysReplaced)
        ctx.out() << fmt::format("Replaced the keys of {} with the new ones on the card; their old keys are kept for "
                                 "files made before.\n",
                                 peer.name);
    else
        ctx.out() << fmt::format("Added {} ({}{}) as a peer.\n", peer.name, peer.organisationName,
                                 peer.odsCode.empty() ? "" : ", " + peer.odsCode);
    ctx.out() << fmt::format("Sharing: {}", exchange::sharingScopeCode(peer.sharing));
    if (peer.sharing == exchange::SharingScope::Referred) {
        std::string services;
        for (const auto& s : peer.serviceIds)
            services += (services.empty() ? "" : ", ") + s;
        ctx.out() << (services.empty() ? std::string(" - no services given, so no one is shared yet (add --service)")
                                       : " to " + services);
    }
    ctx.out() << ".\n";
    return ExitCode::Ok;
}

} // namespace carehouse::cli
