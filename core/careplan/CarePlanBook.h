#pragma once

#include "core/base/Result.h"
#include "core/careplan/ReturnedAgenda.h"
#include "core/model/CarePlan.h"
#include "core/model/Referral.h"
#include "core/record/PatientRepository.h"

#include <optional>
#include <string>
#include <vector>

namespace carehouse::record {
class RecordStore;
}

namespace carehouse::careplan {

// A care plan being written in the consultation. `basedOnSeq` is set when today's plan is being
// changed again: a second window saving an older copy is then refused as stale.
struct CarePlanDraft
{
    model::CarePlan plan;
    std::optional<std::int64_t> basedOnSeq;
    std::vector<model::Goal> goalsToReview; // the last plan's goals, each to be reviewed
    // The agenda questionnaire the person returned since their last consultation, if any: what
    // they want to talk about, to start the conversation from.
    std::optional<ReturnedAgenda> returnedAgenda;
};

// The care planning consultation's record (nurse, GP or clinical lead): starts today's plan from
// the last one (its goals to review, its agreed targets, the person's conditions), checks it and
// saves it in one commit with the referrals it makes and the consultation itself recorded as
// attended, so the person's yearly cycle closes ("care planning done").
class CarePlanBook
{
public:
    explicit CarePlanBook(record::RecordStore& store)
        : m_store(store)
    {
    }

    // Today's plan if one was saved today (to carry on with), else a new one.
    base::Result<CarePlanDraft> start(const std::string& patientId);
    // Every problem, each naming its field ("goals[1].what", "actions[0].byWhen"); empty: fine.
    std::vector<base::Error> check(const CarePlanDraft& draft) const;
    // Refuses a plan with problems (the first is returned) and a stale one; new referrals for
    // support marked referred are created with the plan.
    base::Result<model::CarePlan> save(const CarePlanDraft& draft);

    base::Result<std::optional<record::Versioned<model::CarePlan>>> latest(const std::string& patientId);
    base::Result<std::vector<model::CarePlan>> history(const std::string& patientId); // oldest first
    base::Result<std::vector<record::Versioned<model::Referral>>> referrals(const std::string& patientId);
    base::Status setReferralStatus(const std::string& referralId, model::Referral::Status status,
                                   const std::string& note = {});

private:
    record::RecordStore& m_store;
};

} // namespace carehouse::careplan
