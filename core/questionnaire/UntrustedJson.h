#pragma once

#include "core/base/Result.h"

#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>

namespace carehouse::questionnaire {

// Limits for a JSON file someone gave CareHouse: a questionnaire of a thousand items is well
// under 1 MiB and nests about 12 deep, so anything past these is broken or hostile.
constexpr std::size_t kMaxJsonBytes = 8u * 1024u * 1024u;
constexpr int kMaxJsonDepth = 64;

// Parses JSON from an outside file: larger than kMaxJsonBytes or nested deeper than
// kMaxJsonDepth is refused before the parser sees it. Errors are MalformedInput naming the
// file and line, with detail "questionnaire-too-large", "questionnaire-nesting" or
// "questionnaire-not-json".
base::Result<nlohmann::json> parseUntrustedJson(const std::string& text, const std::string& fileName);
// Reads a whole file for parseUntrustedJson, refusing one over the size limit unread.
base::Result<std::string> readUntrustedFile(const std::string& path);

} // namespace carehouse::questionnaire
