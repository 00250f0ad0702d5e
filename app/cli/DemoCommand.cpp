#include "app/cli/DemoCommand.h"

#include "app/cli/TextTable.h"
#include "core/base/Log.h"
#include "core/demo/DemoPractice.h"
#include "core/exchange/SiteKeyStore.h"
#include "core/model/User.h"
#include "core/record/RecordStore.h"

#include <chrono>
#include <filesystem>
#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <ostream>

namespace carehouse::cli {

namespace {

bool parseCount(const std::string& text, long long low, long long high, long long& out)
{
    if (text.empty() || text.size() > 18)
        return false;
    for (char c : text)
        if (c < '0' || c > '9')
            return false;
    out = std::stoll(text);
    return out >= low && out <= high;
}

} // namespace

std::string DemoCommand::name() const
{
    return "demo";
}

std::string DemoCommand::summary() const
{
    return "Build the demo practice: made-up people with diabetes, their diagnoses and results.";
}

std::string DemoCommand::description() const
{
    return "Creates the database if it is missing. The same seed always gives the same practice.\n"
           "Every row is written through the record's normal commit, journal and audit.\n"
           "Progress is shown on stderr when it is a terminal; Ctrl+C stops between batches.";
}

std::vector<Option> DemoCommand::options() const
{
    return {
        {"people", "N", "How many people to register (default 800)."},
        {"years", "Y", "How many years of history (default 5)."},
        {"seed", "S", "The random seed (default 1)."},
        {"site-name", "NAME", "The practice's name (default 'Riverside Medical Practice (demo)')."},
    };
}

std::vector<Argument> DemoCommand::arguments() const
{
    return {};
}

std::vector<std::string> DemoCommand::examples() const
{
    return {"carehouse-cli demo --people 800 --years 5 --seed 1",
            "carehouse-cli --db /tmp/big.carehouse demo --people 100000 --years 10 --seed 7"};
}

ExitCode DemoCommand::execute(CommandContext& ctx, const ParsedArguments& args)
{
    namespace fs = std::filesystem;
    demo::DemoOptions options;
    long long n = 0;
    if (auto v = args.get("people")) {
        if (!parseCount(*v, 1, 10'000'000, n))
            return ctx.refuse(ExitCode::Invalid,
                              fmt::format("--people '{}' is not a number of people between 1 and 10000000.", *v));
        options.people = static_cast<int>(n);
    }
    if (auto v = args.get("years")) {
        if (!parseCount(*v, 1, 100, n))
            return ctx.refuse(ExitCode::Invalid,
                              fmt::format("--years '{}' is not a number of years from 1 to 100.", *v));
        options.years = static_cast<int>(n);
    }
    if (auto v = args.get("seed")) {
        if (!parseCount(*v, 0, 999'999'999'999'999'999LL, n))
            return ctx.refuse(ExitCode::Invalid, fmt::format("--seed '{}' is not a whole number.", *v));
        options.seed = static_cast<std::uint64_t>(n);
    }
    if (auto v = args.get("site-name"); v && !v->empty())
        options.siteName = *v;

    const auto& path = ctx.global().database;
    std::error_code ec;
    if (!ctx.global().databaseGiven && !fs::exists(path, ec))
        fs::create_directories(fs::path(path).parent_path(), ec);
    auto store = record::RecordStore::open(path, ctx.clock(), record::RecordStore::OpenMode::CreateIfMissing);
    if (!store) {
        auto e = store.error();
        if (e.file.empty())
            e.file = path;
        return ctx.fail(e);
    }

    const bool showProgress = ctx.errIsTerminal() && !ctx.global().json;
    int lastPercent = -1;
    auto progress = [&](int done, int total) {
        if (showProgress && total > 0) {
            int percent = static_cast<int>(100LL * done / total);
            if (percent != lastPercent) {
                lastPercent = percent;
                ctx.err() << fmt::format("\rBuilding the demo practice: {:3}% ({} of {} people)", percent, done, total)
                          << std::flush;
            }
        }
        return !ctx.cancelRequested();
    };
    auto started = std::chrono::steady_clock::now();
    auto stats = demo::DemoPractice::build(**store, options, progress);
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    if (showProgress && lastPercent >= 0)
        ctx.err() << '\n';
    if (!stats)
        return ctx.fail(stats.error());
    // The demo practice gets its exchange keys too, under the documented demo passphrase.
    if (auto st = (*store)->login("admin", demo::DemoPractice::kPassword); st) {
        if (auto keys = exchange::SiteKeyStore(**store).ensure(demo::DemoPractice::kKeyPassphrase); !keys)
            return ctx.fail(keys.error());
        (*store)->logout();
    }

    double rowsPerSecond = seconds > 0 ? static_cast<double>(stats->versions()) / seconds : 0.0;
    base::logInfo("demo practice built in {:.1f} s: {} people, {} conditions, {} observations", seconds, stats->people,
                  stats->conditions, stats->observations);
    const auto& users = demo::DemoPractice::users();
    if (ctx.global().json) {
        nlohmann::json logins = nlohmann::json::array();
        for (const auto& u : users)
            logins.push_back({{"username", u.username},
                              {"displayName", u.displayName},
                              {"role", std::string(model::roleCode(u.role))},
                              {"password", demo::DemoPractice::kPassword}});
        nlohmann::json j = {{"database", path},
                            {"people", stats->people},
                            {"conditions", stats->conditions},
                            {"observations", stats->observations},
                            {"seconds", seconds},
                            {"rowsPerSecond", rowsPerSecond},
                            {"logins", logins}};
        ctx.out() << j.dump(2) << '\n';
        return ExitCode::Ok;
    }
    auto& out = ctx.out();
    out << fmt::format("Built the demo practice in '{}'.\n", path);
    out << fmt::format("  People:        {}\n  Conditions:    {}\n  Observations:  {}\n", stats->people,
                       stats->conditions, stats->observations);
    out << fmt::format("  Time:          {:.1f} s ({:.0f} rows/s)\n\n", seconds, rowsPerSecond);
    out << fmt::format("Demo logins (password for all: {}):\n", demo::DemoPractice::kPassword);
    TextTable table({"Username", "Role", "Name"});
    for (const auto& u : users)
        table.addRow({u.username, std::string(model::roleDisplay(u.role)), u.displayName});
    table.print(out);
    return ExitCode::Ok;
}

} // namespace carehouse::cli
