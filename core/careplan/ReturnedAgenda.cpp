#include "core/careplan/ReturnedAgenda.h"

#include "core/questionnaire/AnswerJson.h"
#include "core/questionnaire/ResponseHistory.h"

#include <nlohmann/json.hpp>

namespace carehouse::careplan {

namespace {

std::string joinedText(const questionnaire::AnswerMap& answers, const std::string& linkId)
{
    auto it = answers.find(linkId);
    if (it == answers.end())
        return {};
    std::string out;
    for (const auto& v : it->second) {
        const auto text = v.displayText();
        if (text.empty())
            continue;
        if (!out.empty())
            out += '\n';
        out += text;
    }
    return out;
}

} // namespace

base::Result<std::optional<ReturnedAgenda>> ReturnedAgenda::latest(record::RecordStore& store,
                                                                   const std::string& patientId, base::CivilDate after)
{
    auto responses = questionnaire::ResponseHistory(store).forPatient(patientId);
    if (!responses)
        return responses.error();
    // Oldest first: the last one that qualifies is the newest.
    for (auto r = responses->rbegin(); r != responses->rend(); ++r) {
        if (r->questionnaireUrl != kQuestionnaireUrl)
            continue;
        if (after.valid() && !(after < r->authored))
            break;
        const auto stored = nlohmann::json::parse(r->answers, nullptr, false);
        if (stored.is_discarded())
            return base::Error::make(base::ErrorCode::DatabaseCorrupt, "questionnaire_response.answers", r->id);
        const auto answers = questionnaire::answersFromJson(stored);
        ReturnedAgenda a;
        a.responseId = r->id;
        a.completedOn = r->authored;
        if (auto it = answers.find("topics"); it != answers.end())
            for (const auto& v : it->second)
                if (v.kind != questionnaire::AnswerValue::Kind::Coding || v.coding.code != "other")
                    a.topics.push_back(v.displayText());
        a.otherTopic = joinedText(answers, "topics-other");
        a.mattersMost = joinedText(answers, "matters-most");
        a.questions = joinedText(answers, "concerns");
        return std::optional<ReturnedAgenda>{std::move(a)};
    }
    return std::optional<ReturnedAgenda>{};
}

} // namespace carehouse::careplan
