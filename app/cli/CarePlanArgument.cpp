#include "app/cli/CarePlanArgument.h"

#include "core/careplan/CarePlanBook.h"

#include <fmt/format.h>

namespace carehouse::cli {

std::string CarePlanArgument::noPlanMessage(const std::string& bannerName)
{
    return fmt::format("{} has no care plan yet. A care plan is saved at the care planning consultation (the Care "
                       "planning tab of their page in CareHouse); there is nothing to show or print until then.",
                       bannerName);
}

std::optional<CarePlanArgument::Resolved> CarePlanArgument::resolve(CommandContext& ctx, record::RecordStore& store,
                                                                    const std::string& text, ExitCode& code)
{
    auto patient = PatientArgument::resolve(store, text);
    if (!patient) {
        code = ctx.fail(patient.error());
        return std::nullopt;
    }
    careplan::CarePlanBook book(store);
    auto latest = book.latest(patient->id);
    if (!latest) {
        code = ctx.fail(latest.error());
        return std::nullopt;
    }
    if (!*latest || (*latest)->value.patientId != patient->id) {
        code = ctx.refuse(ExitCode::NotFound, noPlanMessage(patient->name));
        return std::nullopt;
    }
    auto referrals = book.referrals(patient->id);
    if (!referrals) {
        code = ctx.fail(referrals.error());
        return std::nullopt;
    }
    Resolved r{*patient, (*latest)->value, {}};
    for (const auto& v : *referrals)
        if (v.value.patientId == patient->id)
            r.referrals.push_back(v.value);
    code = ExitCode::Ok;
    return r;
}

} // namespace carehouse::cli
