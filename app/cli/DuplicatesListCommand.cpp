#include "app/cli/DuplicatesListCommand.h"

#include "app/cli/TextTable.h"
#include "core/base/Clock.h"
#include "core/model/NhsNumber.h"
#include "core/record/DuplicateComparison.h"
#include "core/record/PossibleDuplicates.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <ostream>

namespace carehouse::cli {

namespace {

std::string orNotRecorded(const std::string& s)
{
    return s.empty() ? std::string("(not recorded)") : s;
}

std::string address(const model::Patient& p)
{
    if (p.restricted)
        return "(restricted record: address not shown)";
    std::string s;
    for (const auto* part : {&p.addressLine1, &p.addressLine2, &p.town, &p.postcode})
        if (!part->empty())
            s += (s.empty() ? "" : ", ") + *part;
    return orNotRecorded(s);
}

nlohmann::json sideJson(const record::DuplicateRecordSide& s, const std::string& mainId)
{
    const auto& p = s.patient.value;
    return {{"patientId", p.id},
            {"name", model::bannerName(p)},
            {"birthDate", p.birthDate.iso()},
            {"gender", std::string(model::genderCode(p.gender))},
            {"address", address(p)},
            {"practice", p.practice},
            {"registeredAt", s.registeredAtSite},
            {"registeredBy", s.registeredBy},
            {"registeredOn", base::formatTimestamp(s.registeredAtMillis)},
            {"observations", s.observations},
            {"conditions", s.conditions},
            {"carePlans", s.carePlans},
            {"lastEntry", s.lastEntry.valid() ? s.lastEntry.iso() : std::string()},
            {"linkedTo", p.linkedTo},
            {"main", !mainId.empty() && p.id == mainId}};
}

} // namespace

std::string DuplicatesListCommand::name() const
{
    return "duplicates list";
}

std::string DuplicatesListCommand::summary() const
{
    return "List the records that share an NHS number, side by side, to compare and link.";
}

std::string DuplicatesListCommand::description() const
{
    return "Two records hold one NHS number when the person was registered at two sites before an exchange\n"
           "brought the records together. CareHouse never merges them or matches on a name: compare who each\n"
           "record says the person is, where it was started and what it holds, then either link them\n"
           "('duplicates link MAIN OTHER') or, when they are different people, correct the NHS number that is\n"
           "wrong ('patient edit'). Until then a laboratory result for that NHS number waits in the unmatched\n"
           "results queue. With --all, pairs already linked are listed too.";
}

std::vector<Option> DuplicatesListCommand::options() const
{
    return {{"all", "", "Also list the records already linked."}};
}

std::vector<Argument> DuplicatesListCommand::arguments() const
{
    return {};
}

std::vector<std::string> DuplicatesListCommand::examples() const
{
    return {"carehouse-cli --user nurse duplicates list", "carehouse-cli --user nurse duplicates list --all --json"};
}

ExitCode DuplicatesListCommand::executeWithStore(CommandContext& ctx, const ParsedArguments& args,
                                                 record::RecordStore& store)
{
    record::PossibleDuplicates duplicates(store);
    auto groups = args.flag("all") ? duplicates.all() : duplicates.open();
    if (!groups)
        return ctx.fail(groups.error());
    record::DuplicateComparison comparison(store);

    if (ctx.global().json) {
        auto list = nlohmann::json::array();
        for (const auto& g : *groups) {
            auto sides = comparison.compare(g.patientIds);
            if (!sides)
                return ctx.fail(sides.error());
            auto records = nlohmann::json::array();
            for (const auto& s : *sides)
                records.push_back(sideJson(s, g.mainId));
            list.push_back({{"nhsNumber", model::displayNhsNumber(g.nhsNumber)},
                            {"linked", !g.open()},
                            {"mainId", g.mainId},
                            {"records", records}});
        }
        ctx.out() << list.dump(2) << '\n';
        return ExitCode::Ok;
    }

    if (groups->empty()) {
        ctx.out() << (args.flag("all") ? "No records share an NHS number.\n"
                                       : "No possible duplicates: no two records share an NHS number unlinked.\n");
        return ExitCode::Ok;
    }
    std::size_t n = 0;
    for (const auto& g : *groups) {
        auto sides = comparison.compare(g.patientIds);
        if (!sides)
            return ctx.fail(sides.error());
        ctx.out() << fmt::format("{}NHS number {}: {} records, {}\n", n++ == 0 ? "" : "\n",
                                 model::displayNhsNumber(g.nhsNumber), sides->size(),
                                 g.open() ? "not linked: compare them" : "linked as the same person");
        std::vector<std::string> headers{""};
        for (std::size_t i = 0; i < sides->size(); ++i)
            headers.push_back(
                fmt::format("Record {}{}", i + 1, (*sides)[i].patient.value.id == g.mainId ? " (main)" : ""));
        TextTable table(headers);
        auto row = [&](const std::string& label, auto&& cell) {
            std::vector<std::string> cells{label};
            for (const auto& s : *sides)
                cells.push_back(cell(s));
            table.addRow(std::move(cells));
        };
        using Side = record::DuplicateRecordSide;
        row("record id", [](const Side& s) { return s.patient.value.id; });
        row("name", [](const Side& s) { return model::bannerName(s.patient.value); });
        row("date of birth", [](const Side& s) { return s.patient.value.birthDate.display(); });
        row("gender", [](const Side& s) { return std::string(model::genderDisplay(s.patient.value.gender)); });
        row("address", [](const Side& s) { return address(s.patient.value); });
        row("GP practice", [](const Side& s) { return orNotRecorded(s.patient.value.practice); });
        row("started at", [](const Side& s) { return s.registeredAtSite; });
        row("started by", [](const Side& s) { return s.registeredBy; });
        row("started on", [](const Side& s) { return base::formatTimestamp(s.registeredAtMillis); });
        row("holds", [](const Side& s) {
            return fmt::format("{} observations, {} conditions, {} care plans", s.observations, s.conditions,
                               s.carePlans);
        });
        row("last entry", [](const Side& s) { return s.lastEntry.valid() ? s.lastEntry.display() : "(none)"; });
        table.print(ctx.out());
        if (g.open() && sides->size() >= 2)
            ctx.out() << fmt::format("\n  Same person: carehouse-cli duplicates link {} {}\n"
                                     "  Different people: correct the wrong NHS number with 'patient edit'.\n",
                                     (*sides)[0].patient.value.id, (*sides)[1].patient.value.id);
    }
    return ExitCode::Ok;
}

} // namespace carehouse::cli
