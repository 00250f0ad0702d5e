#include "app/cli/LettersPrintCommand.h"

#include "core/base/Log.h"
#include "core/letters/LetterWording.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QString>
#include <algorithm>
#include <filesystem>
#include <fmt/format.h>

namespace carehouse::cli {

namespace {

// QGuiApplication keeps references to these for its whole life.
int g_argc = 1;
char g_programName[] = "carehouse-cli";
char* g_argv[] = {g_programName, nullptr};
QGuiApplication* g_app = nullptr;

// Qt's own warnings (fonts, platform) go to the log, not between the command's output lines.
void qtMessageToLog(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    const auto level = type == QtDebugMsg || type == QtInfoMsg ? base::LogLevel::Debug : base::LogLevel::Warning;
    base::writeLog(level, "Qt: " + message.toStdString());
}

std::string lowered(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

} // namespace

bool LettersPrintCommand::ensureGui(CommandContext& ctx)
{
    auto* existing = QCoreApplication::instance();
    if (qobject_cast<QGuiApplication*>(existing))
        return true;
    if (existing) {
        ctx.refuse(ExitCode::Failure,
                   "Letters cannot be printed here: this program was started without the "
                   "graphics library the printing needs.");
        return false;
    }
    // A command line has no window: print on the offscreen platform unless told otherwise.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qInstallMessageHandler(qtMessageToLog);
    g_app = new QGuiApplication(g_argc, g_argv);
    base::logInfo("started the printing library on the '{}' platform", QGuiApplication::platformName().toStdString());
    return true;
}

void LettersPrintCommand::releaseGui()
{
    if (!g_app)
        return;
    delete g_app;
    g_app = nullptr;
    qInstallMessageHandler(nullptr);
}

std::string LettersPrintCommand::grouped(long long n)
{
    std::string digits = std::to_string(n < 0 ? -n : n);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out += ',';
        out += digits[i];
    }
    return n < 0 ? "-" + out : out;
}

Option LettersPrintCommand::languageOption()
{
    std::string shipped;
    for (const auto& l : letters::LetterWording::available())
        shipped += (shipped.empty() ? "" : ", ") + l;
    return {"lang", "L",
            fmt::format("The letter's language ({}); default: the person's preferred language.",
                        shipped.empty() ? std::string("en") : shipped)};
}

Option LettersPrintCommand::largePrintOption()
{
    return {"large-print", "", "Print at 16 pt (default: as the person's record says)."};
}

Option LettersPrintCommand::outOption(const std::string& help)
{
    return {"out", "FILE.pdf", help, true};
}

std::optional<ExitCode> LettersPrintCommand::readComposeOptions(CommandContext& ctx, const ParsedArguments& args,
                                                                letters::ResultsLetterComposer::Options& options)
{
    if (auto lang = args.get("lang")) {
        const auto code = letters::ResultsLetterComposer::primaryLanguage(*lang);
        const auto shipped = letters::LetterWording::available();
        if (lang->empty() || std::find(shipped.begin(), shipped.end(), code) == shipped.end()) {
            std::string list;
            for (const auto& l : shipped) {
                auto wording = letters::LetterWording::forLanguage(l);
                list += fmt::format("{}{}{}", list.empty() ? "" : ", ", l,
                                    wording ? " (" + wording->languageName() + ")" : std::string());
            }
            return ctx.usage(fmt::format("There is no results letter in '{}'. The languages are: {}; give one of "
                                         "them with --lang.",
                                         *lang,
                                         list.empty() ? std::string("none (the letter wording is missing)") : list));
        }
        options.language = code;
    }
    if (args.flag("large-print"))
        options.largePrint = true;
    return std::nullopt;
}

bool LettersPrintCommand::namesPdf(const std::string& path)
{
    const auto l = lowered(path);
    return l.size() > 4 && l.compare(l.size() - 4, 4, ".pdf") == 0;
}

std::optional<ExitCode> LettersPrintCommand::checkPdfOut(CommandContext& ctx, const std::string& path)
{
    if (!namesPdf(path))
        return ctx.usage(fmt::format("--out must name a PDF file, ending in .pdf ('{}' does not).", path));
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::path file(path);
    if (fs::is_directory(file, ec))
        return ctx.refuse(ExitCode::Io, fmt::format("'{}' is a folder; give --out a file name ending in .pdf.", path));
    const auto folder = file.has_parent_path() ? file.parent_path() : fs::path(".");
    if (!fs::is_directory(folder, ec))
        return ctx.refuse(ExitCode::Io,
                          fmt::format("The folder '{}' does not exist, so '{}' cannot be written. "
                                      "Create the folder or give another --out.",
                                      folder.string(), path));
    return std::nullopt;
}

ExitCode LettersPrintCommand::writeFailed(CommandContext& ctx, const base::Error& error, const std::string& path)
{
    if (error.code != base::ErrorCode::IoFailed && error.code != base::ErrorCode::DiskFull)
        return ctx.fail(error);
    base::logError("{} (exit {})", error.describe(), toInt(ExitCode::Io));
    return ctx.refuse(ExitCode::Io,
                      fmt::format("The letters could not be written to '{}'{}. Nothing was logged as sent. Check that "
                                  "the folder exists, that you may write to it and that the disk has space, or give "
                                  "another --out.",
                                  path, error.detail.empty() ? std::string() : " (" + error.detail + ")"));
}

} // namespace carehouse::cli
