#include "app/cli/ConflictsListCommand.h"

#include "app/cli/TextTable.h"
#include "core/base/Clock.h"
#include "core/model/NhsNumber.h"
#include "core/record/ConflictBook.h"
#include "core/record/PatientRepository.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <ostream>

namespace carehouse::cli {

namespace {

std::string kindWords(record::RecordConflict::Kind kind)
{
    return kind == record::RecordConflict::Kind::EditMeetsRetirement
        ? "an edit meets entered-in-error (or cancelled, withdrawn)"
        : "concurrent edits";
}

std::string valueText(const nlohmann::json& payload, const std::string& key)
{
    if (!payload.is_object() || !payload.contains(key))
        return "(not set)";
    const auto& v = payload.at(key);
    if (v.is_null())
        return "(empty)";
    if (v.is_string())
        return v.get<std::string>().empty() ? std::string("(empty)") : v.get<std::string>();
    return v.dump();
}

std::string author(const record::ConflictVersion& v)
{
    return v.authorName.empty() ? v.author : fmt::format("{} ({})", v.authorName, v.author);
}

struct Person
{
    std::string name;
    std::string nhs;
};

Person personOf(record::RecordStore& store, const std::string& patientId)
{
    if (patientId.empty())
        return {"(no one: a practice record)", {}};
    auto p = record::PatientRepository(store).patient(patientId);
    if (!p)
        return {patientId, {}};
    return {model::bannerName(p->value), model::displayNhsNumber(p->value.nhsNumber)};
}

std::string joined(const std::vector<std::string>& words)
{
    std::string s;
    for (const auto& w : words)
        s += (s.empty() ? "" : ", ") + w;
    return s;
}

std::string seenList(const record::RecordConflict& c)
{
    std::string s;
    for (const auto& h : c.heads)
        s += (s.empty() ? "" : ",") + h.version.text();
    return s;
}

} // namespace

std::string ConflictsListCommand::name() const
{
    return "conflicts list";
}

std::string ConflictsListCommand::summary() const
{
    return "List the open conflicts: each record's versions side by side, with who, where and when.";
}

std::string ConflictsListCommand::description() const
{
    return "A conflict is a record changed at two sites (or on two copies) at the same time, neither change\n"
           "seeing the other; or an edit that meets an entry marked entered in error. Until a clinician\n"
           "resolves it, every site shows the same version (the first listed, 'shown now'), and no version is\n"
           "lost. Each conflict ends with the 'conflicts resolve' command that keeps one of its versions.";
}

std::vector<Option> ConflictsListCommand::options() const
{
    return {};
}

std::vector<Argument> ConflictsListCommand::arguments() const
{
    return {};
}

std::vector<std::string> ConflictsListCommand::examples() const
{
    return {"carehouse-cli --user nurse conflicts list", "carehouse-cli --user nurse conflicts list --json"};
}

ExitCode ConflictsListCommand::executeWithStore(CommandContext& ctx, const ParsedArguments&, record::RecordStore& store)
{
    auto open = record::ConflictBook(store).open();
    if (!open)
        return ctx.fail(open.error());

    if (ctx.global().json) {
        auto list = nlohmann::json::array();
        for (const auto& c : *open) {
            const auto person = personOf(store, c.patientId);
            auto heads = nlohmann::json::array();
            for (const auto& h : c.heads) {
                nlohmann::json fields = nlohmann::json::object();
                for (const auto& k : c.differingKeys)
                    fields[k] = h.payload.is_object() && h.payload.contains(k) ? h.payload.at(k) : nullptr;
                heads.push_back({{"version", h.version.text()},
                                 {"author", h.author},
                                 {"authorName", h.authorName},
                                 {"siteId", h.siteUuid},
                                 {"site", h.siteName},
                                 {"at", base::formatTimestamp(h.atMillis)},
                                 {"shown", h.shown},
                                 {"retired", h.retired},
                                 {"fields", fields},
                                 {"payload", h.payload}});
            }
            list.push_back({{"recordId", c.recordId},
                            {"recordType", std::string(record::recordTypeCode(c.type))},
                            {"patientId", c.patientId},
                            {"name", person.name},
                            {"nhsNumber", person.nhs},
                            {"kind", std::string(record::conflictKindCode(c.kind))},
                            {"foundAt", base::formatTimestamp(c.openedAt)},
                            {"differingFields", c.differingKeys},
                            {"heads", heads},
                            {"seen", seenList(c)}});
        }
        ctx.out() << list.dump(2) << '\n';
        return ExitCode::Ok;
    }

    if (open->empty()) {
        ctx.out() << "No open conflicts.\n";
        return ExitCode::Ok;
    }
    std::size_t n = 0;
    for (const auto& c : *open) {
        const auto person = personOf(store, c.patientId);
        ctx.out() << fmt::format("{}Conflict {} of {}: {} record {}\n", n == 0 ? "" : "\n", n + 1, open->size(),
                                 record::recordTypeCode(c.type), c.recordId);
        ++n;
        ctx.out() << fmt::format("  Person: {}{}\n", person.name,
                                 person.nhs.empty() ? std::string() : ", NHS number " + person.nhs);
        ctx.out() << fmt::format("  Kind: {}; found here {}\n", kindWords(c.kind), base::formatTimestamp(c.openedAt));
        ctx.out() << fmt::format("  Fields that differ: {}\n\n",
                                 c.differingKeys.empty() ? std::string("none (the same content)")
                                                         : joined(c.differingKeys));
        std::vector<std::string> headers{""};
        for (std::size_t i = 0; i < c.heads.size(); ++i)
            headers.push_back(fmt::format("Version {}{}", i + 1, c.heads[i].shown ? " (shown now)" : ""));
        TextTable table(headers);
        auto row = [&](const std::string& label, auto&& cell) {
            std::vector<std::string> cells{label};
            for (const auto& h : c.heads)
                cells.push_back(cell(h));
            table.addRow(std::move(cells));
        };
        row("version", [](const record::ConflictVersion& h) { return h.version.text(); });
        row("made by", [](const record::ConflictVersion& h) { return author(h); });
        row("at site", [](const record::ConflictVersion& h) { return h.siteName; });
        row("when", [](const record::ConflictVersion& h) { return base::formatTimestamp(h.atMillis); });
        row("in use", [](const record::ConflictVersion& h) {
            return h.retired ? std::string("no: entered in error / withdrawn") : std::string("yes");
        });
        for (const auto& k : c.differingKeys)
            row(k, [&](const record::ConflictVersion& h) { return valueText(h.payload, k); });
        table.print(ctx.out());
        ctx.out() << fmt::format("\n  To keep one: carehouse-cli conflicts resolve {} --keep VERSION --seen {}\n",
                                 c.recordId, seenList(c));
    }
    ctx.out() << fmt::format("\n{} open conflict{}.\n", open->size(), open->size() == 1 ? "" : "s");
    return ExitCode::Ok;
}

} // namespace carehouse::cli
