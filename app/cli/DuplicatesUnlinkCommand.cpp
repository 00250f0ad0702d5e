#include "app/cli/DuplicatesUnlinkCommand.h"

#include "core/model/NhsNumber.h"
#include "core/record/DuplicateLink.h"
#include "core/record/PatientRepository.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <ostream>

namespace carehouse::cli {

std::string DuplicatesUnlinkCommand::name() const
{
    return "duplicates unlink";
}

std::string DuplicatesUnlinkCommand::summary() const
{
    return "Undo a link between two records made in error.";
}

std::string DuplicatesUnlinkCommand::description() const
{
    return "RECORD is the record that was linked to another (the OTHER of 'duplicates link'). It stands alone\n"
           "again, and the pair is listed by 'duplicates list' until a clinician links them or corrects the\n"
           "NHS number that is wrong. Clinicians only.";
}

std::vector<Option> DuplicatesUnlinkCommand::options() const
{
    return {};
}

std::vector<Argument> DuplicatesUnlinkCommand::arguments() const
{
    return {{"RECORD", "The linked record's id, as 'duplicates list --all' prints it."}};
}

std::vector<std::string> DuplicatesUnlinkCommand::examples() const
{
    return {"carehouse-cli --user nurse duplicates unlink RECORD-ID"};
}

ExitCode DuplicatesUnlinkCommand::executeWithStore(CommandContext& ctx, const ParsedArguments& args,
                                                   record::RecordStore& store)
{
    const auto id = args.positional(0);
    if (auto st = record::DuplicateLink(store).unlink(id); !st)
        return ctx.fail(st.error());
    auto p = record::PatientRepository(store).patient(id);
    if (!p)
        return ctx.fail(p.error());
    if (ctx.global().json) {
        ctx.out() << nlohmann::json{{"unlinkedId", id}, {"name", model::bannerName(p->value)}}.dump(2) << '\n';
        return ExitCode::Ok;
    }
    ctx.out() << fmt::format("Unlinked: the record {} of {} (NHS number {}) stands alone again; compare it under "
                             "'duplicates list'.\n",
                             id, model::bannerName(p->value), model::displayNhsNumber(p->value.nhsNumber));
    return ExitCode::Ok;
}

} // namespace carehouse::cli
