#include "core/journal/VersionId.h"

#include <charconv>

namespace carehouse::journal {

std::optional<VersionId> VersionId::fromText(std::string_view text)
{
    auto colon = text.rfind(':');
    if (colon == std::string_view::npos || colon == 0)
        return std::nullopt;
    VersionId v;
    v.origin = std::string(text.substr(0, colon));
    auto digits = text.substr(colon + 1);
    auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), v.counter);
    if (ec != std::errc{} || ptr != digits.data() + digits.size() || v.counter <= 0)
        return std::nullopt;
    return v;
}

} // namespace carehouse::journal
