#include "core/model/QuestionnaireResponse.h"

namespace carehouse::model {

std::string_view responseCompletedByCode(QuestionnaireResponse::CompletedBy c)
{
    return c == QuestionnaireResponse::CompletedBy::Staff ? "staff" : "person";
}

QuestionnaireResponse::CompletedBy responseCompletedByFromCode(std::string_view code)
{
    return code == "staff" ? QuestionnaireResponse::CompletedBy::Staff : QuestionnaireResponse::CompletedBy::Person;
}

std::string_view responseStatusCode(QuestionnaireResponse::Status s)
{
    return s == QuestionnaireResponse::Status::EnteredInError ? "entered-in-error" : "completed";
}

QuestionnaireResponse::Status responseStatusFromCode(std::string_view code)
{
    return code == "entered-in-error" ? QuestionnaireResponse::Status::EnteredInError
                                      : QuestionnaireResponse::Status::Completed;
}

} // namespace carehouse::model
