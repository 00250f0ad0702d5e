#include "app/cli/DuplicatesLinkCommand.h"

#include "core/model/NhsNumber.h"
#include "core/record/DuplicateLink.h"
#include "core/record/PatientRepository.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <ostream>

namespace carehouse::cli {

std::string DuplicatesLinkCommand::name() const
{
    return "duplicates link";
}

std::string DuplicatesLinkCommand::summary() const
{
    return "Record that two records with one NHS number are the same person.";
}

std::string DuplicatesLinkCommand::description() const
{
    return "MAIN and OTHER are record ids as 'duplicates list' prints them; check with the person (or their GP\n"
           "practice) that they are one person first. OTHER is then linked to MAIN: nothing is moved or\n"
           "deleted, each record shows the other, and laboratory results for the NHS number file against\n"
           "MAIN. The link travels to the peers with the next 'exchange export'. Undo a link made in error\n"
           "with 'duplicates unlink OTHER'. Clinicians only.";
}

std::vector<Option> DuplicatesLinkCommand::options() const
{
    return {};
}

std::vector<Argument> DuplicatesLinkCommand::arguments() const
{
    return {{"MAIN", "The record to keep using: usually the one with the person's history."},
            {"OTHER", "The other record with the same NHS number."}};
}

std::vector<std::string> DuplicatesLinkCommand::examples() const
{
    return {"carehouse-cli --user nurse duplicates link MAIN-RECORD-ID OTHER-RECORD-ID"};
}

ExitCode DuplicatesLinkCommand::executeWithStore(CommandContext& ctx, const ParsedArguments& args,
                                                 record::RecordStore& store)
{
    const auto mainId = args.positional(0);
    const auto otherId = args.positional(1);
    if (auto st = record::DuplicateLink(store).link(mainId, otherId); !st)
        return ctx.fail(st.error());
    auto main = record::PatientRepository(store).patient(mainId);
    if (!main)
        return ctx.fail(main.error());
    const auto name = model::bannerName(main->value);
    const auto nhs = model::displayNhsNumber(main->value.nhsNumber);
    if (ctx.global().json) {
        ctx.out() << nlohmann::json{{"mainId", mainId}, {"linkedId", otherId}, {"name", name}, {"nhsNumber", nhs}}.dump(
            2) << '\n';
        return ExitCode::Ok;
    }
    ctx.out() << fmt::format("Linked: record {} is the same person as {} (NHS number {}), whose main record is {}.\n",
                             otherId, name, nhs, mainId);
    ctx.out() << "The link goes to the peers with the next 'exchange export'.\n";
    return ExitCode::Ok;
}

} // namespace carehouse::cli
