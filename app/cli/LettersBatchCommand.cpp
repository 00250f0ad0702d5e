#include "app/cli/LettersBatchCommand.h"

#include "app/cli/ErrorWording.h"
#include "app/cli/TextTable.h"
#include "core/base/Log.h"
#include "core/letters/LetterLog.h"
#include "core/letters/ResultsLetterBatch.h"
#include "core/model/NhsNumber.h"
#include "ui/print/ResultsLetterRenderer.h"

#include <QDir>
#include <QFile>
#include <QString>
#include <filesystem>
#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <ostream>
#include <set>

namespace carehouse::cli {

namespace {

using letters::ResultsLetterBatch;

constexpr const char* kWorklist = "letters-to-send";

// One letter printed in this run.
struct Printed
{
    std::string patientId;
    std::string name; // banner form
    std::string nhsNumber; // digits
    std::string carePlanning; // dd-Mmm-yyyy, empty when not booked
    int firstPage = 0; // in the one PDF
    std::string file; // in the folder
};

std::string nhsText(const std::string& digits)
{
    return digits.empty() ? std::string("no NHS number") : model::displayNhsNumber(digits);
}

std::string reasonCode(ResultsLetterBatch::Reason reason)
{
    switch (reason) {
    case ResultsLetterBatch::Reason::Restricted: return "restricted";
    case ResultsLetterBatch::Reason::NoAddress: return "no-address";
    case ResultsLetterBatch::Reason::NotComposed: return "not-composed";
    }
    return "not-composed";
}

std::string reasonWords(const ResultsLetterBatch::Skipped& s)
{
    switch (s.reason) {
    case ResultsLetterBatch::Reason::Restricted:
        return fmt::format("restricted record: never in a postal batch. Print their letter from their record "
                           "('carehouse-cli letters preview {} --out FILE.pdf') and hand it to them.",
                           s.person.nhsNumber.empty() ? s.person.patientId : s.person.nhsNumber);
    case ResultsLetterBatch::Reason::NoAddress:
        return fmt::format("no address recorded. Add their address ('carehouse-cli patient edit {} --address1 ...') "
                           "and print again, or give them the letter by hand.",
                           s.person.nhsNumber.empty() ? s.person.patientId : s.person.nhsNumber);
    case ResultsLetterBatch::Reason::NotComposed:
        return "the letter could not be composed: " + ErrorWording::sentence(s.error);
    }
    return {};
}

void printLeftOut(std::ostream& out, const std::vector<ResultsLetterBatch::Skipped>& skipped, bool dryRun)
{
    if (skipped.empty())
        return;
    out << fmt::format("{} ({} {}):\n", dryRun ? "Would leave out" : "Left out", skipped.size(),
                       skipped.size() == 1 ? "person" : "people");
    for (const auto& s : skipped)
        out << fmt::format("  {}, {}: {}\n", s.person.name, nhsText(s.person.nhsNumber), reasonWords(s));
}

nlohmann::json leftOutJson(const std::vector<ResultsLetterBatch::Skipped>& skipped)
{
    auto j = nlohmann::json::array();
    for (const auto& s : skipped)
        j.push_back({{"patientId", s.person.patientId},
                     {"name", s.person.name},
                     {"nhsNumber", s.person.nhsNumber},
                     {"reason", reasonCode(s.reason)},
                     {"why", reasonWords(s)}});
    return j;
}

std::string rangeWords(const ResultsLetterBatch::Selection& s)
{
    if (s.from && s.to)
        return fmt::format(" with a care planning consultation from {} to {}", s.from->display(), s.to->display());
    if (s.from)
        return fmt::format(" with a care planning consultation on or after {}", s.from->display());
    if (s.to)
        return fmt::format(" with a care planning consultation on or before {}", s.to->display());
    return {};
}

// "Smith-9434765919.pdf", or "Smith-9434765919-2.pdf" when this run already used the name.
QString uniqueName(const QString& name, std::set<QString>& used)
{
    QString candidate = name;
    for (int n = 2; used.count(candidate); ++n)
        candidate = name.chopped(4) + QStringLiteral("-%1.pdf").arg(n);
    used.insert(candidate);
    return candidate;
}

// Why a batch has no letter to print: an empty list, or everyone on it left out.
std::string emptyWords(const ResultsLetterBatch& batch, const ResultsLetterBatch::Selection& s, const char* verb)
{
    if (batch.skipped().empty())
        return fmt::format("No one is on '{}'{}, so no results letters {} printed.", kWorklist, rangeWords(s), verb);
    return fmt::format("No results letters {} printed: everyone on '{}'{} is left out (below).", verb, kWorklist,
                       rangeWords(s));
}

} // namespace

std::string LettersBatchCommand::name() const
{
    return "letters batch";
}

std::string LettersBatchCommand::summary() const
{
    return "Print the results letters of the letters-to-send worklist for the print room, and log each as sent.";
}

std::string LettersBatchCommand::description() const
{
    return "Everyone on 'Letters to send' (or only those whose care planning consultation falls between --from\n"
           "and --to) gets their pre-consultation results letter, composed one at a time from their own record.\n"
           "--out FILE.pdf writes one PDF for the print room, each letter from a new page; any other --out is a\n"
           "folder that gets one PDF per person (FAMILY-NHSNUMBER.pdf). Only once the PDF (or every file) is\n"
           "safely written is each letter logged as sent, so the people leave 'Letters to send'; if writing\n"
           "fails, nothing is logged. A restricted record is never in a postal batch, and a person with no\n"
           "address or whose letter cannot be composed is left out: each is listed with why. --dry-run lists\n"
           "who would be printed and who left out, and writes and logs nothing.";
}

std::vector<Option> LettersBatchCommand::options() const
{
    return {
        {"worklist", "NAME", "The list to print from: letters-to-send (the only one with results letters).", true},
        {"out", "FILE.pdf|DIR", "One PDF (a name ending in .pdf), or a folder for one PDF per person."},
        {"from", "DATE", "Only care planning consultations on or after this day (2026-12-07 or 07/12/2026)."},
        {"to", "DATE", "Only care planning consultations on or before this day."},
        languageOption(),
        largePrintOption(),
        {"dry-run", "", "List who would be printed and who left out; write and log nothing."},
    };
}

std::vector<Argument> LettersBatchCommand::arguments() const
{
    return {};
}

std::vector<std::string> LettersBatchCommand::examples() const
{
    return {"carehouse-cli letters batch --worklist letters-to-send --out results-letters.pdf",
            "carehouse-cli letters batch --worklist letters-to-send --from 2026-12-07 --to 2026-12-11 --dry-run",
            "carehouse-cli letters batch --worklist letters-to-send --out letters/ --lang bn"};
}

ExitCode LettersBatchCommand::executeWithStore(CommandContext& ctx, const ParsedArguments& args,
                                               record::RecordStore& store)
{
    const auto worklist = args.value("worklist");
    if (worklist != kWorklist)
        return ctx.usage(fmt::format("Results letters are printed from the '{}' worklist only, not '{}': give "
                                     "--worklist {}.",
                                     kWorklist, worklist, kWorklist));
    ResultsLetterBatch::Selection selection;
    if (auto refused = readComposeOptions(ctx, args, selection.compose))
        return *refused;
    for (const char* which : {"from", "to"}) {
        if (auto text = args.get(which)) {
            auto day = base::CivilDate::parse(*text, fmt::format("--{} date", which));
            if (!day)
                return ctx.refuse(ExitCode::Invalid,
                                  fmt::format("--{} '{}' is not a date: give the day of the care "
                                              "planning consultations as 2026-12-07 (or "
                                              "07/12/2026, day first).",
                                              which, *text));
            (std::string(which) == "from" ? selection.from : selection.to) = *day;
        }
    }
    if (selection.from && selection.to && *selection.to < *selection.from)
        return ctx.refuse(ExitCode::Invalid,
                          fmt::format("--from {} is after --to {}: give the first day of the "
                                      "consultations first.",
                                      selection.from->display(), selection.to->display()));
    const bool dryRun = args.flag("dry-run");
    const bool json = ctx.global().json;
    const auto out = args.value("out");
    if (!dryRun && out.empty())
        return ctx.usage("Say where the letters go: --out FILE.pdf for one PDF for the print room, or --out FOLDER "
                         "for one PDF per person.");
    const bool toFolder = !out.empty() && !namesPdf(out);
    if (!dryRun && !toFolder) {
        if (auto refused = checkPdfOut(ctx, out))
            return *refused;
    }
    if (!dryRun && toFolder) {
        std::error_code ec;
        if (std::filesystem::exists(out, ec) && !std::filesystem::is_directory(out, ec))
            return ctx.refuse(ExitCode::Io,
                              fmt::format("'{}' is a file, not a folder: give --out a folder for one "
                                          "PDF per person, or a name ending in .pdf for one PDF.",
                                          out));
    }

