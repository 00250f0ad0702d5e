#include "app/cli/ReferralStatusCommand.h"

#include "core/careplan/CarePlanBook.h"
#include "core/model/Patient.h"
#include "core/record/FieldRecordReader.h"
#include "core/record/PatientRepository.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <ostream>

namespace carehouse::cli {

namespace {

constexpr const char* kStatuses = "accepted, seen, referred-back, declined or sent";

} // namespace

std::string ReferralStatusCommand::name() const
{
    return "referral status";
}

std::string ReferralStatusCommand::summary() const
{
    return "Record what came back from a referral: accepted, seen, referred back or declined.";
}

std::string ReferralStatusCommand::description() const
{
    return "The referral's id is the one `referral list` shows. Whoever hears back may record it (reception,\n"
           "the admin team, a nurse or GP); putting a referral back to 'sent' is part of the consultation and\n"
           "needs a nurse, GP or clinical lead. Recorded at once and audited; the care plan is not changed.";
}

std::vector<Option> ReferralStatusCommand::options() const
{
    return {{"note", "TEXT", "What the service said: \"appointment 4 Dec at the foot clinic\"."}};
}

std::vector<Argument> ReferralStatusCommand::arguments() const
{
    return {{"REFERRAL_ID", "The referral's id, from `referral list`.", true, false},
            {"STATUS", std::string("One of ") + kStatuses + ".", true, false}};
}

std::vector<std::string> ReferralStatusCommand::examples() const
{
    return {"carehouse-cli referral status REFERRAL_ID accepted --note \"appointment 4 Dec\"",
            "carehouse-cli referral status REFERRAL_ID referred-back"};
}

ExitCode ReferralStatusCommand::executeWithStore(CommandContext& ctx, const ParsedArguments& args,
                                                 record::RecordStore& store)
{
    const auto status = model::referralStatusFromCode(args.positional(1));
    if (!status)
        return ctx.usage(fmt::format("'{}' is not a referral status: give {}.", args.positional(1), kStatuses));
    const auto id = args.positional(0);
    careplan::CarePlanBook book(store);
    if (auto st = book.setReferralStatus(id, *status, args.get("note").value_or("")); !st)
        return ctx.fail(st.error());
    auto r = record::FieldRecordReader(store).byId<model::Referral>(id);
    if (!r)
        return ctx.fail(r.error());
    std::string who = r->value.patientId;
    if (auto person = record::PatientRepository(store).patient(r->value.patientId))
        who = model::bannerName(person->value);
    if (ctx.global().json) {
        ctx.out() << nlohmann::json{{"id", r->value.id},
                                    {"patientId", r->value.patientId},
                                    {"serviceName", r->value.serviceName},
                                    {"status", std::string(model::referralStatusCode(r->value.status))},
                                    {"statusOn", r->value.statusOn.valid() ? r->value.statusOn.iso() : std::string()},
                                    {"note", r->value.note}}
                         .dump(2)
                  << '\n';
        return ExitCode::Ok;
    }
    ctx.out() << fmt::format("Referral to {} for {}: {} on {}.{}\n", r->value.serviceName, who,
                             model::referralStatusCode(r->value.status), r->value.statusOn.display(),
                             r->value.note.empty() ? std::string() : " Note: " + r->value.note);
    return ExitCode::Ok;
}

} // namespace carehouse::cli
