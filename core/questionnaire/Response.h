#pragma once

#include "core/questionnaire/AnswerValue.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace carehouse::questionnaire {

// Answers by linkId; a question that repeats may hold several.
using AnswerMap = std::map<std::string, std::vector<AnswerValue>>;

// A QuestionnaireResponse as CareHouse models it: which questionnaire (url and version), the
// answers, when it was completed and by whom.
struct Response
{
    enum class CompletedBy
    {
        Person, // the person themselves (on paper or on a screen), typed in by staff or not
        Staff // a member of staff answered on the person's behalf
    };
    std::string questionnaireUrl;
    std::string questionnaireVersion; // empty when the answers did not say (taken as the current version)
    AnswerMap answers;
    std::string authored; // ISO date it was completed
    CompletedBy completedBy = CompletedBy::Person;
    std::string completedByUser; // the staff member's username when CompletedBy::Staff
    // Answers the reader could not take as any value the question accepts (linkId, as given):
    // ResponseValidator refuses each one.
    std::vector<std::pair<std::string, std::string>> unreadable;

    const std::vector<AnswerValue>* answersFor(const std::string& linkId) const
    {
        auto it = answers.find(linkId);
        return it == answers.end() || it->second.empty() ? nullptr : &it->second;
    }
};

std::string_view completedByCode(Response::CompletedBy c);
std::optional<Response::CompletedBy> completedByFromCode(std::string_view code);

} // namespace carehouse::questionnaire
