#include "core/questionnaire/Scorer.h"

#include "core/questionnaire/Enablement.h"

#include <map>

namespace carehouse::questionnaire {

bool Score::safetyAlert() const
{
    for (const auto& f : flags)
        if (f.safety)
            return true;
    return false;
}

std::string Score::flagCodes() const
{
    std::string out;
    for (const auto& f : flags)
        out += (out.empty() ? "" : ",") + f.code;
    return out;
}

std::optional<ScoreBand> Scorer::bandFor(const Questionnaire& q, double total)
{
    std::optional<ScoreBand> band;
    for (const auto& b : q.scoring.bands)
        if (total >= b.min)
            band = b;
    return band;
}

Score Scorer::score(const Questionnaire& q, const AnswerMap& answers)
{
    Score s;
    Enablement enablement(q, answers);
    std::map<std::string, double> itemScores;
    bool complete = true;
    q.forEach([&](const Item& item, int) {
        if (!item.scored())
            return;
        s.scored = true;
        if (!enablement.enabled(item))
            return;
        auto it = answers.find(item.linkId);
        if (it == answers.end() || it->second.empty()) {
            complete = false;
            s.unanswered.push_back(item.linkId);
            return;
        }
        double sum = 0;
        for (const auto& v : it->second)
            if (const auto* option = item.option(v); option && option->score)
                sum += *option->score;
        itemScores[item.linkId] = sum;
        s.partialTotal += sum;
    });
    if (s.scored && complete) {
        s.total = s.partialTotal;
        s.band = bandFor(q, *s.total);
    }
    for (const auto& f : q.scoring.flags)
        if (auto it = itemScores.find(f.linkId); it != itemScores.end() && it->second >= f.minScore)
            s.flags.push_back(f);
    return s;
}

} // namespace carehouse::questionnaire
