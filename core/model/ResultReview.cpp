#include "core/model/ResultReview.h"

namespace carehouse::model {

std::string_view reviewOutcomeCode(ResultReview::Outcome o)
{
    return o == ResultReview::Outcome::ActionNeeded ? "action-needed" : "filed";
}

ResultReview::Outcome reviewOutcomeFromCode(std::string_view code)
{
    return code == "action-needed" ? ResultReview::Outcome::ActionNeeded : ResultReview::Outcome::Filed;
}

} // namespace carehouse::model
