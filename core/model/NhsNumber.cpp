#include "core/model/NhsNumber.h"

#include <cctype>

namespace carehouse::model {

std::string NhsNumber::digitsOnly(std::string_view text)
{
    std::string out;
    for (char c : text) {
        if (std::isdigit(static_cast<unsigned char>(c)))
            out.push_back(c);
        else if (c != ' ' && c != '-')
            return {};
    }
    return out;
}

int NhsNumber::checkDigit(std::string_view nine)
{
    int sum = 0;
    for (std::size_t i = 0; i < 9; ++i)
        sum += (nine[i] - '0') * static_cast<int>(10 - i);
    int check = 11 - (sum % 11);
    if (check == 11)
        return 0;
    if (check == 10)
        return -1;
    return check;
}

base::Result<NhsNumber> NhsNumber::parse(std::string_view text)
{
    auto digits = digitsOnly(text);
    if (digits.size() != 10)
        return base::Error::make(base::ErrorCode::NhsNumberFormat, "NHS number", std::string(text));
    int check = checkDigit(std::string_view(digits).substr(0, 9));
    if (check < 0 || check != digits[9] - '0')
        return base::Error::make(base::ErrorCode::NhsNumberCheckDigit, "NHS number", std::string(text));
    return NhsNumber(digits);
}

std::string NhsNumber::display() const
{
    return displayNhsNumber(m_digits);
}

std::string displayNhsNumber(std::string_view d)
{
    if (d.size() != 10)
        return d.empty() ? "Not known" : std::string(d);
    std::string out;
    out.append(d.substr(0, 3)).append(" ").append(d.substr(3, 3)).append(" ").append(d.substr(6, 4));
    return out;
}

} // namespace carehouse::model
