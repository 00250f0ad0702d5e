#pragma once

#include "app/cli/Environment.h"
#include "app/cli/ExitCode.h"
#include "core/base/Clock.h"
#include "core/base/Error.h"

#include <functional>
#include <iosfwd>
#include <string>

namespace carehouse::cli {

// The options every command takes, before or after the command name.
struct GlobalOptions
{
    std::string database; // --db, else $CAREHOUSE_DB, else the default demo practice
    std::string user; // --user, else $CAREHOUSE_USER
    bool json = false; // --json
    bool databaseGiven = false;
};

// Everything a command may touch outside itself: streams, environment, clock, terminal.
// The main wires std::cin/cout/cerr; tests pass string streams and a fixed clock.
class CommandContext
{
public:
    CommandContext(std::istream& in, std::ostream& out, std::ostream& err, Environment env, const base::Clock& clock);

    std::istream& in() { return m_in; }
    std::ostream& out() { return m_out; }
    std::ostream& err() { return m_err; }
    const Environment& env() const { return m_env; }
    const base::Clock& clock() const { return m_clock; }
    GlobalOptions& global() { return m_global; }
    const GlobalOptions& global() const { return m_global; }

    // Whether stdin is a terminal (passwords are then read without echo) and whether stderr is
    // one (progress is then shown on a single updating line).
    bool inIsTerminal() const { return m_inIsTerminal; }
    bool errIsTerminal() const { return m_errIsTerminal; }
    void setTerminals(bool in, bool err)
    {
        m_inIsTerminal = in;
        m_errIsTerminal = err;
    }

    // Ctrl+C: long commands poll this and stop between batches.
    void setCancelCheck(std::function<bool()> check) { m_cancelCheck = std::move(check); }
    bool cancelRequested() const { return m_cancelCheck && m_cancelCheck(); }

    // Words a core error on stderr (and logs it); returns the exit code to end with.
    ExitCode fail(const base::Error& error);
    // A problem with the command line itself: message on stderr, exit code Usage.
    ExitCode usage(const std::string& message);
    // A refusal worded by the command (not a core error), with its own exit code.
    ExitCode refuse(ExitCode code, const std::string& message);

private:
    std::istream& m_in;
    std::ostream& m_out;
    std::ostream& m_err;
    Environment m_env;
    const base::Clock& m_clock;
    GlobalOptions m_global;
    bool m_inIsTerminal = false;
    bool m_errIsTerminal = false;
    std::function<bool()> m_cancelCheck;
};

} // namespace carehouse::cli
