#include "app/cli/QuestionnairePrintCommand.h"

#include "app/cli/PatientArgument.h"
#include "core/base/Log.h"
#include "core/questionnaire/QuestionnaireLibrary.h"
#include "ui/print/BlankQuestionnaireRenderer.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <ostream>

namespace carehouse::cli {

std::string QuestionnairePrintCommand::name() const
{
    return "questionnaire print";
}

std::string QuestionnairePrintCommand::summary() const
{
    return "Print a questionnaire as a blank paper form to a PDF, for a person or for the practice.";
}

std::string QuestionnairePrintCommand::description() const
{
    return "The questions in order with tick boxes, lines to write on and boxes for numbers and dates; a\n"
           "question that only applies after an earlier answer says so. No score is printed. With --patient\n"
           "the person's name, date of birth and NHS number are on every page, so a returned copy is entered\n"
           "against the right person (print size from their record unless --large-print); without it the form\n"
           "has lines for the person to write their name, date of birth and NHS number.";
}

std::vector<Option> QuestionnairePrintCommand::options() const
{
    return {outOption("The PDF to write (replaced if it exists)."),
            {"patient", "ID", "The person it is for: record id or NHS number (quote it when it has spaces)."},
            {"large-print", "", "Print at 16 pt (default: as the person's record says; standard for a blank)."}};
}

std::vector<Argument> QuestionnairePrintCommand::arguments() const
{
    return {{"QUESTIONNAIRE", "Its name from 'questionnaire list' (phq-9, gad-7, phq-2, gad-2, care-planning-agenda).",
             true, false}};
}

std::vector<std::string> QuestionnairePrintCommand::examples() const
{
    return {"carehouse-cli questionnaire print phq-9 --patient \"943 476 5919\" --out phq9-nowak.pdf",
            "carehouse-cli questionnaire print care-planning-agenda --out agenda-blank.pdf --large-print"};
}

ExitCode QuestionnairePrintCommand::executeWithStore(CommandContext& ctx, const ParsedArguments& args,
                                                     record::RecordStore& store)
{
    const auto out = args.value("out");
    if (auto refused = checkPdfOut(ctx, out))
        return *refused;
    auto found = questionnaire::QuestionnaireLibrary(store).find(args.positional(0));
    if (!found)
        return ctx.fail(found.error());
    std::string patientId;
    if (auto patient = args.get("patient")) {
        auto resolved = PatientArgument::resolve(store, *patient);
        if (!resolved)
            return ctx.fail(resolved.error());
        patientId = resolved->id;
    }
    std::optional<bool> largePrint;
    if (args.flag("large-print"))
        largePrint = true;
    auto form = ui::BlankQuestionnaireRenderer::compose(store, found->definition.questionnaire, patientId, largePrint);
    if (!form)
        return ctx.fail(form.error());
    if (!patientId.empty())
        (void)store.recordAccess(patientId, "print-blank-questionnaire");
    if (!ensureGui(ctx))
        return ExitCode::Failure;
    auto written = ui::BlankQuestionnaireRenderer::render(*form, QString::fromStdString(out));
    if (!written) {
        const auto& e = written.error();
        if (e.code != base::ErrorCode::IoFailed && e.code != base::ErrorCode::DiskFull)
            return ctx.fail(e);
        base::logError("{} (exit {})", e.describe(), toInt(ExitCode::Io));
        return ctx.refuse(ExitCode::Io,
                          fmt::format("The questionnaire could not be written to '{}'{}. Check that the folder "
                                      "exists, that you may write to it and that the disk has space, or give "
                                      "another --out.",
                                      out, e.detail.empty() ? std::string() : " (" + e.detail + ")"));
    }
    const auto& q = form->questionnaire;
    base::logInfo("printed a blank {} {} ({} pages)", q.id, patientId.empty() ? "for the practice" : "for " + patientId,
                  written->pages);
    if (ctx.global().json) {
        nlohmann::json j{{"questionnaire", q.id}, {"title", q.displayTitle()}, {"version", q.version},
                         {"file", out},           {"pages", written->pages},   {"largePrint", form->largePrint}};
        if (form->person) {
            j["patientId"] = form->person->patientId;
            j["name"] = form->person->bannerName;
            j["nhsNumber"] = form->person->nhsNumber;
        } else {
            j["patientId"] = nullptr;
        }
        ctx.out() << j.dump(2) << '\n';
        return ExitCode::Ok;
    }
    ctx.out() << fmt::format("Wrote a blank {} {} to {} ({} {}, {}).\n", q.displayTitle(),
                             form->person ? "for " + form->person->bannerName : std::string("for the practice"), out,
                             written->pages, written->pages == 1 ? "page" : "pages",
                             form->largePrint ? "large print" : "standard print");
    return ExitCode::Ok;
}

} // namespace carehouse::cli
