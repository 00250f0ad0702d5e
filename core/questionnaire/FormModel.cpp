#include "core/questionnaire/FormModel.h"

#include "core/questionnaire/Enablement.h"

namespace carehouse::questionnaire {

FormModel FormModel::build(const Questionnaire& q, const AnswerMap& answers)
{
    FormModel m(q);
    m.m_rows.reserve(q.itemCount());
    q.forEach([&](const Item& item, int depth) {
        Row r;
        r.item = &item;
        r.depth = depth;
        r.label = item.prefix.empty() ? item.text : item.prefix + " " + item.text;
        r.answerable = item.isQuestion();
        r.optionLabels.reserve(item.options.size());
        for (const auto& o : item.options)
            r.optionLabels.push_back(o.value.displayText());
        m.m_rows.push_back(std::move(r));
    });
    m.refresh(answers);
    return m;
}

int FormModel::refresh(const AnswerMap& answers)
{
    Enablement enablement(*m_questionnaire, answers);
    int changed = 0;
    for (auto& r : m_rows) {
        const bool on = enablement.enabled(*r.item);
        if (on != r.enabled)
            ++changed;
        r.enabled = on;
    }
    return changed;
}

int FormModel::rowOf(const std::string& linkId) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].item->linkId == linkId)
            return static_cast<int>(i);
    return -1;
}

} // namespace carehouse::questionnaire
