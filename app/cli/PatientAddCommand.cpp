#include "app/cli/PatientAddCommand.h"

#include "app/cli/ErrorWording.h"
#include "app/cli/PatientJson.h"
#include "app/cli/PatientOptions.h"
#include "core/base/Log.h"
#include "core/model/NhsNumber.h"
#include "core/record/PatientRegistration.h"

#include <fmt/format.h>
#include <ostream>

namespace carehouse::cli {

std::string PatientAddCommand::name() const
{
    return "patient add";
}

std::string PatientAddCommand::summary() const
{
    return "Register a new patient and print their record id.";
}

std::string PatientAddCommand::description() const
{
    return "Every problem with the details is reported at once, and nothing is saved unless all are right.\n"
           "An NHS number already on the register is refused. With --dry-run the details are only checked.";
}

std::vector<Option> PatientAddCommand::options() const
{
    auto o = PatientOptions::options(false);
    o.push_back({"dry-run", "", "Check the details and say what would be saved, but save nothing."});
    return o;
}

std::vector<Argument> PatientAddCommand::arguments() const
{
    return {};
}

std::vector<std::string> PatientAddCommand::examples() const
{
    return {"carehouse-cli --user reception patient add --family Nowak --given Łukasz --dob 14/07/1945 "
            "--nhs \"943 476 5919\" --gender male --postcode \"LS1 4AB\""};
}

ExitCode PatientAddCommand::executeWithStore(CommandContext& ctx, const ParsedArguments& args,
                                             record::RecordStore& store)
{
    if (auto st = store.require(security::Permission::RegisterPatient); !st)
        return ctx.fail(st.error());
    record::PatientDraft draft;
    PatientOptions::apply(args, draft);
    record::PatientRegistration registration(store);
    model::Patient patient;
    auto problems = registration.validate(draft, patient);
    if (!problems.empty()) {
        ExitCode first = ExitCode::Ok;
        for (const auto& e : problems) {
            auto code = ctx.fail(e);
            if (first == ExitCode::Ok)
                first = code;
        }
        ctx.err() << "Nothing was saved.\n";
        return first;
    }
    const auto today = ctx.clock().today();
    if (args.flag("dry-run")) {
        if (ctx.global().json) {
            auto j = PatientJson::patient(patient, today);
            j["dryRun"] = true;
            ctx.out() << j.dump(2) << '\n';
        } else {
            ctx.out() << fmt::format("Would register {}, born {}, NHS number {}. Nothing was saved (--dry-run).\n",
                                     model::bannerName(patient), PatientJson::bornText(patient.birthDate, today),
                                     model::displayNhsNumber(patient.nhsNumber));
        }
        return ExitCode::Ok;
    }
    auto id = registration.registerPatient(draft);
    if (!id)
        return ctx.fail(id.error());
    patient.id = *id;
    base::logInfo("registered patient {}", *id);
    if (ctx.global().json) {
        ctx.out() << PatientJson::patient(patient, today).dump(2) << '\n';
    } else {
        ctx.out() << *id << '\n';
        ctx.err() << fmt::format("Registered {}, born {}, NHS number {}.\n", model::bannerName(patient),
                                 PatientJson::bornText(patient.birthDate, today),
                                 model::displayNhsNumber(patient.nhsNumber));
    }
    return ExitCode::Ok;
}

} // namespace carehouse::cli
