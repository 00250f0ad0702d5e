#include "core/record/PatientQuery.h"

#include "core/base/TextFold.h"
#include "core/model/NhsNumber.h"

#include <cctype>

namespace carehouse::record {

PatientQuery PatientQuery::parse(std::string_view text)
{
    PatientQuery q;
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())))
        text.remove_prefix(1);
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
        text.remove_suffix(1);
    if (text.empty())
        return q;

    auto digits = model::NhsNumber::digitsOnly(text);
    bool onlyDigitsAndSpaces = !digits.empty() && text.find('-') == std::string_view::npos;
    if (onlyDigitsAndSpaces && digits.size() == 10) {
        q.kind = Kind::NhsNumber;
        q.digits = digits;
        return q;
    }
    if (base::CivilDate::looksLikeDate(text)) {
        auto d = base::CivilDate::parse(text);
        q.kind = d ? Kind::BirthDate : Kind::InvalidDate;
        if (d)
            q.birthDate = *d;
        return q;
    }
    if (onlyDigitsAndSpaces) {
        q.kind = digits.size() >= 3 && digits.size() < 10 ? Kind::NhsNumberPrefix : Kind::Empty;
        q.digits = digits;
        return q;
    }

    q.kind = Kind::Name;
    auto comma = text.find(',');
    if (comma != std::string_view::npos) {
        q.comma = true;
        q.first = base::foldForSearch(text.substr(0, comma));
        q.second = base::foldForSearch(text.substr(comma + 1));
    } else {
        auto folded = base::foldForSearch(text);
        auto space = folded.find(' ');
        q.first = folded;
        if (space != std::string::npos)
            q.second = folded; // kept whole; the directory also tries "given family"
    }
    if (q.first.empty() && q.second.empty())
        q.kind = Kind::Empty;
    return q;
}

} // namespace carehouse::record
