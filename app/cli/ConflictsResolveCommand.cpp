#include "app/cli/ConflictsResolveCommand.h"

#include "core/base/Clock.h"
#include "core/model/NhsNumber.h"
#include "core/record/ConflictBook.h"
#include "core/record/PatientRepository.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <ostream>

namespace carehouse::cli {

namespace {

std::optional<std::vector<journal::VersionId>> parseSeen(const std::string& text, std::string& bad)
{
    std::vector<journal::VersionId> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        auto end = text.find(',', start);
        if (end == std::string::npos)
            end = text.size();
        std::string word = text.substr(start, end - start);
        while (!word.empty() && word.front() == ' ')
            word.erase(word.begin());
        while (!word.empty() && word.back() == ' ')
            word.pop_back();
        if (!word.empty()) {
            auto id = journal::VersionId::fromText(word);
            if (!id) {
                bad = word;
                return std::nullopt;
            }
            out.push_back(*id);
        }
        start = end + 1;
    }
    return out;
}

} // namespace

std::string ConflictsResolveCommand::name() const
{
    return "conflicts resolve";
}

std::string ConflictsResolveCommand::summary() const
{
    return "Resolve a conflict by keeping one of its versions.";
}

std::string ConflictsResolveCommand::description() const
{
    return "ID is the record id and VERSION one of its versions, both as 'conflicts list' prints them. A new\n"
           "version with the kept one's content is saved, superseding every version in the conflict; the\n"
           "others stay in the history. The resolution travels to the peers with the next 'exchange export'\n"
           "and closes the conflict there too. With --seen (the versions you compared, as 'conflicts list'\n"
           "prints them) the resolution is refused if another version has arrived since. Needs the\n"
           "permission an edit of that record needs.";
}

std::vector<Option> ConflictsResolveCommand::options() const
{
    return {{"keep", "VERSION", "The version to keep (origin:counter, as listed).", true},
            {"seen", "VERSIONS", "The versions you compared, comma-separated: refused if the conflict has changed."}};
}

std::vector<Argument> ConflictsResolveCommand::arguments() const
{
    return {{"ID", "The record id of the conflict, as 'conflicts list' prints it."}};
}

std::vector<std::string> ConflictsResolveCommand::examples() const
{
    return {"carehouse-cli --user nurse conflicts resolve RECORD-ID --keep ORIGIN:COUNTER --seen "
            "ORIGIN:COUNTER,ORIGIN:COUNTER"};
}

ExitCode ConflictsResolveCommand::executeWithStore(CommandContext& ctx, const ParsedArguments& args,
                                                   record::RecordStore& store)
{
    const std::string recordId = args.positional(0);
    const std::string keepText = args.value("keep");
    auto keep = journal::VersionId::fromText(keepText);
    if (!keep)
        return ctx.usage(
            fmt::format("'{}' is not a version as 'conflicts list' prints it (ORIGIN:COUNTER).", keepText));
    std::vector<journal::VersionId> seen;
    if (auto seenText = args.get("seen")) {
        std::string bad;
        auto parsed = parseSeen(*seenText, bad);
        if (!parsed)
            return ctx.usage(fmt::format("'{}' in --seen is not a version as 'conflicts list' prints it.", bad));
        seen = std::move(*parsed);
    }

    record::ConflictBook book(store);
    auto before = book.forRecord(recordId);
    if (!before)
        return ctx.fail(before.error());
    auto resolved = book.resolve(recordId, *keep, seen);
    if (!resolved)
        return ctx.fail(resolved.error());

    std::string who = recordId;
    std::string nhs;
    if (*before && !(*before)->patientId.empty()) {
        if (auto p = record::PatientRepository(store).patient((*before)->patientId)) {
            who = model::bannerName(p->value);
            nhs = model::displayNhsNumber(p->value.nhsNumber);
        }
    }
    std::size_t others = *before ? (*before)->heads.size() - 1 : 0;
    if (ctx.global().json) {
        nlohmann::json j = {{"recordId", recordId}, {"kept", keep->text()}, {"superseded", others},
                            {"name", who},          {"nhsNumber", nhs},     {"auditSeq", resolved->auditSeq}};
        ctx.out() << j.dump(2) << '\n';
        return ExitCode::Ok;
    }
    ctx.out() << fmt::format("Resolved the conflict in the record of {}{}: kept version {}; the other {} stay{} in "
                             "the history.\n",
                             who, nhs.empty() ? std::string() : " (NHS number " + nhs + ")", keep->text(),
                             others == 1 ? std::string("version") : fmt::format("{} versions", others),
                             others == 1 ? "s" : "");
    ctx.out() << "The resolution goes to the peers with the next 'exchange export'.\n";
    return ExitCode::Ok;
}

} // namespace carehouse::cli
