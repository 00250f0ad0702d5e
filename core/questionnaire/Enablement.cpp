#include "core/questionnaire/Enablement.h"

namespace carehouse::questionnaire {

bool Enablement::holds(const EnableWhen& c) const
{
    const std::vector<AnswerValue>* given = nullptr;
    if (auto it = m_answers.find(c.question); it != m_answers.end() && !it->second.empty() && enabled(c.question))
        given = &it->second;
    using Op = EnableWhen::Operator;
    if (c.op == Op::Exists)
        return (given != nullptr) == c.answer.boolean;
    if (!given)
        return false;
    for (const auto& v : *given) {
        switch (c.op) {
        case Op::Equal:
            if (v.equals(c.answer))
                return true;
            break;
        case Op::NotEqual:
            if (!v.equals(c.answer))
                return true;
            break;
        default: {
            auto order = v.compare(c.answer);
            if (!order)
                break;
            if ((c.op == Op::Greater && *order > 0) || (c.op == Op::Less && *order < 0)
                || (c.op == Op::GreaterOrEqual && *order >= 0) || (c.op == Op::LessOrEqual && *order <= 0))
                return true;
            break;
        }
        }
    }
    return false;
}

bool Enablement::enabled(const std::string& linkId) const
{
    if (auto it = m_memo.find(linkId); it != m_memo.end())
        return it->second;
    const Item* item = m_questionnaire.find(linkId);
    bool on = item != nullptr;
    if (on)
        if (const Item* parent = m_questionnaire.parentOf(linkId))
            on = enabled(parent->linkId);
    if (on) {
        bool any = false, all = true, counted = false;
        for (const auto& c : item->enableWhen) {
            if (c.ignored)
                continue;
            counted = true;
            const bool h = holds(c);
            any = any || h;
            all = all && h;
        }
        if (counted)
            on = item->enableWhenAny ? any : all;
    }
    m_memo.emplace(linkId, on);
    return on;
}

} // namespace carehouse::questionnaire
