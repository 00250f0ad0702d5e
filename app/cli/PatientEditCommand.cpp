#include "app/cli/PatientEditCommand.h"

#include "app/cli/HistoryWording.h"
#include "app/cli/PatientJson.h"
#include "app/cli/PatientOptions.h"
#include "core/base/Log.h"
#include "core/record/PatientRegistration.h"
#include "core/record/PatientRepository.h"
#include "core/record/RecordCodec.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <ostream>

namespace carehouse::cli {

namespace {

// What differs between two versions of a person, in words ("Changed the town from ...").
std::vector<std::string> differences(const model::Patient& before, const model::Patient& after)
{
    record::HistoryEntry e;
    e.type = record::RecordType::Patient;
    auto b = record::toPayload(before);
    auto a = record::toPayload(after);
    auto text = [](const nlohmann::json& v) -> std::string {
        if (v.is_string())
            return v.get<std::string>();
        if (v.is_boolean())
            return v.get<bool>() ? "yes" : "no";
        return v.is_null() ? std::string() : v.dump();
    };
    for (auto it = a.begin(); it != a.end(); ++it) {
        auto old = b.find(it.key());
        if (old == b.end() || *old != it.value())
            e.changes.push_back({it.key(), old == b.end() ? std::string() : text(*old), text(it.value())});
    }
    for (auto it = b.begin(); it != b.end(); ++it)
        if (!a.contains(it.key()))
            e.changes.push_back({it.key(), text(it.value()), {}});
    if (e.changes.empty())
        return {};
    return HistoryWording::describe(e);
}

} // namespace

std::string PatientEditCommand::name() const
{
    return "patient edit";
}

std::string PatientEditCommand::summary() const
{
    return "Change a patient's details: only the fields given change.";
}

std::string PatientEditCommand::description() const
{
    return "The change is based on the version just read; if someone else saves first, nothing is saved.\n"
           "Give an option with an empty value (--phone \"\") to clear a field.";
}

std::vector<Option> PatientEditCommand::options() const
{
    auto o = PatientOptions::options(true);
    o.push_back({"dry-run", "", "Check the change and say what would change, but save nothing."});
    return o;
}

std::vector<Argument> PatientEditCommand::arguments() const
{
    return {{"ID|NHSNUMBER", "The record id, or the NHS number (spaces allowed).", true, true}};
}

std::vector<std::string> PatientEditCommand::examples() const
{
    return {"carehouse-cli patient edit 943 476 5919 --family Nowak-Smith --town Leeds"};
}

ExitCode PatientEditCommand::executeWithStore(CommandContext& ctx, const ParsedArguments& args,
                                              record::RecordStore& store)
{
    if (auto st = store.require(security::Permission::EditDemographics); !st)
        return ctx.fail(st.error());
    record::PatientRepository repository(store);
    auto id = repository.resolve(args.positional(0));
    if (!id)
        return ctx.fail(id.error());
    auto current = repository.patient(*id);
    if (!current)
        return ctx.fail(current.error());

    auto draft = record::PatientRegistration::draftFrom(current->value);
    if (PatientOptions::apply(args, draft) == 0)
        return ctx.usage("Nothing to change: give at least one field, such as --family NAME or --town TOWN; see "
                         "'carehouse-cli patient edit --help'.");
    record::PatientRegistration registration(store);
    model::Patient updated;
    auto problems = registration.validate(draft, updated, *id);
    if (!problems.empty()) {
        ExitCode first = ExitCode::Ok;
        for (const auto& e : problems) {
            auto code = ctx.fail(e);
            if (first == ExitCode::Ok)
                first = code;
        }
        ctx.err() << "Nothing was saved.\n";
        return first;
    }
    updated.id = *id;
    auto changes = differences(current->value, updated);
    const bool dryRun = args.flag("dry-run");
    if (!changes.empty() && !dryRun) {
        if (auto st = registration.update(*id, draft, current->headSeq); !st)
            return ctx.fail(st.error());
        base::logInfo("edited patient {}", *id);
    }
    if (ctx.global().json) {
        auto j = PatientJson::patient(updated, ctx.clock().today());
        j["changes"] = changes;
        j["saved"] = !changes.empty() && !dryRun;
        ctx.out() << j.dump(2) << '\n';
        return ExitCode::Ok;
    }
    if (changes.empty()) {
        ctx.out() << fmt::format("Nothing changed: the record of {} already says that.\n", model::bannerName(updated));
        return ExitCode::Ok;
    }
    ctx.out() << fmt::format("{} {}:\n", dryRun ? "Would update (--dry-run, nothing saved)" : "Updated",
                             model::bannerName(updated));
    for (const auto& c : changes)
        ctx.out() << "  " << c << '\n';
    return ExitCode::Ok;
}

} // namespace carehouse::cli
