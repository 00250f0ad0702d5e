#include "app/cli/ReferralListCommand.h"

#include "app/cli/PatientArgument.h"
#include "app/cli/TextTable.h"
#include "core/careplan/CarePlanBook.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <ostream>

namespace carehouse::cli {

namespace {

std::string shown(base::CivilDate d)
{
    return d.valid() ? d.display() : std::string("-");
}

} // namespace

std::string ReferralListCommand::name() const
{
    return "referral list";
}

std::string ReferralListCommand::summary() const
{
    return "List a person's referrals from care planning, with where each has got to.";
}

std::string ReferralListCommand::description() const
{
    return "Oldest first: the service, when it was sent, its status (sent, accepted, seen, referred-back,\n"
           "declined), when that last changed, the note, and the id `referral status` takes.";
}

std::vector<Option> ReferralListCommand::options() const
{
    return {{"open", "", "Only referrals still waiting (sent or accepted)."}};
}

std::vector<Argument> ReferralListCommand::arguments() const
{
    return {{PatientArgument::kName, "The record id, or the NHS number (spaces allowed).", true, true}};
}

std::vector<std::string> ReferralListCommand::examples() const
{
    return {"carehouse-cli referral list 943 476 5919", "carehouse-cli --json referral list 9434765919 --open"};
}

ExitCode ReferralListCommand::executeWithStore(CommandContext& ctx, const ParsedArguments& args,
                                               record::RecordStore& store)
{
    auto patient = PatientArgument::resolve(store, args.positional(0));
    if (!patient)
        return ctx.fail(patient.error());
    auto referrals = careplan::CarePlanBook(store).referrals(patient->id);
    if (!referrals)
        return ctx.fail(referrals.error());
    std::vector<model::Referral> shownReferrals;
    for (auto& r : *referrals)
        if (r.value.patientId == patient->id && (!args.flag("open") || r.value.open()))
            shownReferrals.push_back(std::move(r.value));
    if (ctx.global().json) {
        auto j = nlohmann::json::array();
        for (const auto& r : shownReferrals)
            j.push_back({{"id", r.id},
                         {"carePlanId", r.carePlanId},
                         {"serviceId", r.serviceId},
                         {"serviceName", r.serviceName},
                         {"status", std::string(model::referralStatusCode(r.status))},
                         {"sentOn", r.sentOn.valid() ? r.sentOn.iso() : std::string()},
                         {"statusOn", r.statusOn.valid() ? r.statusOn.iso() : std::string()},
                         {"reason", r.reason},
                         {"note", r.note}});
        ctx.out() << j.dump(2) << '\n';
        return ExitCode::Ok;
    }
    if (shownReferrals.empty()) {
        ctx.out() << fmt::format("{} has no {}referrals.\n", patient->name, args.flag("open") ? "open " : "");
        return ExitCode::Ok;
    }
    ctx.out() << patient->name << '\n';
    TextTable table({"Sent", "Referred to", "Status", "Changed", "Note", "Id"});
    for (const auto& r : shownReferrals)
        table.addRow({shown(r.sentOn), r.serviceName, std::string(model::referralStatusCode(r.status)),
                      shown(r.statusOn), r.note.empty() ? r.reason : r.note, r.id});
    table.print(ctx.out());
    return ExitCode::Ok;
}

} // namespace carehouse::cli
