#include "app/cli/DatabaseCommand.h"

#include "app/cli/PasswordPrompt.h"
#include "core/base/Log.h"

#include <fmt/format.h>

namespace carehouse::cli {

std::unique_ptr<record::RecordStore> DatabaseCommand::openExisting(CommandContext& ctx, ExitCode& code)
{
    const auto& path = ctx.global().database;
    auto store = record::RecordStore::open(path, ctx.clock(), record::RecordStore::OpenMode::ExistingOnly);
    if (!store) {
        auto e = store.error();
        if (e.file.empty())
            e.file = path;
        code = ctx.fail(e);
        return nullptr;
    }
    if (!(*store)->initialised()) {
        code = ctx.fail(base::Error::make(base::ErrorCode::NotInitialised).at(path));
        return nullptr;
    }
    code = ExitCode::Ok;
    return std::move(store).value();
}

ExitCode DatabaseCommand::login(CommandContext& ctx, record::RecordStore& store)
{
    const auto& user = ctx.global().user;
    if (user.empty())
        return ctx.usage("Say who you are: give --user NAME or set CAREHOUSE_USER.");
    PasswordPrompt prompt(ctx);
    auto password = prompt.obtain("CAREHOUSE_PASSWORD", fmt::format("Password for {}: ", user));
    if (!password)
        return ctx.refuse(prompt.problemCode(), prompt.problem());
    if (auto st = store.login(user, *password); !st)
        return ctx.fail(st.error());
    base::logInfo("logged in as '{}'", user);
    return ExitCode::Ok;
}

ExitCode DatabaseCommand::execute(CommandContext& ctx, const ParsedArguments& args)
{
    ExitCode code = ExitCode::Ok;
    auto store = openExisting(ctx, code);
    if (!store)
        return code;
    if (auto c = login(ctx, *store); c != ExitCode::Ok)
        return c;
    return executeWithStore(ctx, args, *store);
}

} // namespace carehouse::cli
