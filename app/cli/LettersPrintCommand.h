#pragma once

#include "app/cli/DatabaseCommand.h"
#include "core/base/Error.h"
#include "core/letters/ResultsLetterComposer.h"

#include <optional>
#include <string>

namespace carehouse::cli {

// The base of the letters commands that print a PDF (letters preview, batch and reprint):
// the --lang and --large-print options, the --out checks, the wording of a failed write, and
// the QGuiApplication the printing library needs for fonts and QPdfWriter. That application
// is created only when one of these commands is about to print (never for the other
// commands), on the "offscreen" platform unless QT_QPA_PLATFORM says otherwise, so printing
// works on a machine without a display.
class LettersPrintCommand : public DatabaseCommand
{
public:
    // Creates the QGuiApplication once per process; false (with the reason worded on stderr)
    // when it cannot be made.
    static bool ensureGui(CommandContext& context);
    // Ends the application ensureGui made, if any (CliApplication::main, before it returns).
    static void releaseGui();

    // "1,000"
    static std::string grouped(long long n);

protected:
    static Option languageOption();
    static Option largePrintOption();
    static Option outOption(const std::string& help);

    // --lang and --large-print into compose options; a language that is not shipped is a usage
    // error naming the ones that are (returned as the exit code to end with).
    static std::optional<ExitCode> readComposeOptions(CommandContext& context, const ParsedArguments& args,
                                                      letters::ResultsLetterComposer::Options& options);
    // Whether a path names a PDF file (ends in .pdf, any case).
    static bool namesPdf(const std::string& path);
    // --out must name a PDF file whose folder exists; otherwise a usage or I/O refusal.
    static std::optional<ExitCode> checkPdfOut(CommandContext& context, const std::string& path);
    // A PDF that could not be written, worded so the user can act: which file, why, and that
    // nothing was logged as sent.
    static ExitCode writeFailed(CommandContext& context, const base::Error& error, const std::string& path);
};

} // namespace carehouse::cli
