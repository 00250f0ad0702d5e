#pragma once

#include "core/questionnaire/Questionnaire.h"
#include "core/questionnaire/Response.h"

#include <string>
#include <vector>

namespace carehouse::questionnaire {

// What a form (on screen or printed blank) shows of a questionnaire: one row per item in
// document order with its depth, whether it is enabled for the answers so far, and the option
// labels. A Qt form builds its widgets from rows() once and calls refresh() after each answer
// to show or hide the rows whose enabled state changed.
class FormModel
{
public:
    struct Row
    {
        const Item* item = nullptr; // points into the questionnaire, which must outlive the model
        int depth = 0;
        std::string label; // prefix and text: "1. Little interest or pleasure in doing things"
        bool enabled = true;
        bool answerable = false; // a question CareHouse takes answers for
        std::vector<std::string> optionLabels;
    };

    static FormModel build(const Questionnaire& questionnaire, const AnswerMap& answers = {});
    // Re-evaluates enableWhen for new answers; returns how many rows changed state.
    int refresh(const AnswerMap& answers);

    const std::vector<Row>& rows() const { return m_rows; }
    int rowOf(const std::string& linkId) const; // -1 when no such item

private:
    explicit FormModel(const Questionnaire& q)
        : m_questionnaire(&q)
    {
    }
    const Questionnaire* m_questionnaire;
    std::vector<Row> m_rows;
};

} // namespace carehouse::questionnaire
