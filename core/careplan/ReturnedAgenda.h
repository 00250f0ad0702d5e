#pragma once

#include "core/base/CivilDate.h"
#include "core/base/Result.h"

#include <optional>
#include <string>
#include <vector>

namespace carehouse::record {
class RecordStore;
}

namespace carehouse::careplan {

// What the person said they want to talk about, from the pre-consultation agenda questionnaire
// they returned (on paper, typed in, or filled in in the waiting room): the topics they ticked,
// anything else, what matters most to them and their questions, in their own words.
struct ReturnedAgenda
{
    static constexpr const char* kQuestionnaireUrl
        = "https://carehouse.example/fhir/Questionnaire/care-planning-agenda";

    std::string responseId;
    base::CivilDate completedOn;
    std::vector<std::string> topics; // as ticked, in the questionnaire's order of answers
    std::string otherTopic;
    std::string mattersMost;
    std::string questions;

    bool empty() const { return topics.empty() && otherTopic.empty() && mattersMost.empty() && questions.empty(); }

    // The newest agenda the person completed after `after` (their last consultation; an invalid
    // date: any). Entered-in-error responses are never used.
    static base::Result<std::optional<ReturnedAgenda>> latest(record::RecordStore& store, const std::string& patientId,
                                                              base::CivilDate after);
};

} // namespace carehouse::careplan
