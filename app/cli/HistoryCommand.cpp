#include "app/cli/HistoryCommand.h"

#include "app/cli/HistoryWording.h"
#include "core/base/Clock.h"
#include "core/model/NhsNumber.h"
#include "core/record/PatientRepository.h"
#include "core/record/RecordHistory.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <ostream>

namespace carehouse::cli {

std::string HistoryCommand::name() const
{
    return "history";
}

std::string HistoryCommand::summary() const
{
    return "Show who changed a patient's record, when, where and what changed.";
}

std::string HistoryCommand::description() const
{
    return "Newest first. Times are 24-hour UTC.";
}

std::vector<Option> HistoryCommand::options() const
{
    return {};
}

std::vector<Argument> HistoryCommand::arguments() const
{
    return {{"ID|NHSNUMBER", "The record id, or the NHS number (spaces allowed).", true, true}};
}

std::vector<std::string> HistoryCommand::examples() const
{
    return {"carehouse-cli history 943 476 5919"};
}

ExitCode HistoryCommand::executeWithStore(CommandContext& ctx, const ParsedArguments& args, record::RecordStore& store)
{
    record::PatientRepository repository(store);
    auto id = repository.resolve(args.positional(0));
    if (!id)
        return ctx.fail(id.error());
    auto patient = repository.patient(*id);
    if (!patient)
        return ctx.fail(patient.error());
    auto entries = record::RecordHistory(store).forPatient(*id);
    if (!entries)
        return ctx.fail(entries.error());
    (void)store.recordAccess(*id, "view-history");

    auto who = [](const record::HistoryEntry& e) {
        return e.authorName.empty() || e.authorName == e.author ? e.author
                                                                : fmt::format("{} ({})", e.authorName, e.author);
    };
    if (ctx.global().json) {
        auto j = nlohmann::json::array();
        for (const auto& e : *entries) {
            auto changes = nlohmann::json::array();
            for (const auto& c : e.changes)
                changes.push_back({{"field", HistoryWording::fieldName(e.type, c.key)},
                                   {"key", c.key},
                                   {"before", c.before},
                                   {"after", c.after}});
            j.push_back({{"seq", e.seq},
                         {"version", e.version},
                         {"when", base::formatTimestamp(e.atMillis)},
                         {"atMillis", e.atMillis},
                         {"author", e.author},
                         {"authorName", e.authorName},
                         {"site", e.siteName},
                         {"type", std::string(record::recordTypeCode(e.type))},
                         {"recordId", e.recordId},
                         {"created", e.created},
                         {"description", HistoryWording::describe(e)},
                         {"changes", changes}});
        }
        ctx.out() << j.dump(2) << '\n';
        return ExitCode::Ok;
    }
    auto& out = ctx.out();
    out << fmt::format("History of {} (NHS number {}), newest first:\n", model::bannerName(patient->value),
                       model::displayNhsNumber(patient->value.nhsNumber));
    for (const auto& e : *entries) {
        out << fmt::format("\n{}  by {} at {}\n", base::formatTimestamp(e.atMillis), who(e), e.siteName);
        for (const auto& line : HistoryWording::describe(e))
            out << "  " << line << '\n';
    }
    return ExitCode::Ok;
}

} // namespace carehouse::cli
