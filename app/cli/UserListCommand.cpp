#include "app/cli/UserListCommand.h"

#include "app/cli/TextTable.h"
#include "core/record/UserAccounts.h"

#include <nlohmann/json.hpp>
#include <ostream>

namespace carehouse::cli {

std::string UserListCommand::name() const
{
    return "user list";
}

std::string UserListCommand::summary() const
{
    return "List the staff accounts and their roles.";
}

std::string UserListCommand::description() const
{
    return "Administrators only.";
}

std::vector<Option> UserListCommand::options() const
{
    return {};
}

std::vector<Argument> UserListCommand::arguments() const
{
    return {};
}

std::vector<std::string> UserListCommand::examples() const
{
    return {"carehouse-cli --user admin user list --json"};
}

ExitCode UserListCommand::executeWithStore(CommandContext& ctx, const ParsedArguments&, record::RecordStore& store)
{
    if (auto st = store.require(security::Permission::ManageUsers); !st)
        return ctx.fail(st.error());
    auto users = record::UserAccounts(store).list();
    if (!users)
        return ctx.fail(users.error());
    if (ctx.global().json) {
        auto j = nlohmann::json::array();
        for (const auto& u : *users)
            j.push_back({{"username", u.username},
                         {"displayName", u.displayName},
                         {"role", std::string(model::roleCode(u.role))},
                         {"active", u.active}});
        ctx.out() << j.dump(2) << '\n';
        return ExitCode::Ok;
    }
    TextTable table({"Username", "Name", "Role", "Active"});
    for (const auto& u : *users)
        table.addRow({u.username, u.displayName, std::string(model::roleDisplay(u.role)), u.active ? "yes" : "no"});
    table.print(ctx.out());
    return ExitCode::Ok;
}

} // namespace carehouse::cli