    auto planned = ResultsLetterBatch::plan(store, selection);
    if (!planned)
        return ctx.fail(planned.error());
    auto& batch = *planned;
    const auto total = static_cast<long long>(batch.people().size());
    base::logInfo("letters batch: {} planned, {} left out at planning{}", total, batch.skipped().size(),
                  dryRun ? " (dry run)" : "");

    std::vector<Printed> printed;
    std::vector<model::SentLetter> described;
    auto remember = [&](const letters::ResultsLetterContent& c) {
        printed.push_back({c.person.patientId,
                           c.person.bannerName,
                           c.person.nhsNumber,
                           c.appointment.booked ? c.appointment.date.display() : std::string(),
                           0,
                           {}});
    };

    if (dryRun) {
        // Composed as for printing, so the lists are the ones a real run would give.
        while (auto c = batch.next(store))
            remember(*c);
        if (json) {
            auto people = nlohmann::json::array();
            for (const auto& p : printed)
                people.push_back({{"patientId", p.patientId},
                                  {"name", p.name},
                                  {"nhsNumber", p.nhsNumber},
                                  {"carePlanning", p.carePlanning}});
            nlohmann::json j{{"dryRun", true},
                             {"worklist", kWorklist},
                             {"wouldPrint", people},
                             {"leftOut", leftOutJson(batch.skipped())},
                             {"loggedAsSent", false}};
            ctx.out() << j.dump(2) << '\n';
            return ExitCode::Ok;
        }
        if (printed.empty()) {
            ctx.out() << emptyWords(batch, selection, "would be") << '\n';
        } else {
            ctx.out() << fmt::format("Would print {} results {}{}:\n", grouped(static_cast<long long>(printed.size())),
                                     printed.size() == 1 ? "letter" : "letters", rangeWords(selection));
            TextTable table({"Name", "NHS number", "Care planning"});
            for (const auto& p : printed)
                table.addRow({p.name, nhsText(p.nhsNumber), p.carePlanning.empty() ? "Not booked" : p.carePlanning});
            table.print(ctx.out());
        }
        printLeftOut(ctx.out(), batch.skipped(), true);
        ctx.out() << "Nothing was written or logged as sent (--dry-run).\n";
        return ExitCode::Ok;
    }

