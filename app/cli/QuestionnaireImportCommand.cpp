#include "app/cli/QuestionnaireImportCommand.h"

#include "app/cli/ErrorWording.h"
#include "core/questionnaire/QuestionnaireLibrary.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <ostream>

namespace carehouse::cli {

using questionnaire::UnsupportedFeature;

namespace {

std::string kindWords(const UnsupportedFeature& u)
{
    using K = UnsupportedFeature::Kind;
    switch (u.kind) {
    case K::ItemType: return fmt::format("item type '{}'", u.what);
    case K::AnswerValueSet: return fmt::format("options from the value set {} (not listed in the file)", u.what);
    case K::AnswerOption: return fmt::format("answer option '{}'", u.what);
    case K::EnableWhen: return fmt::format("enableWhen condition ({})", u.what);
    case K::Extension: return fmt::format("extension {}", u.what);
    case K::ModifierExtension: return fmt::format("modifierExtension {}", u.what);
    case K::Element: return fmt::format("'{}'", u.what);
    }
    return u.what;
}

std::string consequenceWords(UnsupportedFeature::Consequence c)
{
    using C = UnsupportedFeature::Consequence;
    switch (c) {
    case C::NotAnswerable: return "the item is shown but cannot be answered in CareHouse";
    case C::OptionLeftOut: return "that option is not offered";
    case C::ConditionIgnored: return "the condition is not applied, so the item is always shown";
    case C::Ignored: return "ignored";
    }
    return "ignored";
}

} // namespace

std::string QuestionnaireImportCommand::name() const
{
    return "questionnaire import";
}

std::string QuestionnaireImportCommand::summary() const
{
    return "Import a FHIR R4 Questionnaire file and list anything in it CareHouse does not support.";
}

std::string QuestionnaireImportCommand::description() const
{
    return "The file is checked before anything is kept: it must be a FHIR R4 Questionnaire (JSON, at most 8 MiB,\n"
           "nested at most 64 deep) with a url, unique linkIds, and enableWhen conditions that name real questions\n"
           "and do not enable one another in a circle. Whatever CareHouse does not support (item types such as\n"
           "attachment, reference or quantity; options from a value set; extensions; conditions it cannot\n"
           "evaluate) is listed item by item, never dropped silently; the rest is imported. Scores come from\n"
           "the ordinalValue or itemWeight extension of each option, bands and flags from CareHouse's\n"
           "questionnaire-scoring extension. A version is kept once: the same url and version with other content\n"
           "is refused (give the changed questionnaire a new version). Administrators and clinical leads only.";
}

std::vector<Option> QuestionnaireImportCommand::options() const
{
    return {{"dry-run", "", "Read and check the file, print the report, keep nothing."}};
}

std::vector<Argument> QuestionnaireImportCommand::arguments() const
{
    return {{"FILE", "The FHIR R4 Questionnaire (JSON; quote a path with spaces).", true, false}};
}

std::vector<std::string> QuestionnaireImportCommand::examples() const
{
    return {"carehouse-cli --user lead questionnaire import phq-9-loinc.json",
            "carehouse-cli questionnaire import audit-c.json --dry-run --json"};
}

ExitCode QuestionnaireImportCommand::executeWithStore(CommandContext& ctx, const ParsedArguments& args,
                                                      record::RecordStore& store)
{
    const bool dryRun = args.flag("dry-run");
    auto imported = questionnaire::QuestionnaireLibrary(store).importFile(args.positional(0), dryRun);
    if (!imported)
        return ctx.fail(imported.error());
    const auto& report = imported->report;
    const auto& q = report.questionnaire;
    if (ctx.global().json) {
        auto unsupported = nlohmann::json::array();
        for (const auto& u : report.unsupported)
            unsupported.push_back({{"path", u.path},
                                   {"linkId", u.linkId},
                                   {"kind", std::string(questionnaire::unsupportedKindCode(u.kind))},
                                   {"what", u.what},
                                   {"consequence", std::string(questionnaire::consequenceCode(u.consequence))}});
        nlohmann::json j = {{"id", imported->stored.id},
                            {"url", q.url},
                            {"version", q.version},
                            {"title", q.displayTitle()},
                            {"items", q.itemCount()},
                            {"scored", q.scored()},
                            {"bands", q.scoring.bands.size()},
                            {"flags", q.scoring.flags.size()},
                            {"safetyFlagsAdded", report.safetyFlagsAdded},
                            {"unsupported", unsupported},
                            {"added", imported->added},
                            {"dryRun", dryRun}};
        ctx.out() << j.dump(2) << '\n';
        return ExitCode::Ok;
    }
    ctx.out() << fmt::format(
        "{} ({}): {} items{}.\n", q.displayTitle(), q.canonical(), q.itemCount(),
        q.scored() ? fmt::format(", scored, {} bands, {} flags", q.scoring.bands.size(), q.scoring.flags.size())
                   : std::string(", not scored"));
    if (report.unsupported.empty()) {
        ctx.out() << "Everything in the file is supported.\n";
    } else {
        ctx.out() << fmt::format("Not supported ({}):\n", report.unsupported.size());
        for (const auto& u : report.unsupported)
            ctx.out() << fmt::format("  {}{}: {}: {}.\n", u.path, u.linkId.empty() ? "" : " (" + u.linkId + ")",
                                     kindWords(u), consequenceWords(u.consequence));
    }
    for (const auto& linkId : report.safetyFlagsAdded)
        ctx.out() << fmt::format("Item '{}' is PHQ-9 item 9 (LOINC 44260-8) and the file gave it no safety flag: "
                                 "CareHouse raises one when it is answered above 0.\n",
                                 linkId);
    if (dryRun)
        ctx.out() << "Nothing was kept (--dry-run).\n";
    else if (!imported->added)
        ctx.out() << "This version is already kept; nothing was added.\n";
    else
        ctx.out() << fmt::format("Imported as '{}'.\n", q.id.empty() ? q.canonical() : q.id);
    return ExitCode::Ok;
}

} // namespace carehouse::cli
