#pragma once

#include <cstddef>
#include <optional>
#include <string>

namespace carehouse::base {

// Where JSON text nests deeper than `maxDepth` (the offset of the bracket that goes too deep),
// found by scanning before a recursive parser ever sees it; nothing when it does not.
std::optional<std::size_t> jsonTooDeepAt(const std::string& text, int maxDepth);
// The 1-based line of a byte offset in `text` (for naming where a file went wrong).
int lineAtOffset(const std::string& text, std::size_t offset);

} // namespace carehouse::base
