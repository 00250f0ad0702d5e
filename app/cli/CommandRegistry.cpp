#include "app/cli/CommandRegistry.h"

#include "app/cli/AppointmentAddCommand.h"
#include "app/cli/AppointmentListCommand.h"
#include "app/cli/AppointmentStatusCommand.h"
#include "app/cli/ArgumentParser.h"
#include "app/cli/CarePlanExportCommand.h"
#include "app/cli/CarePlanPrintCommand.h"
#include "app/cli/CarePlanShowCommand.h"
#include "app/cli/ConflictsListCommand.h"
#include "app/cli/ConflictsResolveCommand.h"
#include "app/cli/DemoCommand.h"
#include "app/cli/DiagnosisAddCommand.h"
#include "app/cli/DuplicatesLinkCommand.h"
#include "app/cli/DuplicatesListCommand.h"
#include "app/cli/DuplicatesUnlinkCommand.h"
#include "app/cli/ExceptionAddCommand.h"
#include "app/cli/ExceptionWithdrawCommand.h"
#include "app/cli/ExchangeExportCommand.h"
#include "app/cli/ExchangeImportCommand.h"
#include "app/cli/ExchangeStatusCommand.h"
#include "app/cli/HistoryCommand.h"
#include "app/cli/InitCommand.h"
#include "app/cli/InviteCommand.h"
#include "app/cli/LettersBatchCommand.h"
#include "app/cli/LettersLogCommand.h"
#include "app/cli/LettersPreviewCommand.h"
#include "app/cli/LettersReprintCommand.h"
#include "app/cli/ObserveCommand.h"
#include "app/cli/PatientAddCommand.h"
#include "app/cli/PatientEditCommand.h"
#include "app/cli/PatientFindCommand.h"
#include "app/cli/PatientShowCommand.h"
#include "app/cli/PeerAddCommand.h"
#include "app/cli/PeerListCommand.h"
#include "app/cli/PeerRevokeCommand.h"
#include "app/cli/QuestionnaireImportCommand.h"
#include "app/cli/QuestionnaireListCommand.h"
#include "app/cli/QuestionnairePrintCommand.h"
#include "app/cli/RecallModeCommand.h"
#include "app/cli/ReferralListCommand.h"
#include "app/cli/ReferralStatusCommand.h"
#include "app/cli/ResponseAddCommand.h"
#include "app/cli/ResponseEnteredInErrorCommand.h"
#include "app/cli/ResponseListCommand.h"
#include "app/cli/ResultsDiscardCommand.h"
#include "app/cli/ResultsImportCommand.h"
#include "app/cli/ResultsInboxCommand.h"
#include "app/cli/ResultsMatchCommand.h"
#include "app/cli/ResultsReviewCommand.h"
#include "app/cli/ResultsUnmatchedCommand.h"
#include "app/cli/ServicesListCommand.h"
#include "app/cli/SiteCardCommand.h"
#include "app/cli/SiteNewIncarnationCommand.h"
#include "app/cli/SiteRotateKeysCommand.h"
#include "app/cli/TargetProfileCommand.h"
#include "app/cli/UserAddCommand.h"
#include "app/cli/UserListCommand.h"
#include "app/cli/VerifyCommand.h"
#include "app/cli/WorklistCommand.h"
#include "core/base/Log.h"

#include <algorithm>
#include <fmt/format.h>
#include <ostream>

