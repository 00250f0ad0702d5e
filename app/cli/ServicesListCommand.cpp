#include "app/cli/ServicesListCommand.h"

#include "core/careplan/ServicesDirectory.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <ostream>

namespace carehouse::cli {

std::string ServicesListCommand::name() const
{
    return "services list";
}

std::string ServicesListCommand::summary() const
{
    return "List the services a person can be offered in care planning, by kind and locality.";
}

std::string ServicesListCommand::description() const
{
    return "The area's services directory (walking groups, weight management, peer support, structured\n"
           "education, psychological therapy, podiatry, dietetics, stop smoking, specialist nurses,\n"
           "consultant clinics) with the practice's own additions. A locality also lists the services\n"
           "for the whole area.";
}

std::vector<Option> ServicesListCommand::options() const
{
    return {{"kind", "KIND", "Only this kind of service, e.g. walking-group or podiatry."},
            {"locality", "LOCALITY", "Only services in this locality (and those for the whole area)."},
            {"search", "TEXT", "Only services whose name contains this."}};
}

std::vector<std::string> ServicesListCommand::examples() const
{
    return {"carehouse-cli services list", "carehouse-cli services list --kind walking-group --locality \"Mill Road\"",
            "carehouse-cli --json services list --kind podiatry"};
}

ExitCode ServicesListCommand::executeWithStore(CommandContext& ctx, const ParsedArguments& args,
                                               record::RecordStore& store)
{
    auto directory = careplan::ServicesDirectory::load(store);
    if (!directory)
        return ctx.fail(directory.error());
    careplan::ServicesDirectory::Filter filter;
    filter.kind = args.value("kind");
    filter.locality = args.value("locality");
    filter.text = args.value("search");
    if (!filter.kind.empty()) {
        bool known = false;
        std::string kinds;
        for (const auto& k : directory->kinds()) {
            known = known || k.id == filter.kind;
            kinds += (kinds.empty() ? "" : ", ") + k.id;
        }
        if (!known)
            return ctx.usage(fmt::format("'{}' is not a kind of service: use one of {}.", filter.kind, kinds));
    }
    if (!filter.locality.empty()) {
        const auto& all = directory->localities();
        if (std::find(all.begin(), all.end(), filter.locality) == all.end()) {
            std::string names;
            for (const auto& l : all)
                names += (names.empty() ? "" : ", ") + l;
            return ctx.usage(fmt::format("'{}' is not a locality here: use one of {}.", filter.locality, names));
        }
    }
    const auto found = directory->find(filter);
    if (ctx.global().json) {
        auto list = nlohmann::json::array();
        for (const auto* s : found)
            list.push_back({{"id", s->id},
                            {"name", s->name},
                            {"kind", s->kind},
                            {"kindName", directory->kindName(s->kind)},
                            {"locality", s->locality},
                            {"contact", s->contact},
                            {"howToRefer", s->howToRefer},
                            {"eligibility", s->eligibility},
                            {"referral", s->referral},
                            {"practiceOwn", s->practiceOwn}});
        ctx.out() << list.dump(2) << '\n';
        return ExitCode::Ok;
    }
    if (found.empty()) {
        ctx.out() << "No services match.\n";
        return ExitCode::Ok;
    }
    std::string lastKind;
    for (const auto* s : found) {
        if (s->kind != lastKind)
            ctx.out() << fmt::format("{}{}\n", lastKind.empty() ? "" : "\n", directory->kindName(s->kind));
        lastKind = s->kind;
        ctx.out() << fmt::format("  {} ({}) [{}]\n", s->name, s->locality, s->id);
        ctx.out() << fmt::format("    Contact: {}\n", s->contact);
        ctx.out() << fmt::format("    {}: {}\n", s->referral ? "Referral" : "Self-referral", s->howToRefer);
        if (!s->eligibility.empty())
            ctx.out() << fmt::format("    For: {}\n", s->eligibility);
    }
    ctx.out() << fmt::format("\n{} service{}.\n", found.size(), found.size() == 1 ? "" : "s");
    return ExitCode::Ok;
}

} // namespace carehouse::cli
