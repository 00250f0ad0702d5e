#pragma once

#include "core/letters/ResultsLetterContent.h"

#include <string>

namespace carehouse::letters {

// A fingerprint (BLAKE2b, hex) of everything a results letter says to the person, in a fixed
// order: the same content always gives the same fingerprint, any changed word or value a
// different one. The letters log keeps it so a re-print can be checked against what was sent.
std::string fingerprint(const ResultsLetterContent& content);

} // namespace carehouse::letters
