#include "app/cli/SiteCardCommand.h"

#include "app/cli/KeyPassphrase.h"
#include "core/base/Uuid.h"
#include "core/exchange/SiteKeyStore.h"

#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <nlohmann/json.hpp>
#include <ostream>

namespace carehouse::cli {

namespace {

// Temp file in the same folder, then rename: never half a card under the real name.
bool writeAtomically(const std::string& target, const std::string& text)
{
    namespace fs = std::filesystem;
    const fs::path path(target);
    const fs::path temp = path.parent_path() / ("." + path.filename().string() + "." + base::newUuid() + ".partial");
    {
        std::ofstream file(temp, std::ios::binary | std::ios::trunc);
        if (!file)
            return false;
        file << text;
        file.flush();
        if (!file) {
            file.close();
            std::error_code ignored;
            fs::remove(temp, ignored);
            return false;
        }
    }
    std::error_code ec;
    fs::rename(temp, path, ec);
    if (ec) {
        std::error_code ignored;
        fs::remove(temp, ignored);
        return false;
    }
    return true;
}

} // namespace

std::string SiteCardCommand::name() const
{
    return "site card";
}

std::string SiteCardCommand::summary() const
{
    return "Write this site's card for a peer, and show the fingerprint to read aloud.";
}

std::string SiteCardCommand::description() const
{
    return "The card holds this site's id, name, organisation and public keys; it is not secret. Give it to\n"
           "the other site (shared folder, e-mail, USB stick), then read the fingerprint to them on the\n"
           "phone: they add you only when it matches. The first time, this site's exchange keys are made\n"
           "and sealed under the site key passphrase (asked twice, or --key-passphrase-file /\n"
           "CAREHOUSE_KEY_PASSPHRASE). --organisation and --ods-code set what the card says about the\n"
           "organisation, and are kept. Administrators and clinical leads.";
}

std::vector<Option> SiteCardCommand::options() const
{
    return {{"out", "FILE", "Where to write the card (JSON).", true},
            {"organisation", "NAME", "The organisation's name on the card (default: the practice name)."},
            {"ods-code", "CODE", "The organisation's NHS ODS code, e.g. F84001."},
            KeyPassphrase::fileOption()};
}

std::vector<Argument> SiteCardCommand::arguments() const
{
    return {};
}

std::vector<std::string> SiteCardCommand::examples() const
{
    return {"carehouse-cli --user admin site card --out riverside.card.json --ods-code F84001"};
}

ExitCode SiteCardCommand::executeWithStore(CommandContext& ctx, const ParsedArguments& args, record::RecordStore& store)
{
    if (auto st = store.require(security::Permission::ManagePeers); !st)
        return ctx.fail(st.error());
    exchange::SiteKeyStore keys(store);
    if (args.has("organisation") || args.has("ods-code")) {
        auto org = keys.organisation();
        if (!org)
            return ctx.fail(org.error());
        if (auto name = args.get("organisation"))
            org->name = *name;
        if (auto code = args.get("ods-code"))
            org->odsCode = *code;
        if (auto st = keys.setOrganisation(*org); !st)
            return ctx.fail(st.error());
    }
    auto has = keys.hasKeys();
    if (!has)
        return ctx.fail(has.error());
    bool created = false;
    if (!*has) {
        KeyPassphrase passphrase(ctx);
        auto text = passphrase.obtainNew(args);
        if (!text)
            return ctx.refuse(passphrase.problemCode(), passphrase.problem());
        auto made = keys.create(*text);
        if (!made)
            return ctx.fail(made.error());
        created = true;
    }
    auto card = keys.card();
    if (!card)
        return ctx.fail(card.error());
    const std::string out = args.value("out");
    if (!writeAtomically(out, card->toText()))
        return ctx.fail(base::Error::make(base::ErrorCode::IoFailed, "site card").at(out));
    if (ctx.global().json) {
        nlohmann::json j = {{"file", out},
                            {"siteId", card->siteId},
                            {"siteName", card->siteName},
                            {"organisation", card->organisationName},
                            {"odsCode", card->odsCode},
                            {"fingerprint", card->fingerprint.hex()},
                            {"fingerprintGroups", card->fingerprint.groups()},
                            {"keysCreated", created}};
        ctx.out() << j.dump(2) << '\n';
        return ExitCode::Ok;
    }
    if (created)
        ctx.out() << "Made this site's exchange keys, sealed under the site key passphrase.\n";
    ctx.out() << fmt::format("Wrote the site card for {} ({}{}) to {}.\n", card->siteName, card->organisationName,
                             card->odsCode.empty() ? std::string() : ", " + card->odsCode, out);
    ctx.out() << "Read this fingerprint aloud to the other site; they add you only if theirs matches:\n\n";
    ctx.out() << fmt::format("    {}\n", card->fingerprint.groups());
    return ExitCode::Ok;
}

} // namespace carehouse::cli
