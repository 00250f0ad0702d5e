#include "app/cli/LettersLogCommand.h"

#include "app/cli/PatientArgument.h"
#include "app/cli/TextTable.h"
#include "core/letters/LetterLog.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <ostream>

namespace carehouse::cli {

std::string LettersLogCommand::name() const
{
    return "letters log";
}

std::string LettersLogCommand::summary() const
{
    return "List the letters sent to a person: when, which kind, language, print size and by whom.";
}

std::string LettersLogCommand::description() const
{
    return "Each entry keeps a fingerprint of exactly what the letter said and the version of the record it was\n"
           "composed from, so a re-print can be checked against what was sent. The Id column is what\n"
           "'carehouse-cli letters reprint LETTER_ID --out FILE.pdf' takes to print a letter again exactly as it went "
           "out.";
}

std::vector<Option> LettersLogCommand::options() const
{
    return {};
}

std::vector<Argument> LettersLogCommand::arguments() const
{
    return {{PatientArgument::kName, "The record id, or the NHS number (spaces allowed).", true, true}};
}

std::vector<std::string> LettersLogCommand::examples() const
{
    return {"carehouse-cli letters log 943 476 5919", "carehouse-cli letters log 9434765919 --json"};
}

ExitCode LettersLogCommand::executeWithStore(CommandContext& ctx, const ParsedArguments& args,
                                             record::RecordStore& store)
{
    auto patient = PatientArgument::resolve(store, args.positional(0));
    if (!patient)
        return ctx.fail(patient.error());
    auto log = letters::LetterLog(store).forPatient(patient->id);
    if (!log)
        return ctx.fail(log.error());
    if (ctx.global().json) {
        auto j = nlohmann::json::array();
        for (const auto& s : *log)
            j.push_back({{"id", s.id},
                         {"kind", std::string(model::sentLetterKindCode(s.kind))},
                         {"sentOn", s.sentOn.iso()},
                         {"language", s.language},
                         {"largePrint", s.largePrint},
                         {"contentHash", s.contentHash},
                         {"recordVersion", s.recordVersion},
                         {"batchId", s.batchId},
                         {"sentBy", s.sentBy},
                         {"reprintable", !s.content.empty()}});
        ctx.out() << j.dump(2) << '\n';
        return ExitCode::Ok;
    }
    if (log->empty()) {
        ctx.out() << fmt::format("No letters have been sent to {}.\n", patient->name);
        return ExitCode::Ok;
    }
    ctx.out() << patient->name << '\n';
    TextTable table({"Sent", "Letter", "Language", "Print", "By", "Fingerprint", "Id"});
    for (const auto& s : *log)
        table.addRow({s.sentOn.display(), s.kind == model::SentLetter::Kind::Results ? "Results" : "Invitation",
                      s.language.empty() ? "Not known" : s.language, s.largePrint ? "Large print" : "Standard",
                      s.sentBy, s.contentHash.substr(0, 12), s.id});
    table.print(ctx.out());
    ctx.out() << "Print one again exactly as it was sent: carehouse-cli letters reprint LETTER_ID --out FILE.pdf\n";
    return ExitCode::Ok;
}

} // namespace carehouse::cli
