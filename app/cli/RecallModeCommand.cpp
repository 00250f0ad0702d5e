#include "app/cli/RecallModeCommand.h"

#include "core/base/Log.h"
#include "core/recall/RecallPolicy.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <ostream>

namespace carehouse::cli {

namespace {

std::string modeWords(recall::RecallPolicy::Mode m)
{
    return m == recall::RecallPolicy::Mode::BirthMonth
        ? "in the person's birth month (birth-month)"
        : "on the anniversary of the last care planning consultation (anniversary)";
}

} // namespace

std::string RecallModeCommand::name() const
{
    return "recall mode";
}

std::string RecallModeCommand::summary() const
{
    return "Show how the practice recalls people, or set it (administrators).";
}

std::string RecallModeCommand::description() const
{
    return "anniversary: due 12 months after the last care planning consultation.\n"
           "birth-month: due on the 1st of the birth month, at least 6 months after the last one.\n"
           "Either way, someone newly diagnosed is due within 3 months.";
}

std::vector<Option> RecallModeCommand::options() const
{
    return {};
}

std::vector<Argument> RecallModeCommand::arguments() const
{
    return {{"MODE", "anniversary or birth-month; leave it out to show the current mode.", false, false}};
}

std::vector<std::string> RecallModeCommand::examples() const
{
    return {"carehouse-cli recall mode", "carehouse-cli --user admin recall mode birth-month"};
}

ExitCode RecallModeCommand::executeWithStore(CommandContext& ctx, const ParsedArguments& args,
                                             record::RecordStore& store)
{
    const auto text = args.positional(0);
    if (text.empty()) {
        auto policy = recall::RecallPolicy::forPractice(store);
        if (!policy)
            return ctx.fail(policy.error());
        if (ctx.global().json)
            ctx.out() << nlohmann::json{{"mode", std::string(recall::recallModeCode(policy->mode))}}.dump(2) << '\n';
        else
            ctx.out() << fmt::format("People are recalled {}.\n", modeWords(policy->mode));
        return ExitCode::Ok;
    }
    const auto mode = recall::recallModeFromCode(text);
    if (!mode)
        return ctx.usage(fmt::format("'{}' is not a recall mode: use anniversary or birth-month.", text));
    if (auto st = store.setSetting(recall::RecallPolicy::kModeSetting, std::string(recall::recallModeCode(*mode))); !st)
        return ctx.fail(st.error());
    base::logInfo("recall mode set to {}", recall::recallModeCode(*mode));
    if (ctx.global().json)
        ctx.out() << nlohmann::json{{"mode", std::string(recall::recallModeCode(*mode))}, {"saved", true}}.dump(2)
                  << '\n';
    else
        ctx.out() << fmt::format("People are now recalled {}.\n", modeWords(*mode));
    return ExitCode::Ok;
}

} // namespace carehouse::cli
