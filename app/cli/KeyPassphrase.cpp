#include "app/cli/KeyPassphrase.h"

#include "app/cli/PasswordPrompt.h"

#include <fmt/format.h>
#include <fstream>
#include <sys/stat.h>

namespace carehouse::cli {

Option KeyPassphrase::fileOption()
{
    return {kFileOption, "FILE",
            "Read the site key passphrase from the first line of FILE (readable by you only); otherwise "
            "CAREHOUSE_KEY_PASSPHRASE, or you are asked without echo."};
}

bool KeyPassphrase::givenWithoutAsking(const ParsedArguments& args) const
{
    return args.has(kFileOption) || m_context.env().get(kEnvVar).has_value();
}

std::optional<std::string> KeyPassphrase::fromFile(const std::string& path)
{
    struct stat st
    {
    };
    if (::stat(path.c_str(), &st) != 0) {
        m_problemCode = ExitCode::NotFound;
        m_problem = fmt::format("There is no passphrase file at '{}'; check the path.", path);
        return std::nullopt;
    }
    if ((st.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
        m_problemCode = ExitCode::Invalid;
        m_problem = fmt::format("The passphrase file '{}' can be read by other people on this computer, so it was "
                                "not used. Make it yours only (chmod 600 '{}') and try again.",
                                path, path);
        return std::nullopt;
    }
    std::ifstream in(path);
    std::string line;
    if (!in || !std::getline(in, line)) {
        m_problemCode = ExitCode::Io;
        m_problem = fmt::format("The passphrase file '{}' could not be read, or is empty.", path);
        return std::nullopt;
    }
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    if (line.empty()) {
        m_problemCode = ExitCode::Invalid;
        m_problem = fmt::format("The first line of the passphrase file '{}' is empty.", path);
        return std::nullopt;
    }
    return line;
}

std::optional<std::string> KeyPassphrase::get(const ParsedArguments& args, bool isNew)
{
    if (auto file = args.get(kFileOption))
        return fromFile(*file);
    PasswordPrompt prompt(m_context);
    auto got = isNew ? prompt.obtainNew(kEnvVar, "New site key passphrase (it protects this site's exchange keys): ")
                     : prompt.obtain(kEnvVar, "Site key passphrase: ");
    if (!got) {
        m_problemCode = prompt.problemCode();
        m_problem = prompt.problemCode() == ExitCode::Invalid
            ? std::string("The two passphrases do not match; nothing was changed.")
            : fmt::format("No site key passphrase was given: use --{} FILE, set {}, or type it when asked.",
                          kFileOption, kEnvVar);
    }
    return got;
}

std::optional<std::string> KeyPassphrase::obtain(const ParsedArguments& args)
{
    return get(args, false);
}

std::optional<std::string> KeyPassphrase::obtainNew(const ParsedArguments& args)
{
    return get(args, true);
}

} // namespace carehouse::cli
