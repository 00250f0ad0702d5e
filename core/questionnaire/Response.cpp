#include "core/questionnaire/Response.h"

namespace carehouse::questionnaire {

std::string_view completedByCode(Response::CompletedBy c)
{
    return c == Response::CompletedBy::Staff ? "staff" : "person";
}

std::optional<Response::CompletedBy> completedByFromCode(std::string_view code)
{
    if (code == "person")
        return Response::CompletedBy::Person;
    if (code == "staff")
        return Response::CompletedBy::Staff;
    return std::nullopt;
}

} // namespace carehouse::questionnaire