    auto nothingPrinted = [&]() {
        if (json) {
            nlohmann::json j{{"dryRun", false},
                             {"worklist", kWorklist},
                             {"letters", 0},
                             {"pages", 0},
                             {"printed", nlohmann::json::array()},
                             {"leftOut", leftOutJson(batch.skipped())},
                             {"loggedAsSent", false}};
            ctx.out() << j.dump(2) << '\n';
            return ExitCode::Ok;
        }
        ctx.out() << emptyWords(batch, selection, "are") << " Nothing was written.\n";
        printLeftOut(ctx.out(), batch.skipped(), false);
        return ExitCode::Ok;
    };
    if (total == 0)
        return nothingPrinted();
    if (!ensureGui(ctx))
        return ExitCode::Failure;

    const bool showProgress = ctx.errIsTerminal() && !json;
    bool progressShown = false;
    auto progress = [&](int count) {
        if (!showProgress)
            return;
        ctx.err() << fmt::format("\rPrinted {} of {} letters", grouped(count), grouped(total)) << std::flush;
        progressShown = true;
    };
    auto endProgress = [&]() {
        if (progressShown)
            ctx.err() << '\n' << std::flush;
        progressShown = false;
    };
    bool cancelled = false;
    // One letter at a time: composed, described for the log, printed and let go.
    auto next = [&]() -> std::optional<letters::ResultsLetterContent> {
        if (ctx.cancelRequested()) {
            cancelled = true;
            return std::nullopt;
        }
        auto c = batch.next(store);
        if (c) {
            remember(*c);
            described.push_back(letters::LetterLog::describe(*c));
        }
        return c;
    };

