#include "app/cli/ArgumentParser.h"

#include <fmt/format.h>

namespace carehouse::cli {

ArgumentParser::ArgumentParser(std::string commandName, std::vector<Option> options, std::vector<Argument> arguments)
    : m_command(std::move(commandName))
    , m_options(std::move(options))
    , m_arguments(std::move(arguments))
{
}

bool ArgumentParser::isPasswordOption(const std::string& word)
{
    return word == "--password" || word.rfind("--password=", 0) == 0 || word == "--pass"
        || word.rfind("--pass=", 0) == 0 || word == "--new-password" || word.rfind("--new-password=", 0) == 0;
}

std::string ArgumentParser::passwordRefusal()
{
    return "A password is never accepted on the command line, where others can see it: set CAREHOUSE_PASSWORD "
           "(and CAREHOUSE_NEW_PASSWORD for a new account), or type it when asked.";
}

const Option* ArgumentParser::findOption(const std::string& name) const
{
    for (const auto& o : m_options)
        if (o.name == name)
            return &o;
    return nullptr;
}

ArgumentParser::Outcome ArgumentParser::parse(const std::vector<std::string>& words) const
{
    Outcome out;
    auto seeHelp = fmt::format("see 'carehouse-cli {} --help'", m_command);
    bool optionsEnded = false;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const auto& w = words[i];
        if (!optionsEnded && (w == "--help" || w == "-h")) {
            out.help = true;
            return out;
        }
        if (!optionsEnded && isPasswordOption(w)) {
            out.problem = passwordRefusal();
            return out;
        }
        if (!optionsEnded && w == "--") {
            optionsEnded = true;
            continue;
        }
        if (!optionsEnded && w.size() > 2 && w.rfind("--", 0) == 0) {
            auto eq = w.find('=');
            std::string name = w.substr(2, eq == std::string::npos ? std::string::npos : eq - 2);
            const Option* o = findOption(name);
            if (!o) {
                out.problem = fmt::format("'{}' does not take the option '--{}'; {}.", m_command, name, seeHelp);
                return out;
            }
            if (o->flag()) {
                if (eq != std::string::npos) {
                    out.problem = fmt::format("The option '--{}' takes no value; {}.", name, seeHelp);
                    return out;
                }
                out.args.setFlag(name);
                continue;
            }
            if (eq != std::string::npos) {
                out.args.setValue(name, w.substr(eq + 1));
                continue;
            }
            if (i + 1 >= words.size()) {
                out.problem = fmt::format("The option '--{}' needs a value ({}); {}.", name, o->valueName, seeHelp);
                return out;
            }
            out.args.setValue(name, words[++i]);
            continue;
        }
        if (!optionsEnded && w.size() > 1 && w[0] == '-' && !(w[1] >= '0' && w[1] <= '9')) {
            out.problem = fmt::format("'{}' is not an option of '{}'; {}.", w, m_command, seeHelp);
            return out;
        }
        out.args.addPositional(w);
    }

    // Join a variadic last argument; refuse extra words otherwise.
    auto& pos = out.args.positionals();
    if (!m_arguments.empty() && m_arguments.back().variadic && pos.size() > m_arguments.size()) {
        std::string joined;
        for (std::size_t i = m_arguments.size() - 1; i < pos.size(); ++i)
            joined += (joined.empty() ? "" : " ") + pos[i];
        pos.resize(m_arguments.size() - 1);
        pos.push_back(joined);
    }
    const bool repeated = !m_arguments.empty() && m_arguments.back().repeated;
    if (pos.size() > m_arguments.size() && !repeated) {
        out.problem = fmt::format("'{}' was not expected: '{}' takes {}; {}.", pos[m_arguments.size()], m_command,
                                  m_arguments.empty() ? std::string("no further words")
                                                      : fmt::format("{} argument(s)", m_arguments.size()),
                                  seeHelp);
        return out;
    }
    for (std::size_t i = pos.size(); i < m_arguments.size(); ++i) {
        if (m_arguments[i].required) {
            out.problem = fmt::format("'{}' needs {}; {}.", m_command, m_arguments[i].name, seeHelp);
            return out;
        }
    }
    for (const auto& o : m_options) {
        if (o.required && !out.args.has(o.name)) {
            out.problem = fmt::format("'{}' needs --{} {}; {}.", m_command, o.name, o.valueName, seeHelp);
            return out;
        }
    }
    return out;
}

} // namespace carehouse::cli
