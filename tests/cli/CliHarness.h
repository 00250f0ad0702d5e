#pragma once

// Helpers for the cli tests: run a command line in-process with string streams, or run the
// built binary as a separate process. Header-only so cli_tests is just the *Test.cpp files.

#include "app/cli/CommandContext.h"
#include "app/cli/CommandRegistry.h"
#include "app/cli/Environment.h"
#include "core/base/Clock.h"

#include <catch2/catch.hpp>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <fstream>
#include <map>
#include <spawn.h>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace carehouse::testing {

struct CliResult
{
    int exit = -1;
    std::string out;
    std::string err;
};

// Runs one command line in-process (as `carehouse-cli ARGS...`).
inline CliResult runInProcess(const std::vector<std::string>& args, const std::map<std::string, std::string>& env,
                              const base::Clock& clock, const std::string& input = {}, bool errIsTerminal = false)
{
    std::istringstream in(input);
    std::ostringstream out, err;
    cli::CommandContext context(in, out, err, cli::Environment::fromMap(env), clock);
    context.setTerminals(false, errIsTerminal);
    auto code = cli::CommandRegistry::standard().run(args, context);
    return {cli::toInt(code), out.str(), err.str()};
}

inline std::string readWholeFile(const std::string& path)
{
    std::ifstream f(path, std::ios::binary);
    std::ostringstream s;
    s << f.rdbuf();
    return s.str();
}

inline void writeWholeFile(const std::string& path, const std::string& bytes)
{
    std::ofstream f(path, std::ios::binary | std::ios::trunc);
    f << bytes;
}

// The built binary, from $CAREHOUSE_CLI (set by CTest).
// The text of a PDF (or of pages first..last of it), as pdftotext reads it; `raw` keeps the
// order the page was drawn in rather than its layout.
inline std::string pdfText(const std::string& path, int first = 0, int last = 0, bool raw = false)
{
    std::string command = raw ? "pdftotext -raw -enc UTF-8" : "pdftotext -enc UTF-8";
    if (first > 0)
        command += " -f " + std::to_string(first) + " -l " + std::to_string(last > 0 ? last : first);
    command += " '" + path + "' - 2>/dev/null";
    std::string text;
    FILE* pipe = popen(command.c_str(), "r");
    REQUIRE(pipe != nullptr);
    char buffer[4096];
    while (std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe))
        text.append(buffer, n);
    pclose(pipe);
    return text;
}

inline std::string cliBinary()
{
    const char* p = std::getenv("CAREHOUSE_CLI");
#ifdef CAREHOUSE_CLI_BUILT
    if (!p || !*p)
        return CAREHOUSE_CLI_BUILT;
#endif
    return p ? p : "";
}

// Runs the real carehouse-cli with exactly the given environment (plus PATH and
// CAREHOUSE_RESOURCES), stdin from `input`, capturing stdout and stderr through files.
inline CliResult runBinary(const std::string& workDir, const std::vector<std::string>& args,
                           const std::map<std::string, std::string>& env, const std::string& input = {})
{
    CliResult r;
    const std::string inPath = workDir + "/stdin.txt", outPath = workDir + "/stdout.txt",
                      errPath = workDir + "/stderr.txt";
    writeWholeFile(inPath, input);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, inPath.c_str(), O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, outPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&actions, 2, errPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);

    std::vector<std::string> argStrings{cliBinary()};
    argStrings.insert(argStrings.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& a : argStrings)
        argv.push_back(a.data());
    argv.push_back(nullptr);

    auto full = env;
    for (const char* keep : {"PATH", "CAREHOUSE_RESOURCES"})
        if (const char* v = std::getenv(keep); v && !full.count(keep))
            full[keep] = v;
    std::vector<std::string> envStrings;
    for (const auto& [k, v] : full)
        envStrings.push_back(k + "=" + v);
    std::vector<char*> envp;
    for (auto& e : envStrings)
        envp.push_back(e.data());
    envp.push_back(nullptr);

    pid_t pid = 0;
    int rc = posix_spawn(&pid, argStrings[0].c_str(), &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    REQUIRE(rc == 0);
    int status = 0;
    REQUIRE(waitpid(pid, &status, 0) == pid);
    r.exit = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    r.out = readWholeFile(outPath);
    r.err = readWholeFile(errPath);
    return r;
}

inline std::string firstLine(const std::string& s)
{
    return s.substr(0, s.find('\n'));
}

} // namespace carehouse::testing
