#pragma once

#include "core/base/Error.h"
#include "core/questionnaire/Questionnaire.h"
#include "core/questionnaire/Response.h"

#include <vector>

namespace carehouse::questionnaire {

// Checks a response against its questionnaire and lists every problem, in questionnaire
// order. Each error names the question by linkId (field), the answer as given (value) and the
// question's text (hint); detail says what is wrong:
//   response-other-questionnaire  the response names another questionnaire (InvalidArgument)
//   response-version-changed      it was completed on another version (StaleVersion; hint: current)
//   response-unknown-question     no item has this linkId (InvalidArgument)
//   response-not-a-question       a group or display item was answered (InvalidArgument)
//   response-unsupported-item     an item CareHouse cannot take answers for (InvalidArgument)
//   response-disabled             answered although its enableWhen conditions do not hold
//                                 (InvalidState): refused, never dropped, so the person entering
//                                 it sees the contradiction instead of losing the answer
//   response-not-repeating        several answers to a question that takes one (InvalidArgument)
//   response-wrong-type           not a value of the question's type (InvalidArgument)
//   response-not-an-option        not one of the question's options (InvalidArgument)
//   response-too-long             longer than the question's maxLength (InvalidArgument; hint: it)
//   response-required             an enabled required question (or group) has no answer (RequiredField)
class ResponseValidator
{
public:
    static std::vector<base::Error> validate(const Questionnaire& questionnaire, const Response& response);
};

} // namespace carehouse::questionnaire
