#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace carehouse::journal {

// A version of a record: which site incarnation wrote it and that incarnation's counter.
// Never reused: a restored database starts a new incarnation (see ARCHITECTURE.md).
struct VersionId
{
    std::string origin; // site incarnation UUID
    std::int64_t counter = 0;

    std::string text() const { return origin + ":" + std::to_string(counter); }
    static std::optional<VersionId> fromText(std::string_view text);
    auto operator<=>(const VersionId&) const = default;
};

} // namespace carehouse::journal
