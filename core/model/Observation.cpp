#include "core/model/Observation.h"

namespace carehouse::model {

std::string_view observationSourceCode(Observation::Source s)
{
    return s == Observation::Source::Lab ? "lab" : "entered";
}

Observation::Source observationSourceFromCode(std::string_view code)
{
    return code == "lab" ? Observation::Source::Lab : Observation::Source::Entered;
}

} // namespace carehouse::model
