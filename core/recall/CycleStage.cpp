#include "core/recall/CycleStage.h"

#include <array>
#include <utility>

namespace carehouse::recall {

namespace {

constexpr std::array<std::pair<CycleStage, std::string_view>, 9> kCodes{{
    {CycleStage::NotDue, "not-due"},
    {CycleStage::Due, "due"},
    {CycleStage::Invited, "invited"},
    {CycleStage::SurveillanceBooked, "surveillance-booked"},
    {CycleStage::SurveillanceDone, "surveillance-done"},
    {CycleStage::ResultsBack, "results-back"},
    {CycleStage::LetterSent, "letter-sent"},
    {CycleStage::CarePlanningBooked, "care-planning-booked"},
    {CycleStage::Excepted, "exception"},
}};

} // namespace

std::string_view cycleStageCode(CycleStage s)
{
    for (const auto& [stage, code] : kCodes)
        if (stage == s)
            return code;
    return "not-due";
}

std::optional<CycleStage> cycleStageFromCode(std::string_view code)
{
    for (const auto& [stage, c] : kCodes)
        if (c == code)
            return stage;
    return std::nullopt;
}

} // namespace carehouse::recall
