#include "app/cli/LettersReprintCommand.h"

#include "core/base/Log.h"
#include "core/letters/LetterLog.h"
#include "ui/print/ResultsLetterRenderer.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <ostream>

namespace carehouse::cli {

std::string LettersReprintCommand::name() const
{
    return "letters reprint";
}

std::string LettersReprintCommand::summary() const
{
    return "Print a letter from the letters log again, exactly as it was sent.";
}

std::string LettersReprintCommand::description() const
{
    return "The letters log keeps what each letter said when it was sent; the re-print is that letter, word for\n"
           "word, however the record, the wording or the templates have changed since. It is checked against\n"
           "the fingerprint logged with it (a mismatch is refused, exit 6) and the re-print is audited. It is\n"
           "not logged as another letter sent. 'carehouse-cli letters log PATIENT' shows each letter's id.";
}

std::vector<Option> LettersReprintCommand::options() const
{
    return {outOption("The PDF to write (replaced if it exists).")};
}

std::vector<Argument> LettersReprintCommand::arguments() const
{
    return {{"LETTER_ID", "The letter's id, from 'carehouse-cli letters log PATIENT'.", true, false}};
}

std::vector<std::string> LettersReprintCommand::examples() const
{
    return {"carehouse-cli letters log 9434765919",
            "carehouse-cli letters reprint 5f0c1e9a-8d1b-4c3e-9a55-2f7d0b6c1a42 --out nowak-again.pdf"};
}

ExitCode LettersReprintCommand::executeWithStore(CommandContext& ctx, const ParsedArguments& args,
                                                 record::RecordStore& store)
{
    const auto id = args.positional(0);
    const auto out = args.value("out");
    if (auto refused = checkPdfOut(ctx, out))
        return *refused;
    auto content = letters::LetterLog(store).reprint(id);
    if (!content) {
        const auto& e = content.error();
        if (e.code == base::ErrorCode::NotFound && e.field == "letter content")
            return ctx.refuse(ExitCode::NotFound,
                              fmt::format("The letter '{}' was logged before CareHouse kept each "
                                          "letter's content, so it cannot be printed again "
                                          "exactly; print a new one with 'letters preview'.",
                                          id));
        if (e.code == base::ErrorCode::NotFound)
            return ctx.refuse(ExitCode::NotFound,
                              fmt::format("No letter with the id '{}' is in the letters log. "
                                          "'carehouse-cli letters log PATIENT' shows each "
                                          "letter's id.",
                                          id));
        return ctx.fail(e);
    }
    if (!ensureGui(ctx))
        return ExitCode::Failure;
    auto written = ui::ResultsLetterRenderer::renderBatch(std::vector<letters::ResultsLetterContent>{*content},
                                                          QString::fromStdString(out));
    if (!written)
        return writeFailed(ctx, written.error(), out);
    base::logInfo("re-printed letter {} ({} pages)", id, written->pages);
    if (ctx.global().json) {
        nlohmann::json j{{"id", id},
                         {"patientId", content->person.patientId},
                         {"name", content->person.bannerName},
                         {"nhsNumber", content->person.nhsNumber},
                         {"letterDate", content->date.iso()},
                         {"file", out},
                         {"pages", written->pages}};
        ctx.out() << j.dump(2) << '\n';
        return ExitCode::Ok;
    }
    ctx.out() << fmt::format("Re-printed the results letter of {} for {} to {} ({} {}), exactly as it was sent.\n",
                             content->date.display(), content->person.bannerName, out, written->pages,
                             written->pages == 1 ? "page" : "pages");
    ctx.out() << "It is not logged as another letter sent.\n";
    return ExitCode::Ok;
}

} // namespace carehouse::cli
