#pragma once

#include "app/cli/CommandContext.h"

#include <optional>
#include <string>

namespace carehouse::cli {

// Gets a password from an environment variable, or asks for it: on a terminal without echo
// (termios), otherwise one line from stdin. Never from the command line.
class PasswordPrompt
{
public:
    explicit PasswordPrompt(CommandContext& context)
        : m_context(context)
    {
    }

    // The password, or nullopt when none was given (problem() then says what to do).
    std::optional<std::string> obtain(const std::string& envVar, const std::string& prompt);
    // A new password: from envVar, or asked for twice and compared.
    std::optional<std::string> obtainNew(const std::string& envVar, const std::string& prompt);

    const std::string& problem() const { return m_problem; }
    ExitCode problemCode() const { return m_problemCode; }

private:
    std::optional<std::string> ask(const std::string& prompt);
    CommandContext& m_context;
    std::string m_problem;
    ExitCode m_problemCode = ExitCode::Usage;
};

} // namespace carehouse::cli
