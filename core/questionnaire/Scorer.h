#pragma once

#include "core/questionnaire/Questionnaire.h"
#include "core/questionnaire/Response.h"

#include <optional>
#include <string>
#include <vector>

namespace carehouse::questionnaire {

// A response's score: the total of the chosen options' scores over the enabled scored items,
// the band it falls in (from the questionnaire's scoring bands) and the flags raised. A flag
// depends on its own item only, so PHQ-9 item 9 above 0 raises the safety flag whatever the
// total, and even when other items were left unanswered.
struct Score
{
    bool scored = false; // the questionnaire has scores at all
    std::optional<double> total; // none when an enabled scored item has no answer
    double partialTotal = 0; // the sum of what was answered
    std::vector<std::string> unanswered; // enabled scored items without an answer
    std::optional<ScoreBand> band; // only with a total
    std::vector<ScoreFlag> flags; // raised

    bool safetyAlert() const;
    // "self-harm,..." as stored.
    std::string flagCodes() const;
};

class Scorer
{
public:
    static Score score(const Questionnaire& questionnaire, const AnswerMap& answers);
    // The band a total falls in, if the questionnaire has bands.
    static std::optional<ScoreBand> bandFor(const Questionnaire& questionnaire, double total);
};

} // namespace carehouse::questionnaire
