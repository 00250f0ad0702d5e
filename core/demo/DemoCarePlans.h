#pragma once

#include "core/base/CivilDate.h"
#include "core/model/Patient.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace carehouse::record {
class ChangeSet;
}

namespace carehouse::demo {

class DemoRandom;

// The care plans a demo person's past consultations ended in: goals in the person's words (why
// they matter, confidence), actions for them and the team, support offered or referred (with the
// referral's progress), now and then an agreed target, and the next review. The last two
// consultations get one each, so the newest plan reviews the goals of the one before.
class DemoCarePlans
{
public:
    using NewId = std::function<std::string()>;

    // `consultations`: attended care planning days, oldest first; `conditions`: active codes.
    // Returns the number of records added (plans and referrals).
    static int add(DemoRandom& rng, record::ChangeSet& cs, const model::Patient& person,
                   const std::vector<base::CivilDate>& consultations, const std::vector<std::string>& conditions,
                   base::CivilDate today, const NewId& newId);
};

} // namespace carehouse::demo
