#include "app/cli/SiteRotateKeysCommand.h"

#include "app/cli/KeyPassphrase.h"
#include "core/exchange/SiteKeyStore.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <ostream>

namespace carehouse::cli {

std::string SiteRotateKeysCommand::name() const
{
    return "site rotate-keys";
}

std::string SiteRotateKeysCommand::summary() const
{
    return "Make new exchange keys for this site; the old ones are kept so older files stay readable.";
}

std::string SiteRotateKeysCommand::description() const
{
    return "The new keys are sealed under the same site key passphrase, which must open the current keys.\n"
           "Afterwards write a new card ('site card --out FILE') and give it to every peer: they confirm\n"
           "the new fingerprint with 'peer add CARD --replace-keys'. Administrators and clinical leads.";
}

std::vector<Option> SiteRotateKeysCommand::options() const
{
    return {KeyPassphrase::fileOption()};
}

std::vector<Argument> SiteRotateKeysCommand::arguments() const
{
    return {};
}

std::vector<std::string> SiteRotateKeysCommand::examples() const
{
    return {"carehouse-cli --user admin site rotate-keys"};
}

ExitCode SiteRotateKeysCommand::executeWithStore(CommandContext& ctx, const ParsedArguments& args,
                                                 record::RecordStore& store)
{
    if (auto st = store.require(security::Permission::ManagePeers); !st)
        return ctx.fail(st.error());
    exchange::SiteKeyStore keys(store);
    auto old = keys.current();
    if (!old)
        return ctx.fail(old.error());
    if (!*old)
        return ctx.refuse(ExitCode::NotFound,
                          "This site has no exchange keys yet, so there is nothing to rotate: "
                          "'carehouse-cli site card --out FILE' makes them.");
    KeyPassphrase passphrase(ctx);
    auto text = passphrase.obtain(args);
    if (!text)
        return ctx.refuse(passphrase.problemCode(), passphrase.problem());
    auto made = keys.rotate(*text);
    if (!made)
        return ctx.fail(made.error());
    if (ctx.global().json) {
        ctx.out() << nlohmann::json{{"fingerprint", made->fingerprint.hex()},
                                    {"fingerprintGroups", made->fingerprint.groups()},
                                    {"retired", (*old)->fingerprint.hex()}}
                         .dump(2)
                  << '\n';
        return ExitCode::Ok;
    }
    ctx.out() << fmt::format("Made new exchange keys. The new fingerprint is:\n\n    {}\n\n",
                             made->fingerprint.groups())
              << fmt::format("The old keys ({}) are kept, so files sent to them still open.\n",
                             (*old)->fingerprint.groups())
              << "Write a new card with 'carehouse-cli site card --out FILE' and give it to every peer.\n";
    return ExitCode::Ok;
}

} // namespace carehouse::cli