namespace carehouse::cli {

namespace {

std::string groupOf(const std::string& name)
{
    auto space = name.find(' ');
    return space == std::string::npos ? std::string() : name.substr(0, space);
}

std::string optionLabel(const Option& o)
{
    return o.flag() ? "--" + o.name : fmt::format("--{} {}", o.name, o.valueName);
}

void appendRows(std::string& s, const std::vector<std::pair<std::string, std::string>>& rows)
{
    std::size_t width = 0;
    for (const auto& r : rows)
        width = std::max(width, r.first.size());
    for (const auto& r : rows)
        s += fmt::format("  {:<{}}  {}\n", r.first, width, r.second);
}

const char* kGlobalUsage = "carehouse-cli [--db PATH] [--user NAME] [--json]";

} // namespace

CommandRegistry CommandRegistry::standard()
{
    CommandRegistry r;
    r.add(std::make_unique<InitCommand>());
    r.add(std::make_unique<DemoCommand>());
    r.add(std::make_unique<UserAddCommand>());
    r.add(std::make_unique<UserListCommand>());
    r.add(std::make_unique<PatientAddCommand>());
    r.add(std::make_unique<PatientFindCommand>());
    r.add(std::make_unique<PatientShowCommand>());
    r.add(std::make_unique<PatientEditCommand>());
    r.add(std::make_unique<DiagnosisAddCommand>());
    r.add(std::make_unique<ObserveCommand>());
    r.add(std::make_unique<ResultsImportCommand>());
    r.add(std::make_unique<ResultsInboxCommand>());
    r.add(std::make_unique<ResultsReviewCommand>());
    r.add(std::make_unique<ResultsUnmatchedCommand>());
    r.add(std::make_unique<ResultsMatchCommand>());
    r.add(std::make_unique<ResultsDiscardCommand>());
    r.add(std::make_unique<WorklistCommand>());
    r.add(std::make_unique<InviteCommand>());
    r.add(std::make_unique<AppointmentAddCommand>());
    r.add(std::make_unique<AppointmentListCommand>());
    r.add(std::make_unique<AppointmentStatusCommand>());
    r.add(std::make_unique<ExceptionAddCommand>());
    r.add(std::make_unique<ExceptionWithdrawCommand>());
    r.add(std::make_unique<RecallModeCommand>());
    r.add(std::make_unique<ServicesListCommand>());
    r.add(std::make_unique<CarePlanShowCommand>());
    r.add(std::make_unique<CarePlanExportCommand>());
    r.add(std::make_unique<CarePlanPrintCommand>());
    r.add(std::make_unique<QuestionnaireImportCommand>());
    r.add(std::make_unique<QuestionnaireListCommand>());
    r.add(std::make_unique<QuestionnairePrintCommand>());
    r.add(std::make_unique<ResponseAddCommand>());
    r.add(std::make_unique<ResponseListCommand>());
    r.add(std::make_unique<ResponseEnteredInErrorCommand>());
    r.add(std::make_unique<ReferralListCommand>());
    r.add(std::make_unique<ReferralStatusCommand>());
    r.add(std::make_unique<HistoryCommand>());
    r.add(std::make_unique<VerifyCommand>());
    r.add(std::make_unique<LettersLogCommand>());
    r.add(std::make_unique<LettersPreviewCommand>());
    r.add(std::make_unique<LettersBatchCommand>());
    r.add(std::make_unique<LettersReprintCommand>());
    r.add(std::make_unique<TargetProfileCommand>());
    r.add(std::make_unique<SiteCardCommand>());
    r.add(std::make_unique<SiteRotateKeysCommand>());
    r.add(std::make_unique<SiteNewIncarnationCommand>());
    r.add(std::make_unique<PeerAddCommand>());
    r.add(std::make_unique<PeerListCommand>());
    r.add(std::make_unique<PeerRevokeCommand>());
    r.add(std::make_unique<ExchangeExportCommand>());
    r.add(std::make_unique<ExchangeImportCommand>());
    r.add(std::make_unique<ExchangeStatusCommand>());
    r.add(std::make_unique<ConflictsListCommand>());
    r.add(std::make_unique<ConflictsResolveCommand>());
    r.add(std::make_unique<DuplicatesListCommand>());
    r.add(std::make_unique<DuplicatesLinkCommand>());
    r.add(std::make_unique<DuplicatesUnlinkCommand>());
    return r;
}

void CommandRegistry::add(std::unique_ptr<Command> command)
{
    m_commands.push_back(std::move(command));
}

const Command* CommandRegistry::find(const std::string& name) const
{
    for (const auto& c : m_commands)
        if (c->name() == name)
            return c.get();
    return nullptr;
}

Command* CommandRegistry::findMutable(const std::string& name) const
{
    for (const auto& c : m_commands)
        if (c->name() == name)
            return c.get();
    return nullptr;
}

bool CommandRegistry::isGroup(const std::string& word) const
{
    return std::any_of(m_commands.begin(), m_commands.end(), [&](const auto& c) { return groupOf(c->name()) == word; });
}

std::vector<Option> CommandRegistry::globalOptions()
{
    return {
        {"db", "PATH",
         "The CareHouse database (default: $CAREHOUSE_DB, else "
         "~/.local/share/CareHouse/demo-practice.carehouse)."},
        {"user", "NAME",
         "Who you are (default: $CAREHOUSE_USER). The password comes from CAREHOUSE_PASSWORD or "
         "is asked for without echo; it is never given on the command line."},
        {"json", "", "Print the result as JSON for scripts."},
    };
}

std::string CommandRegistry::defaultDatabasePath(const Environment& env)
{
    auto home = env.get("HOME").value_or(".");
    return home + "/.local/share/CareHouse/demo-practice.carehouse";
}

std::string CommandRegistry::help() const
{
    std::string s = fmt::format("Usage: {} COMMAND [ARGUMENTS] [OPTIONS]\n\n", kGlobalUsage);
    s += "The command line of CareHouse, a clinical workstation for diabetes care in primary care.\n\nCommands:\n";
    std::vector<std::pair<std::string, std::string>> rows;
    for (const auto& c : m_commands)
        rows.emplace_back(c->name(), c->summary());
    appendRows(s, rows);
    s += "\nGlobal options (before or after the command):\n";
    rows.clear();
    for (const auto& o : globalOptions())
        rows.emplace_back(optionLabel(o), o.help);
    rows.emplace_back("--help", "Show help; 'carehouse-cli COMMAND --help' shows one command's.");
    appendRows(s, rows);
    s += "\nEnvironment:\n";
    appendRows(s,
               {{"CAREHOUSE_DB", "The database when --db is not given."},
                {"CAREHOUSE_USER", "Who you are when --user is not given."},
                {"CAREHOUSE_PASSWORD", "Your password (otherwise you are asked, without echo)."},
                {"CAREHOUSE_KEY_PASSPHRASE",
                 "The site key passphrase sealing the exchange keys (otherwise --key-passphrase-file, or "
                 "you are asked)."},
                {"CAREHOUSE_NEW_PASSWORD",
                 "The password of a new account ('user add'; 'init' uses "
                 "CAREHOUSE_PASSWORD)."}});
    s += "\nExit codes:\n";
    rows.clear();
    for (auto code : {ExitCode::Ok, ExitCode::Failure, ExitCode::Usage, ExitCode::NotFound, ExitCode::Invalid,
                      ExitCode::PermissionDenied, ExitCode::DatabaseProblem, ExitCode::IntegrityFailed, ExitCode::Io,
                      ExitCode::LoginFailed, ExitCode::Conflict, ExitCode::Cancelled})
        rows.emplace_back(std::to_string(toInt(code)), std::string(exitCodeName(code)));
    appendRows(s, rows);
    return s;
}

std::string CommandRegistry::groupHelp(const std::string& group) const
{
    std::string s = fmt::format("Usage: {} {} COMMAND [ARGUMENTS] [OPTIONS]\n\nCommands:\n", kGlobalUsage, group);
    std::vector<std::pair<std::string, std::string>> rows;
    for (const auto& c : m_commands)
        if (groupOf(c->name()) == group)
            rows.emplace_back(c->name(), c->summary());
    appendRows(s, rows);
    s += fmt::format("\nSee 'carehouse-cli {} COMMAND --help' for one command's arguments and options.\n", group);
    return s;
}

std::string CommandRegistry::commandHelp(const Command& c) const
{
    std::string usage = fmt::format("Usage: {} {}", kGlobalUsage, c.name());
    for (const auto& a : c.arguments())
        usage += a.required ? " " + a.name : " [" + a.name + "]";
    bool optional = false;
    for (const auto& o : c.options()) {
        if (o.required)
            usage += " " + optionLabel(o);
        else
            optional = true;
    }
    if (optional)
        usage += " [OPTIONS]";
    std::string s = usage + "\n\n" + c.summary() + "\n";
    if (auto d = c.description(); !d.empty())
        s += "\n" + d + "\n";
    std::vector<std::pair<std::string, std::string>> rows;
    if (!c.arguments().empty()) {
        s += "\nArguments:\n";
        for (const auto& a : c.arguments())
            rows.emplace_back(a.name, a.help);
        appendRows(s, rows);
    }
    if (!c.options().empty()) {
        s += "\nOptions:\n";
        rows.clear();
        for (const auto& o : c.options())
            rows.emplace_back(optionLabel(o), o.required ? o.help + " (required)" : o.help);
        appendRows(s, rows);
    }
    s += "\nGlobal options:\n";
    rows.clear();
    for (const auto& o : globalOptions())
        rows.emplace_back(optionLabel(o), o.help);
    rows.emplace_back("--help", "Show this help.");
    appendRows(s, rows);
    if (!c.examples().empty()) {
        s += "\nExamples:\n";
        for (const auto& e : c.examples())
            s += "  " + e + "\n";
    }
    return s;
}

ExitCode CommandRegistry::run(const std::vector<std::string>& words, CommandContext& ctx) const
{
    for (const auto& w : words) {
        if (w == "--")
            break;
        if (ArgumentParser::isPasswordOption(w))
            return ctx.usage(ArgumentParser::passwordRefusal());
    }

    // Global options before the command.
    auto& global = ctx.global();
    std::size_t i = 0;
    bool help = false;
    for (; i < words.size(); ++i) {
        const auto& w = words[i];
        if (w.rfind("-", 0) != 0)
            break;
        auto eq = w.find('=');
        std::string name = w.substr(0, eq);
        auto valueOf = [&](std::string& into) {
            if (eq != std::string::npos) {
                into = w.substr(eq + 1);
                return true;
            }
            if (i + 1 >= words.size())
                return false;
            into = words[++i];
            return true;
        };
        if (name == "--help" || name == "-h") {
            help = true;
        } else if (name == "--json") {
            global.json = true;
        } else if (name == "--db") {
            if (!valueOf(global.database))
                return ctx.usage("The option '--db' needs a value (PATH); see 'carehouse-cli --help'.");
            global.databaseGiven = true;
        } else if (name == "--user") {
            if (!valueOf(global.user))
                return ctx.usage("The option '--user' needs a value (NAME); see 'carehouse-cli --help'.");
        } else if (name == "--version") {
            ctx.out() << "carehouse-cli 0.1.0\n";
            return ExitCode::Ok;
        } else {
            return ctx.usage(fmt::format("'{}' is not a carehouse-cli option; see 'carehouse-cli --help'.", w));
        }
    }

    if (i >= words.size()) {
        if (help) {
            ctx.out() << this->help();
            return ExitCode::Ok;
        }
        ctx.err() << this->help();
        return ctx.usage("Give a command; see the list above.");
    }

    std::string word = words[i++];
    if (word == "help") {
        std::string name;
        for (; i < words.size(); ++i)
            name += (name.empty() ? "" : " ") + words[i];
        if (name.empty()) {
            ctx.out() << this->help();
            return ExitCode::Ok;
        }
        if (const auto* c = find(name)) {
            ctx.out() << commandHelp(*c);
            return ExitCode::Ok;
        }
        if (isGroup(name)) {
            ctx.out() << groupHelp(name);
            return ExitCode::Ok;
        }
        return ctx.usage(fmt::format("'{}' is not a carehouse-cli command; see 'carehouse-cli --help'.", name));
    }

    const Command* command = find(word);
    if (!command && isGroup(word)) {
        if (i >= words.size() || words[i] == "--help" || words[i] == "-h" || (help && !find(word + " " + words[i]))) {
            bool asked = help || (i < words.size());
            if (asked) {
                ctx.out() << groupHelp(word);
                return ExitCode::Ok;
            }
            ctx.err() << groupHelp(word);
            return ctx.usage(fmt::format("'{}' needs a command; see the list above.", word));
        }
        command = find(word + " " + words[i]);
        if (!command) {
            ctx.err() << groupHelp(word);
            return ctx.usage(
                fmt::format("'{} {}' is not a carehouse-cli command; see the list above.", word, words[i]));
        }
        ++i;
    }
    if (!command)
        return ctx.usage(fmt::format("'{}' is not a carehouse-cli command; see 'carehouse-cli --help'.", word));
    if (help) {
        ctx.out() << commandHelp(*command);
        return ExitCode::Ok;
    }

    auto options = command->options();
    for (auto& o : globalOptions())
        options.push_back(o);
    ArgumentParser parser(command->name(), options, command->arguments());
    auto parsed = parser.parse(std::vector<std::string>(words.begin() + static_cast<std::ptrdiff_t>(i), words.end()));
    if (parsed.help) {
        ctx.out() << commandHelp(*command);
        return ExitCode::Ok;
    }
    if (!parsed.problem.empty())
        return ctx.usage(parsed.problem);
    if (auto db = parsed.args.get("db")) {
        global.database = *db;
        global.databaseGiven = true;
    }
    if (auto user = parsed.args.get("user"))
        global.user = *user;
    if (parsed.args.flag("json"))
        global.json = true;
    if (global.database.empty()) {
        if (auto env = ctx.env().get("CAREHOUSE_DB")) {
            global.database = *env;
            global.databaseGiven = true;
        } else {
            global.database = defaultDatabasePath(ctx.env());
        }
    }
    if (global.user.empty())
        global.user = ctx.env().get("CAREHOUSE_USER").value_or("");

    std::string optionNames;
    for (const auto& o : parsed.args.given())
        optionNames += " --" + o;
    base::logInfo("command '{}'{} user '{}' database '{}'", command->name(), optionNames, global.user, global.database);
    ExitCode code = ExitCode::Failure;
    try {
        code = findMutable(command->name())->execute(ctx, parsed.args);
    } catch (const std::exception& e) {
        base::logError("command '{}' threw: {}", command->name(), e.what());
        return ctx.refuse(ExitCode::Failure,
                          fmt::format("CareHouse met an unexpected problem and stopped; nothing "
                                      "more was saved. The details are in the log ({}).",
                                      e.what()));
    }
    base::logInfo("command '{}' finished: exit {} ({})", command->name(), toInt(code), exitCodeName(code));
    return code;
}

} // namespace carehouse::cli
