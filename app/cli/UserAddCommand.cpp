#include "app/cli/UserAddCommand.h"

#include "app/cli/PasswordPrompt.h"
#include "core/model/User.h"
#include "core/record/UserAccounts.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <ostream>

namespace carehouse::cli {

std::string UserAddCommand::name() const
{
    return "user add";
}

std::string UserAddCommand::summary() const
{
    return "Add a member of staff (administrators only).";
}

std::string UserAddCommand::description() const
{
    return "You log in as an administrator with --user and CAREHOUSE_PASSWORD. The new account's password\n"
           "comes from CAREHOUSE_NEW_PASSWORD or is asked for twice without echo; at least 8 characters.";
}

std::vector<Option> UserAddCommand::options() const
{
    return {
        {"role", "ROLE", "receptionist, hca, nurse, gp, clinical-lead or admin.", true},
        {"name", "DISPLAY", "The name shown in the record's history (default: the username)."},
    };
}

std::vector<Argument> UserAddCommand::arguments() const
{
    return {{"USERNAME", "The new login name: letters, digits, '.', '-' and '_'."}};
}

std::vector<std::string> UserAddCommand::examples() const
{
    return {"carehouse-cli --user admin user add jpatel --role nurse --name \"Jaya Patel\""};
}

ExitCode UserAddCommand::executeWithStore(CommandContext& ctx, const ParsedArguments& args, record::RecordStore& store)
{
    auto username = args.positional(0);
    auto roleText = args.value("role");
    auto role = model::roleFromCode(roleText);
    if (!role)
        return ctx.fail(base::Error::make(base::ErrorCode::InvalidArgument, "role", roleText));
    if (auto st = store.require(security::Permission::ManageUsers); !st)
        return ctx.fail(st.error());

    PasswordPrompt prompt(ctx);
    auto password = prompt.obtainNew("CAREHOUSE_NEW_PASSWORD", fmt::format("Password for the new user {}: ", username));
    if (!password)
        return ctx.refuse(prompt.problemCode(), prompt.problem());
    auto id = record::UserAccounts(store).add(username, args.value("name"), *role, *password);
    if (!id)
        return ctx.fail(id.error());
    if (ctx.global().json) {
        nlohmann::json j = {{"id", *id},
                            {"username", username},
                            {"displayName", args.value("name", username)},
                            {"role", std::string(model::roleCode(*role))}};
        ctx.out() << j.dump(2) << '\n';
    } else {
        ctx.out() << fmt::format("Added {} '{}' ({}).\n", model::roleDisplay(*role), username,
                                 args.value("name", username));
    }
    return ExitCode::Ok;
}

} // namespace carehouse::cli
