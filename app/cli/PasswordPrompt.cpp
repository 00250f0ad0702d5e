#include "app/cli/PasswordPrompt.h"

#include <fmt/format.h>
#include <istream>
#include <ostream>
#include <termios.h>
#include <unistd.h>

namespace carehouse::cli {

namespace {

// Turns terminal echo off for its lifetime.
class EchoOff
{
public:
    EchoOff()
    {
        if (tcgetattr(STDIN_FILENO, &m_saved) == 0) {
            termios quiet = m_saved;
            quiet.c_lflag &= static_cast<tcflag_t>(~ECHO);
            quiet.c_lflag |= ECHONL;
            m_active = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        }
    }
    ~EchoOff()
    {
        if (m_active)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

private:
    termios m_saved{};
    bool m_active = false;
};

} // namespace

std::optional<std::string> PasswordPrompt::ask(const std::string& prompt)
{
    auto& err = m_context.err();
    err << prompt << std::flush;
    std::string line;
    bool got = false;
    if (m_context.inIsTerminal()) {
        EchoOff quiet;
        got = static_cast<bool>(std::getline(m_context.in(), line));
    } else {
        got = static_cast<bool>(std::getline(m_context.in(), line));
        err << '\n';
    }
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    if (!got || line.empty())
        return std::nullopt;
    return line;
}

std::optional<std::string> PasswordPrompt::obtain(const std::string& envVar, const std::string& prompt)
{
    if (auto v = m_context.env().get(envVar))
        return v;
    auto p = ask(prompt);
    if (!p) {
        m_problemCode = ExitCode::Usage;
        m_problem = fmt::format("No password was given: set {} or type it when asked.", envVar);
    }
    return p;
}

std::optional<std::string> PasswordPrompt::obtainNew(const std::string& envVar, const std::string& prompt)
{
    if (auto v = m_context.env().get(envVar))
        return v;
    auto first = ask(prompt);
    if (!first) {
        m_problemCode = ExitCode::Usage;
        m_problem = fmt::format("No password was given: set {} or type it when asked.", envVar);
        return std::nullopt;
    }
    auto second = ask("Type it again: ");
    if (!second || *second != *first) {
        m_problemCode = ExitCode::Invalid;
        m_problem = "The two passwords do not match; nothing was changed.";
        return std::nullopt;
    }
    return first;
}

} // namespace carehouse::cli
