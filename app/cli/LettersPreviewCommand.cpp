#include "app/cli/LettersPreviewCommand.h"

#include "app/cli/PatientArgument.h"
#include "core/base/Log.h"
#include "core/letters/ResultsLetterComposer.h"
#include "ui/print/ResultsLetterRenderer.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <ostream>

namespace carehouse::cli {

std::string LettersPreviewCommand::name() const
{
    return "letters preview";
}

std::string LettersPreviewCommand::summary() const
{
    return "Print one person's results letter to a PDF to look at; it is not logged as sent.";
}

std::string LettersPreviewCommand::description() const
{
    return "Composes the pre-consultation results letter from the person's record as it stands today, exactly as\n"
           "'letters batch' would, and writes it to --out. A preview is never logged as sent: the person stays\n"
           "on 'Letters to send'. A restricted record's letter may be previewed (and printed this way to hand\n"
           "over): it says \"Address withheld — hand to the patient\" where the address would be.";
}

std::vector<Option> LettersPreviewCommand::options() const
{
    return {outOption("The PDF to write (replaced if it exists)."), languageOption(), largePrintOption()};
}

std::vector<Argument> LettersPreviewCommand::arguments() const
{
    return {{PatientArgument::kName, "The record id, or the NHS number (spaces allowed).", true, true}};
}

std::vector<std::string> LettersPreviewCommand::examples() const
{
    return {"carehouse-cli letters preview 943 476 5919 --out nowak.pdf",
            "carehouse-cli letters preview 9434765919 --out nowak-bn.pdf --lang bn --large-print"};
}

ExitCode LettersPreviewCommand::executeWithStore(CommandContext& ctx, const ParsedArguments& args,
                                                 record::RecordStore& store)
{
    letters::ResultsLetterComposer::Options options;
    if (auto refused = readComposeOptions(ctx, args, options))
        return *refused;
    const auto out = args.value("out");
    if (auto refused = checkPdfOut(ctx, out))
        return *refused;
    auto patient = PatientArgument::resolve(store, args.positional(0));
    if (!patient)
        return ctx.fail(patient.error());
    auto content = letters::ResultsLetterComposer::compose(store, patient->id, options);
    if (!content)
        return ctx.fail(content.error());
    (void)store.recordAccess(patient->id, "preview-letter");
    if (!ensureGui(ctx))
        return ExitCode::Failure;
    auto written = ui::ResultsLetterRenderer::renderBatch(std::vector<letters::ResultsLetterContent>{*content},
                                                          QString::fromStdString(out));
    if (!written)
        return writeFailed(ctx, written.error(), out);
    base::logInfo("previewed the results letter of patient {} ({} pages)", patient->id, written->pages);

    const bool withheld = content->person.addressWithheld;
    const bool noAddress = !withheld && content->person.addressLines.empty();
    if (ctx.global().json) {
        nlohmann::json j{{"patientId", patient->id},
                         {"name", content->person.bannerName},
                         {"nhsNumber", content->person.nhsNumber},
                         {"file", out},
                         {"pages", written->pages},
                         {"language", content->language},
                         {"largePrint", content->largePrint},
                         {"addressWithheld", withheld},
                         {"addressRecorded", !content->person.addressLines.empty()},
                         {"loggedAsSent", false}};
        ctx.out() << j.dump(2) << '\n';
        return ExitCode::Ok;
    }
    ctx.out() << fmt::format("Wrote the results letter for {} to {} ({} {}, {}, {}).\n", content->person.bannerName,
                             out, written->pages, written->pages == 1 ? "page" : "pages", content->languageName,
                             content->largePrint ? "large print" : "standard print");
    ctx.out() << "This is a preview: it was not logged as sent, and the person's yearly cycle is unchanged.\n";
    if (withheld)
        ctx.out() << "Their record is restricted: the letter says \"Address withheld — hand to the patient\" where "
                     "the address would be. Hand it to them; never post it.\n";
    else if (noAddress)
        ctx.out() << "No address is recorded for them: add one ('carehouse-cli patient edit PATIENT --address1 ...') "
                     "before the letter "
                     "goes by post.\n";
    return ExitCode::Ok;
}

} // namespace carehouse::cli
