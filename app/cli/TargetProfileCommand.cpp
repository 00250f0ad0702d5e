#include "app/cli/TargetProfileCommand.h"

#include "core/base/Log.h"
#include "core/record/PracticeCatalogue.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <ostream>

namespace carehouse::cli {

using clinical::CareProcessCatalogue;

std::string TargetProfileCommand::name() const
{
    return "targets profile";
}

std::string TargetProfileCommand::summary() const
{
    return "Show the treatment targets the practice flags values against, or choose them (administrators).";
}

std::string TargetProfileCommand::description() const
{
    return "The profiles are data in resources/target-profiles.json (CLINICAL.md): nice-nda (HbA1c 58 mmol/mol\n"
           "or less, BP 140/80 or less, cholesterol under 5.0; the default) and yoc-tower-hamlets-2009 (HbA1c\n"
           "under 58, BP under 145/85, cholesterol under 5.0). The chosen profile is used for every flag, the\n"
           "care processes screen, the results inbox and the letters.";
}

std::vector<Option> TargetProfileCommand::options() const
{
    return {};
}

std::vector<Argument> TargetProfileCommand::arguments() const
{
    return {{"PROFILE", "A profile id; leave it out to show the current one and the choices.", false, false}};
}

std::vector<std::string> TargetProfileCommand::examples() const
{
    return {"carehouse-cli targets profile", "carehouse-cli --user admin targets profile yoc-tower-hamlets-2009"};
}

ExitCode TargetProfileCommand::executeWithStore(CommandContext& ctx, const ParsedArguments& args,
                                                record::RecordStore& store)
{
    auto profiles = CareProcessCatalogue::targetProfiles();
    if (!profiles)
        return ctx.fail(profiles.error());
    auto nameOf = [&](const std::string& id) {
        for (const auto& p : *profiles)
            if (p.id == id)
                return p.name;
        return id;
    };
    const auto wanted = args.positional(0);
    if (!wanted.empty()) {
        if (auto st = record::PracticeCatalogue::choose(store, wanted); !st) {
            if (st.error().code == base::ErrorCode::UnknownCode) {
                std::string ids;
                for (const auto& p : *profiles)
                    ids += (ids.empty() ? "" : ", ") + p.id;
                return ctx.usage(fmt::format("'{}' is not a target profile: use one of {}.", wanted, ids));
            }
            return ctx.fail(st.error());
        }
        base::logInfo("target profile set to {}", wanted);
    }
    auto current = record::PracticeCatalogue::of(store);
    if (!current)
        return ctx.fail(current.error());
    const auto& id = (*current)->targetProfile();
    if (ctx.global().json) {
        auto list = nlohmann::json::array();
        for (const auto& p : *profiles)
            list.push_back({{"id", p.id}, {"name", p.name}});
        ctx.out() << nlohmann::json{{"profile", id}, {"profiles", list}, {"saved", !wanted.empty()}}.dump(2) << '\n';
        return ExitCode::Ok;
    }
    ctx.out() << fmt::format("{} the {} targets ({}).\n",
                             wanted.empty() ? "Values are flagged against" : "Values are now flagged against",
                             nameOf(id), id);
    for (const auto& p : *profiles)
        if (p.id != id)
            ctx.out() << fmt::format("Also available: {} ({}).\n", p.name, p.id);
    return ExitCode::Ok;
}

} // namespace carehouse::cli
