#include "app/cli/PatientFindCommand.h"

#include "app/cli/PatientJson.h"
#include "app/cli/TextTable.h"
#include "core/model/NhsNumber.h"
#include "core/record/PatientDirectory.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <ostream>

namespace carehouse::cli {

std::string PatientFindCommand::name() const
{
    return "patient find";
}

std::string PatientFindCommand::summary() const
{
    return "Find patients by name, NHS number or date of birth.";
}

std::string PatientFindCommand::description() const
{
    return "QUERY is a family-name prefix (\"nowak\"), \"family, given\" (\"nowak, luk\"), \"given family\",\n"
           "an NHS number (spaces allowed) or its first digits, or a date of birth (14/07/1945, 14-Jul-1945).\n"
           "Accents and case do not matter: \"lukasz\" finds \"Łukasz\".";
}

std::vector<Option> PatientFindCommand::options() const
{
    return {{"limit", "N", "Show at most N people (default 50)."}};
}

std::vector<Argument> PatientFindCommand::arguments() const
{
    return {{"QUERY", "What to search for.", true, true}};
}

std::vector<std::string> PatientFindCommand::examples() const
{
    return {"carehouse-cli patient find nowak", "carehouse-cli patient find \"nowak, lukasz\"",
            "carehouse-cli patient find 943 476 5919", "carehouse-cli patient find 14-Jul-1945 --json"};
}

ExitCode PatientFindCommand::executeWithStore(CommandContext& ctx, const ParsedArguments& args,
                                              record::RecordStore& store)
{
    int limit = 50;
    if (auto v = args.get("limit")) {
        try {
            limit = std::stoi(*v);
        } catch (...) {
            limit = 0;
        }
        if (limit < 1 || limit > 10000)
            return ctx.refuse(ExitCode::Invalid, fmt::format("--limit '{}' is not a number from 1 to 10000.", *v));
    }
    const auto text = args.positional(0);
    auto query = record::PatientQuery::parse(text);
    if (query.kind == record::PatientQuery::Kind::Empty)
        return ctx.usage(fmt::format("'{}' is not something to search for: give a name, an NHS number (or at least "
                                     "its first three digits) or a date of birth.",
                                     text));
    if (query.kind == record::PatientQuery::Kind::InvalidDate)
        return ctx.fail(base::Error::make(base::ErrorCode::DateImplausible, "date of birth", text));

    auto page = record::PatientDirectory(store).find(query, limit);
    if (!page)
        return ctx.fail(page.error());
    const auto today = ctx.clock().today();
    if (ctx.global().json) {
        auto j = nlohmann::json::array();
        for (const auto& item : page->items)
            j.push_back(PatientJson::listItem(item, today));
        ctx.out() << j.dump(2) << '\n';
        if (page->more)
            ctx.err() << fmt::format("More than {} people match; only the first {} are listed.\n", limit, limit);
        return ExitCode::Ok;
    }
    if (page->items.empty()) {
        ctx.out() << fmt::format("No one on the register matches '{}'.\n", text);
        return ExitCode::Ok;
    }
    TextTable table({"Name", "Born", "Age", "Gender", "NHS number", "Record id"});
    for (const auto& i : page->items) {
        model::Patient p;
        p.title = i.title;
        p.givenName = i.givenName;
        p.familyName = i.familyName;
        table.addRow({model::bannerName(p), i.birthDate.valid() ? i.birthDate.display() : "Not known",
                      i.birthDate.valid() ? base::formatAge(i.birthDate, today) : "Not known",
                      std::string(model::genderDisplay(i.gender)),
                      model::displayNhsNumber(i.nhsNumber)
                          + (!i.otherRecord ? std::string()
                                 : i.linked ? " (linked record)"
                                            : " (two records)"),
                      i.id});
    }
    table.print(ctx.out());
    if (page->more)
        ctx.out() << fmt::format("More than {} people match; only the first {} are listed. Add more of the name or "
                                 "the date of birth.\n",
                                 limit, limit);
    return ExitCode::Ok;
}

} // namespace carehouse::cli
