#pragma once

#include "app/cli/Command.h"
#include "app/cli/CommandContext.h"
#include "app/cli/ParsedArguments.h"

#include <optional>
#include <string>

namespace carehouse::cli {

// Where the site key passphrase (which seals the site's exchange keys) comes from, in order:
// --key-passphrase-file FILE (its first line; the file must be readable by its owner only),
// the environment variable CAREHOUSE_KEY_PASSPHRASE (for scripts and tests), or a question on
// the terminal without echo (asked twice for a new one). Never from the command line itself.
class KeyPassphrase
{
public:
    static constexpr const char* kEnvVar = "CAREHOUSE_KEY_PASSPHRASE";
    static constexpr const char* kFileOption = "key-passphrase-file";
    static Option fileOption();

    explicit KeyPassphrase(CommandContext& context)
        : m_context(context)
    {
    }

    // The passphrase of the existing keys.
    std::optional<std::string> obtain(const ParsedArguments& args);
    // A passphrase for new keys: asked twice on a terminal.
    std::optional<std::string> obtainNew(const ParsedArguments& args);
    // Whether one was given without asking (file or environment).
    bool givenWithoutAsking(const ParsedArguments& args) const;

    const std::string& problem() const { return m_problem; }
    ExitCode problemCode() const { return m_problemCode; }

private:
    std::optional<std::string> fromFile(const std::string& path);
    std::optional<std::string> get(const ParsedArguments& args, bool isNew);

    CommandContext& m_context;
    std::string m_problem;
    ExitCode m_problemCode = ExitCode::Usage;
};

} // namespace carehouse::cli
