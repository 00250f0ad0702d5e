#pragma once

#include "core/base/Result.h"

#include <string>
#include <string_view>

namespace carehouse::model {

// A valid ten-digit NHS number (Modulus 11 check digit). Construct only through parse().
class NhsNumber
{
public:
    // Accepts digits with or without spaces or hyphens ("943 476 5919", "9434765919").
    static base::Result<NhsNumber> parse(std::string_view text);
    // The check digit for nine digits, or -1 when the weighted sum gives 10 (no valid number).
    static int checkDigit(std::string_view nineDigits);
    // Strips spaces and hyphens; returns empty when anything else is present.
    static std::string digitsOnly(std::string_view text);

    const std::string& digits() const { return m_digits; }
    std::string display() const; // 943 476 5919, never truncated

    bool operator==(const NhsNumber&) const = default;

private:
    explicit NhsNumber(std::string digits)
        : m_digits(std::move(digits))
    {
    }
    std::string m_digits;
};

// Formats stored digits for display; "Not known" when there are none.
std::string displayNhsNumber(std::string_view digits);

} // namespace carehouse::model
