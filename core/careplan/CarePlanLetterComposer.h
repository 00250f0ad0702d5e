#pragma once

#include "core/base/CivilDate.h"
#include "core/base/Result.h"
#include "core/careplan/CarePlanLetterContent.h"
#include "core/careplan/ServicesDirectory.h"
#include "core/letters/PracticeDetails.h"
#include "core/model/CarePlan.h"
#include "core/model/Patient.h"
#include "core/model/Referral.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace carehouse::clinical {
class CareProcessCatalogue;
}
namespace carehouse::letters {
class LetterWording;
}
namespace carehouse::record {
class RecordStore;
}

namespace carehouse::careplan {

class CarePlanWording;

// Composes the person's printed care plan (issue 6 §3) from their latest saved care plan
// (CarePlanBook::latest), in their language and print size from their record: their goals in
// their own words with why each matters and their confidence, how last time's goals went, what
// they will do and what the team will do (who, by when), the support offered with its contact
// and how to get in touch (a referral: "We have asked ... to contact you", by its status), the
// targets agreed, the next review and the practice's phone.
//
// Reads only this one person: a plan, referral or service that is not theirs is never used
// (a plan for someone else is refused as InvalidState). A person with no saved plan is refused
// as NotFound with field "care plan": nothing empty is printed.
class CarePlanLetterComposer
{
public:
    struct Options
    {
        std::optional<std::string> language; // default: the person's preferred language
        std::optional<bool> largePrint; // default: the person's record
        base::CivilDate today; // default (invalid): the store's clock
    };

    struct Facts
    {
        model::Patient person;
        model::CarePlan plan;
        std::vector<model::Referral> referrals; // the person's (others are left out)
        std::map<std::string, Service> services; // the directory's entries for the plan's support, by id
        letters::PracticeDetails practice;
        base::CivilDate today;
        bool largePrint = false;
    };

    static base::Result<CarePlanLetterContent> compose(record::RecordStore& store, const std::string& patientId,
                                                       const Options& options = {});
    // `letterWording` names the care processes (the results letter's words in the same language).
    static base::Result<CarePlanLetterContent> composeFrom(const Facts& facts,
                                                           const clinical::CareProcessCatalogue& catalogue,
                                                           const CarePlanWording& wording,
                                                           const letters::LetterWording& letterWording);
};

} // namespace carehouse::careplan
