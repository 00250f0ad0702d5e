#include "app/cli/CliApplication.h"

#include "app/cli/CommandRegistry.h"
#include "app/cli/LettersPrintCommand.h"
#include "core/base/Clock.h"
#include "core/base/Log.h"

#include <atomic>
#include <csignal>
#include <iostream>
#include <unistd.h>

namespace carehouse::cli {

namespace {

std::atomic<bool> g_interrupted{false};
std::atomic<int> g_interrupts{0};

extern "C" void onInterrupt(int)
{
    g_interrupted = true;
    // A second Ctrl+C ends at once, as users expect.
    if (++g_interrupts > 1)
        _exit(130);
}

} // namespace

std::string CliApplication::logPath(const Environment& env)
{
    if (auto xdg = env.get("XDG_DATA_HOME"))
        return *xdg + "/CareHouse/carehouse-cli.log";
    return env.get("HOME").value_or(".") + "/.local/share/CareHouse/carehouse-cli.log";
}

int CliApplication::main(int argc, char** argv, std::istream& in, std::ostream& out, std::ostream& err)
{
    auto env = Environment::system();
    base::openLog(logPath(env));
    std::signal(SIGINT, onInterrupt);

    std::vector<std::string> words(argv + 1, argv + argc);
    base::SystemClock clock;
    CommandContext context(in, out, err, env, clock);
    context.setTerminals(isatty(STDIN_FILENO) != 0, isatty(STDERR_FILENO) != 0);
    context.setCancelCheck([] { return g_interrupted.load(); });
    auto registry = CommandRegistry::standard();
    auto code = registry.run(words, context);
    // The letters commands start Qt's printing only when they print; end it before the log closes.
    LettersPrintCommand::releaseGui();
    out.flush();
    err.flush();
    base::closeLog();
    return toInt(code);
}

} // namespace carehouse::cli
