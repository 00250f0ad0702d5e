#pragma once

#include "core/questionnaire/Questionnaire.h"
#include "core/questionnaire/Response.h"

#include <string>
#include <unordered_map>

namespace carehouse::questionnaire {

// Which items are enabled for a set of answers (FHIR R4 enableWhen and enableBehavior). An
// item is enabled when its parent is and its conditions hold (all, or any); a condition reads
// only the answers of an enabled question. With no answer, every operator but exists is false
// (R4); != holds when at least one answer differs. Conditions the import marked ignored are
// left out, so such an item shows. The reader refused cycles, so this always ends.
class Enablement
{
public:
    Enablement(const Questionnaire& questionnaire, const AnswerMap& answers)
        : m_questionnaire(questionnaire)
        , m_answers(answers)
    {
    }
    bool enabled(const std::string& linkId) const;
    bool enabled(const Item& item) const { return enabled(item.linkId); }

private:
    bool holds(const EnableWhen& condition) const;
    const Questionnaire& m_questionnaire;
    AnswerMap m_answers; // a copy: a temporary may be passed in
    mutable std::unordered_map<std::string, bool> m_memo;
};

} // namespace carehouse::questionnaire