    int pages = 0;
    std::vector<QString> written; // the folder's files, removed again if the run fails
    auto removeWritten = [&]() {
        for (const auto& f : written)
            QFile::remove(f);
        written.clear();
    };
    if (!toFolder) {
        const QString path = QString::fromStdString(out);
        auto result = ui::ResultsLetterRenderer::renderBatch(next, path, progress);
        endProgress();
        if (!result) {
            if (described.empty() && !cancelled && result.error().code == base::ErrorCode::RequiredField)
                return nothingPrinted(); // everyone planned was left out when composed
            if (cancelled)
                return ctx.refuse(ExitCode::Cancelled, "Stopped: no PDF was written and nothing was logged as sent.");
            return writeFailed(ctx, result.error(), out);
        }
        if (cancelled) {
            QFile::remove(path);
            return ctx.refuse(ExitCode::Cancelled, "Stopped: the PDF was not kept and nothing was logged as sent.");
        }
        pages = result->pages;
        for (std::size_t i = 0; i < printed.size() && i < result->firstPages.size(); ++i)
            printed[i].firstPage = result->firstPages[i];
    } else {
        const QString folder = QString::fromStdString(out);
        if (!QDir().mkpath(folder))
            return ctx.refuse(ExitCode::Io,
                              fmt::format("The folder '{}' could not be created. Nothing was written "
                                          "or logged as sent; check the path and that you may write "
                                          "there, or give another --out.",
                                          out));
        std::set<QString> used;
        int count = 0;
        while (auto c = next()) {
            const QString path = QDir(folder).filePath(uniqueName(ui::ResultsLetterRenderer::fileNameFor(*c), used));
            auto result = ui::ResultsLetterRenderer::renderBatch(std::vector<letters::ResultsLetterContent>{*c}, path);
            if (!result) {
                endProgress();
                removeWritten();
                return writeFailed(ctx, result.error(), path.toStdString());
            }
            written.push_back(path);
            pages += result->pages;
            printed.back().file = path.toStdString();
            progress(++count);
        }
        endProgress();
        if (cancelled) {
            removeWritten();
            return ctx.refuse(ExitCode::Cancelled,
                              "Stopped: the files written were removed and nothing was logged "
                              "as sent.");
        }
        if (described.empty())
            return nothingPrinted();
    }

    // Logged only now that every letter is safely on disk: a failed print leaves them on the list.
    auto logged = letters::LetterLog(store).recordSent(std::move(described));
    if (!logged) {
        base::logError("letters batch: {} letters written to '{}' but not logged: {}", printed.size(), out,
                       logged.error().describe());
        ctx.fail(logged.error());
        return ctx.refuse(exitCodeFor(logged.error().code),
                          fmt::format("The letters were written to '{}' but could NOT be logged as sent, so the "
                                      "people are still on 'Letters to send'. Do not post them: delete {} and run "
                                      "the batch again.",
                                      out, toFolder ? "the files" : "the PDF"));
    }
    base::logInfo("letters batch: {} letters, {} pages to '{}', logged as sent", printed.size(), pages, out);

    if (json) {
        auto people = nlohmann::json::array();
        for (std::size_t i = 0; i < printed.size(); ++i) {
            const auto& p = printed[i];
            nlohmann::json e{{"patientId", p.patientId},
                             {"name", p.name},
                             {"nhsNumber", p.nhsNumber},
                             {"carePlanning", p.carePlanning},
                             {"sentLetterId", i < logged->size() ? (*logged)[i].id : std::string()}};
            if (toFolder)
                e["file"] = p.file;
            else
                e["firstPage"] = p.firstPage;
            people.push_back(std::move(e));
        }
        nlohmann::json j{{"dryRun", false},
                         {"worklist", kWorklist},
                         {toFolder ? "folder" : "file", out},
                         {"letters", printed.size()},
                         {"pages", pages},
                         {"printed", people},
                         {"leftOut", leftOutJson(batch.skipped())},
                         {"loggedAsSent", true}};
        ctx.out() << j.dump(2) << '\n';
        return ExitCode::Ok;
    }
    const auto n = static_cast<long long>(printed.size());
    if (toFolder)
        ctx.out() << fmt::format("Printed {} results {} ({} pages) to {}, one PDF per person.\n", grouped(n),
                                 n == 1 ? "letter" : "letters", grouped(pages), out);
    else
        ctx.out() << fmt::format("Printed {} results {} ({} pages) to {}.\n", grouped(n), n == 1 ? "letter" : "letters",
                                 grouped(pages), out);
    ctx.out() << fmt::format("Each is logged as sent today ({}), so {} left 'Letters to send'.\n",
                             ctx.clock().today().display(), n == 1 ? "that person has" : "those people have");
    printLeftOut(ctx.out(), batch.skipped(), false);
    return ExitCode::Ok;
}

} // namespace carehouse::cli
