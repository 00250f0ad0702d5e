#pragma once

#include "core/base/Result.h"

#include <optional>
#include <string>
#include <string_view>

namespace carehouse::record {
class RecordStore;
}

namespace carehouse::recall {

// How the practice recalls people (CLINICAL.md "The yearly cycle"): by the anniversary of the
// last care planning consultation, or in the person's birth month; newly diagnosed people
// are due within 3 months; a second invitation only 7 days after the first.
struct RecallPolicy
{
    enum class Mode
    {
        Anniversary,
        BirthMonth
    };
    Mode mode = Mode::Anniversary;
    int leadDays = 28; // invite this long before the due date
    int newlyDiagnosedMonths = 3;
    int daysBetweenInvitations = 7;

    static constexpr const char* kModeSetting = "recall.mode";
    // The practice's setting, defaults where unset.
    static base::Result<RecallPolicy> forPractice(const record::RecordStore& store);
};

std::string_view recallModeCode(RecallPolicy::Mode m);
std::optional<RecallPolicy::Mode> recallModeFromCode(std::string_view code);

} // namespace carehouse::recall
