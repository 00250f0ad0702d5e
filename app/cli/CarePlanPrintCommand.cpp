#include "app/cli/CarePlanPrintCommand.h"

#include "app/cli/CarePlanArgument.h"
#include "core/base/Log.h"
#include "core/careplan/CarePlanLetterComposer.h"
#include "core/careplan/CarePlanWording.h"
#include "core/letters/ResultsLetterComposer.h"
#include "ui/print/CarePlanRenderer.h"

#include <algorithm>
#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <ostream>

namespace carehouse::cli {

std::string CarePlanPrintCommand::name() const
{
    return "careplan print";
}

std::string CarePlanPrintCommand::summary() const
{
    return "Print a person's care plan, written for them, to a PDF.";
}

std::string CarePlanPrintCommand::description() const
{
    return "The latest care plan written for the person in plain words: their goals in their own words and why\n"
           "they matter, what they will do and what the team will do (who, by when), the support and how to\n"
           "get in touch, the targets they agreed, the next review and the practice's phone. In the person's\n"
           "language and print size unless --lang or --large-print say otherwise; their name and NHS number\n"
           "are on every page. A person without a saved plan is refused (exit 3) and no file is written.";
}

std::vector<Option> CarePlanPrintCommand::options() const
{
    std::string shipped;
    for (const auto& l : careplan::CarePlanWording::available())
        shipped += (shipped.empty() ? "" : ", ") + l;
    return {outOption("The PDF to write (replaced if it exists)."),
            {"lang", "L",
             fmt::format("The care plan's language ({}); default: the person's preferred language.",
                         shipped.empty() ? std::string("en") : shipped)},
            largePrintOption()};
}

std::vector<Argument> CarePlanPrintCommand::arguments() const
{
    return {{PatientArgument::kName, "The record id, or the NHS number (spaces allowed).", true, true}};
}

std::vector<std::string> CarePlanPrintCommand::examples() const
{
    return {"carehouse-cli careplan print 943 476 5919 --out begum-care-plan.pdf",
            "carehouse-cli careplan print 9434765919 --out begum-bn.pdf --lang bn --large-print"};
}

ExitCode CarePlanPrintCommand::executeWithStore(CommandContext& ctx, const ParsedArguments& args,
                                                record::RecordStore& store)
{
    careplan::CarePlanLetterComposer::Options options;
    if (auto lang = args.get("lang")) {
        const auto code = letters::ResultsLetterComposer::primaryLanguage(*lang);
        const auto shipped = careplan::CarePlanWording::available();
        if (lang->empty() || std::find(shipped.begin(), shipped.end(), code) == shipped.end()) {
            std::string list;
            for (const auto& l : shipped) {
                auto wording = careplan::CarePlanWording::forLanguage(l);
                list += fmt::format("{}{}{}", list.empty() ? "" : ", ", l,
                                    wording ? " (" + wording->languageName() + ")" : std::string());
            }
            return ctx.usage(fmt::format("There is no care plan wording in '{}'. The languages are: {}; give one of "
                                         "them with --lang.",
                                         *lang, list.empty() ? std::string("none") : list));
        }
        options.language = code;
    }
    if (args.flag("large-print"))
        options.largePrint = true;
    const auto out = args.value("out");
    if (auto refused = checkPdfOut(ctx, out))
        return *refused;

    ExitCode code = ExitCode::Ok;
    auto r = CarePlanArgument::resolve(ctx, store, args.positional(0), code);
    if (!r)
        return code;
    auto content = careplan::CarePlanLetterComposer::compose(store, r->person.id, options);
    if (!content) {
        if (content.error().code == base::ErrorCode::NotFound && content.error().field == "care plan")
            return ctx.refuse(ExitCode::NotFound, CarePlanArgument::noPlanMessage(r->person.name));
        return ctx.fail(content.error());
    }
    (void)store.recordAccess(r->person.id, "print-care-plan");
    if (!ensureGui(ctx))
        return ExitCode::Failure;
    auto written = ui::CarePlanRenderer::render(*content, QString::fromStdString(out));
    if (!written) {
        const auto& e = written.error();
        if (e.code != base::ErrorCode::IoFailed && e.code != base::ErrorCode::DiskFull)
            return ctx.fail(e);
        base::logError("{} (exit {})", e.describe(), toInt(ExitCode::Io));
        return ctx.refuse(ExitCode::Io,
                          fmt::format("The care plan could not be written to '{}'{}. Check that the "
                                      "folder exists, that you may write to it and that the disk "
                                      "has space, or give another --out.",
                                      out, e.detail.empty() ? std::string() : " (" + e.detail + ")"));
    }
    base::logInfo("printed the care plan {} of patient {} ({} pages)", content->planId, r->person.id, written->pages);
    if (ctx.global().json) {
        ctx.out() << nlohmann::json{{"patientId", r->person.id},
                                    {"name", content->person.bannerName},
                                    {"nhsNumber", content->person.nhsNumber},
                                    {"carePlanId", content->planId},
                                    {"file", out},
                                    {"pages", written->pages},
                                    {"language", content->language},
                                    {"largePrint", content->largePrint}}
                         .dump(2)
                  << '\n';
        return ExitCode::Ok;
    }
    ctx.out() << fmt::format("Wrote the care plan of {} ({}) to {} ({} {}, {}, {}).\n", content->person.bannerName,
                             content->consultedOnText, out, written->pages, written->pages == 1 ? "page" : "pages",
                             content->languageName, content->largePrint ? "large print" : "standard print");
    return ExitCode::Ok;
}

} // namespace carehouse::cli
