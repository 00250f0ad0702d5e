#pragma once

#include "app/cli/CommandContext.h"
#include "app/cli/ExitCode.h"
#include "app/cli/PatientArgument.h"
#include "core/model/CarePlan.h"
#include "core/model/Referral.h"
#include "core/record/RecordStore.h"

#include <optional>
#include <string>
#include <vector>

namespace carehouse::cli {

// The PATIENT argument of the careplan commands: the person and their latest saved care plan
// with their referrals. A person without a saved plan is refused in words (exit 3, as other
// not-found cases) that say how to make one.
class CarePlanArgument
{
public:
    struct Resolved
    {
        PatientArgument::Resolved person;
        model::CarePlan plan;
        std::vector<model::Referral> referrals; // this person's only
    };

    // Nothing (with `code` set and the refusal written) when it cannot be resolved.
    static std::optional<Resolved> resolve(CommandContext& context, record::RecordStore& store, const std::string& text,
                                           ExitCode& code);
    static std::string noPlanMessage(const std::string& bannerName);
};

} // namespace carehouse::cli
