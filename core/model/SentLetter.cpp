#include "core/model/SentLetter.h"

namespace carehouse::model {

std::string_view sentLetterKindCode(SentLetter::Kind k)
{
    return k == SentLetter::Kind::Invitation ? "invitation" : "results";
}

std::optional<SentLetter::Kind> sentLetterKindFromCode(std::string_view code)
{
    if (code == "results")
        return SentLetter::Kind::Results;
    if (code == "invitation")
        return SentLetter::Kind::Invitation;
    return std::nullopt;
}

} // namespace carehouse::model
