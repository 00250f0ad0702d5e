#pragma once

#include <optional>
#include <string_view>

namespace carehouse::recall {

// Where a person is in their yearly Year of Care cycle, derived from the record (never stored).
enum class CycleStage
{
    NotDue, // the next review is more than the invitation lead time away
    Due, // due or overdue, not invited yet in this cycle
    Invited, // invited, no surveillance appointment booked
    SurveillanceBooked,
    SurveillanceDone, // seen by the HCA, laboratory results awaited
    ResultsBack, // every test sent has a result
    LetterSent, // the results letter has gone out
    CarePlanningBooked,
    Excepted // declined or unsuitable, until the exception expires
};

std::string_view cycleStageCode(CycleStage s);
std::optional<CycleStage> cycleStageFromCode(std::string_view code);

} // namespace carehouse::recall
