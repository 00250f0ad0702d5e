#include "app/cli/InitCommand.h"

#include "app/cli/KeyPassphrase.h"
#include "app/cli/PasswordPrompt.h"
#include "core/base/Log.h"
#include "core/exchange/SiteKeyStore.h"
#include "core/record/RecordStore.h"

#include <filesystem>
#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <optional>
#include <ostream>

namespace carehouse::cli {

std::string InitCommand::name() const
{
    return "init";
}

std::string InitCommand::summary() const
{
    return "Create a new CareHouse database and its first administrator.";
}

std::string InitCommand::description() const
{
    return "Refuses a database that is already set up, and any file that is not a CareHouse database.\n"
           "The administrator is named by --user (default 'admin'); the password comes from\n"
           "CAREHOUSE_PASSWORD or is asked for twice without echo.";
}

std::vector<Option> InitCommand::options() const
{
    return {
        {"site-name", "NAME", "The practice's name, as shown on screens and letters.", true},
        {"name", "DISPLAY", "The administrator's display name (default: the username)."},
        KeyPassphrase::fileOption(),
    };
}

std::vector<Argument> InitCommand::arguments() const
{
    return {};
}

std::vector<std::string> InitCommand::examples() const
{
    return {"CAREHOUSE_PASSWORD=... carehouse-cli --db practice.carehouse init --site-name \"Riverside Surgery\""};
}

ExitCode InitCommand::execute(CommandContext& ctx, const ParsedArguments& args)
{
    namespace fs = std::filesystem;
    const auto& path = ctx.global().database;
    const std::string admin = ctx.global().user.empty() ? std::string("admin") : ctx.global().user;
    const std::string siteName = args.value("site-name");
    if (siteName.empty())
        return ctx.fail(base::Error::make(base::ErrorCode::RequiredField, "site name"));

    std::error_code ec;
    const bool existed = fs::exists(path, ec);
    if (existed) {
        // Check before asking for a password: a set-up or foreign file is refused untouched.
        auto store = record::RecordStore::open(path, ctx.clock(), record::RecordStore::OpenMode::ExistingOnly);
        if (!store)
            return ctx.fail(store.error());
        if ((*store)->initialised())
            return ctx.fail(
                base::Error::make(base::ErrorCode::AlreadyInitialised, "site", (*store)->site().name).at(path));
    } else if (!ctx.global().databaseGiven) {
        fs::create_directories(fs::path(path).parent_path(), ec);
    }

    PasswordPrompt prompt(ctx);
    auto password = prompt.obtainNew("CAREHOUSE_PASSWORD", fmt::format("New password for {}: ", admin));
    if (!password)
        return ctx.refuse(prompt.problemCode(), prompt.problem());

    // The site's exchange keys: made now when a passphrase is given (file, environment, or typed
    // on a terminal), otherwise on first use ('site card'). Asked before anything is created.
    std::optional<std::string> keyPassphrase;
    KeyPassphrase passphrase(ctx);
    if (passphrase.givenWithoutAsking(args) || ctx.inIsTerminal()) {
        if (!passphrase.givenWithoutAsking(args))
            ctx.err() << "Exchange keys: type a site key passphrase now, or press Enter to make them later.\n";
        keyPassphrase = passphrase.obtainNew(args);
        if (!keyPassphrase && (passphrase.givenWithoutAsking(args) || passphrase.problemCode() != ExitCode::Usage))
            return ctx.refuse(passphrase.problemCode(), passphrase.problem());
        if (keyPassphrase && keyPassphrase->size() < security::SiteKeys::kMinimumPassphraseLength)
            return ctx.fail(base::Error::make(base::ErrorCode::InvalidArgument, "passphrase")
                                .withHint(std::to_string(security::SiteKeys::kMinimumPassphraseLength)));
    }

    auto store = record::RecordStore::open(path, ctx.clock(), record::RecordStore::OpenMode::CreateIfMissing);
    if (!store) {
        auto e = store.error();
        if (e.file.empty())
            e.file = path;
        return ctx.fail(e);
    }
    if (auto st = (*store)->initialise(siteName, admin, args.value("name"), *password); !st) {
        auto code = ctx.fail(st.error());
        if (!existed) {
            store.value().reset();
            for (const char* suffix : {"", "-wal", "-shm"})
                fs::remove(path + suffix, ec);
        }
        return code;
    }
    std::optional<std::string> keyFingerprint;
    if (keyPassphrase) {
        if (auto st = (*store)->login(admin, *password); !st)
            return ctx.fail(st.error());
        auto keys = exchange::SiteKeyStore(**store).create(*keyPassphrase);
        (*store)->logout();
        if (!keys)
            return ctx.fail(keys.error());
        keyFingerprint = keys->fingerprint.groups();
    }
    base::logInfo("created database {} for site '{}'", path, siteName);
    const auto& site = (*store)->site();
    if (ctx.global().json) {
        nlohmann::json j
            = {{"database", path}, {"site", {{"name", site.name}, {"uuid", site.siteUuid}}}, {"admin", admin}};
        if (keyFingerprint)
            j["keyFingerprint"] = *keyFingerprint;
        ctx.out() << j.dump(2) << '\n';
    } else {
        ctx.out() << fmt::format("Created the CareHouse database '{}' for {}.\n", path, site.name)
                  << fmt::format("The administrator is '{}'; log in with --user {}.\n", admin, admin);
        if (keyFingerprint)
            ctx.out() << fmt::format("Made this site's exchange keys; their fingerprint is {}.\n", *keyFingerprint);
    }
    return ExitCode::Ok;
}

} // namespace carehouse::cli
