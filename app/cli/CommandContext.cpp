#include "app/cli/CommandContext.h"

#include "app/cli/ErrorWording.h"
#include "core/base/Log.h"

#include <ostream>

namespace carehouse::cli {

CommandContext::CommandContext(std::istream& in, std::ostream& out, std::ostream& err, Environment env,
                               const base::Clock& clock)
    : m_in(in)
    , m_out(out)
    , m_err(err)
    , m_env(std::move(env))
    , m_clock(clock)
{
}

ExitCode CommandContext::fail(const base::Error& error)
{
    auto code = exitCodeFor(error.code);
    base::logError("{} (exit {})", error.describe(), toInt(code));
    m_err << ErrorWording::sentence(error) << '\n';
    m_err.flush();
    return code;
}

ExitCode CommandContext::usage(const std::string& message)
{
    return refuse(ExitCode::Usage, message);
}

ExitCode CommandContext::refuse(ExitCode code, const std::string& message)
{
    base::logError("{} (exit {})", message, toInt(code));
    m_err << message << '\n';
    m_err.flush();
    return code;
}

} // namespace carehouse::cli
