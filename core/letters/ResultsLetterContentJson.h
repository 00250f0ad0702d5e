#pragma once

#include "core/base/Result.h"
#include "core/letters/ResultsLetterContent.h"

#include <string>

namespace carehouse::letters {

// The composed content of a results letter as JSON, kept in the letters log with each letter
// sent so that it can be printed again exactly as it went out, whatever has changed in the
// record, the wording or the templates since. Every field of ResultsLetterContent is kept:
// reading the text back gives content with the same fingerprint.
std::string contentToJson(const ResultsLetterContent& content);
// Refuses text that is not a whole content document (MalformedInput, with the JSON's complaint).
base::Result<ResultsLetterContent> contentFromJson(const std::string& text);

} // namespace carehouse::letters
