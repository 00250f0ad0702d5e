#include "app/cli/QuestionnaireListCommand.h"

#include "app/cli/TextTable.h"
#include "core/questionnaire/QuestionnaireLibrary.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <ostream>

namespace carehouse::cli {

std::string QuestionnaireListCommand::name() const
{
    return "questionnaire list";
}

std::string QuestionnaireListCommand::summary() const
{
    return "List the questionnaires: CareHouse's own and those imported, each version.";
}

std::string QuestionnaireListCommand::description() const
{
    return "The Name column is what 'response add' takes. A questionnaire's current version is the one a new\n"
           "response is checked against; older versions stay, so earlier responses read against what was\n"
           "completed. CareHouse's own questionnaires are kept in the record with the first response to them.";
}

std::vector<Option> QuestionnaireListCommand::options() const
{
    return {{"all", "", "Include earlier versions as well as the current ones."}};
}

std::vector<Argument> QuestionnaireListCommand::arguments() const
{
    return {};
}

std::vector<std::string> QuestionnaireListCommand::examples() const
{
    return {"carehouse-cli questionnaire list", "carehouse-cli questionnaire list --all --json"};
}

ExitCode QuestionnaireListCommand::executeWithStore(CommandContext& ctx, const ParsedArguments& args,
                                                    record::RecordStore& store)
{
    auto list = questionnaire::QuestionnaireLibrary(store).list();
    if (!list)
        return ctx.fail(list.error());
    const bool all = args.flag("all");
    if (ctx.global().json) {
        auto j = nlohmann::json::array();
        for (const auto& e : *list)
            if (all || e.current)
                j.push_back({{"name", e.stored.resourceId},
                             {"title", e.stored.title},
                             {"url", e.stored.url},
                             {"version", e.stored.version},
                             {"items", e.stored.itemCount},
                             {"unsupported", e.stored.unsupportedCount},
                             {"source", std::string(model::questionnaireSourceCode(e.stored.source))},
                             {"kept", e.isStored},
                             {"current", e.current},
                             {"id", e.stored.id}});
        ctx.out() << j.dump(2) << '\n';
        return ExitCode::Ok;
    }
    TextTable table({"Name", "Title", "Version", "Items", "From", "Current", "Url"});
    for (const auto& e : *list) {
        if (!all && !e.current)
            continue;
        std::string from = e.stored.source == model::StoredQuestionnaire::Source::Shipped
            ? "CareHouse"
            : fmt::format("imported {}", e.stored.importedOn.display());
        if (e.stored.unsupportedCount > 0)
            from += fmt::format(" ({} unsupported)", e.stored.unsupportedCount);
        table.addRow({e.stored.resourceId.empty() ? "Not known" : e.stored.resourceId, e.stored.title,
                      e.stored.version.empty() ? "Not known" : e.stored.version, std::to_string(e.stored.itemCount),
                      from, e.current ? "yes" : "no", e.stored.url});
    }
    table.print(ctx.out());
    return ExitCode::Ok;
}

} // namespace carehouse::cli
