#include "core/recall/RecallPolicy.h"

#include "core/record/RecordStore.h"

namespace carehouse::recall {

std::string_view recallModeCode(RecallPolicy::Mode m)
{
    return m == RecallPolicy::Mode::BirthMonth ? "birth-month" : "anniversary";
}

std::optional<RecallPolicy::Mode> recallModeFromCode(std::string_view code)
{
    if (code == "anniversary")
        return RecallPolicy::Mode::Anniversary;
    if (code == "birth-month")
        return RecallPolicy::Mode::BirthMonth;
    return std::nullopt;
}

base::Result<RecallPolicy> RecallPolicy::forPractice(const record::RecordStore& store)
{
    RecallPolicy policy;
    auto mode = store.setting(kModeSetting);
    if (!mode) {
        if (mode.error().code == base::ErrorCode::NotFound)
            return policy;
        return mode.error();
    }
    auto parsed = recallModeFromCode(*mode);
    if (!parsed)
        return base::Error::make(base::ErrorCode::InvalidArgument, kModeSetting, *mode);
    policy.mode = *parsed;
    return policy;
}

} // namespace carehouse::recall
