#pragma once

#include "core/base/CivilDate.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace carehouse::model {

// A letter that went to a person: which kind, when, in which language and print size, and
// exactly what it said (a fingerprint of its content and the record version it was composed
// from), so it can be shown later as sent and its content proved unchanged.
struct SentLetter
{
    enum class Kind
    {
        Results, // the pre-consultation results letter
        Invitation
    };
    std::string id;
    std::string patientId;
    Kind kind = Kind::Results;
    base::CivilDate sentOn;
    std::string language; // "en", "bn"
    bool largePrint = false;
    std::string contentHash; // letters::fingerprint of the composed content
    std::int64_t recordVersion = 0; // the newest journal seq of the person's record when composed
    std::string batchId; // letters printed together share it; empty for a single letter
    std::string sentBy; // username
    // The composed content as sent (letters::contentToJson), so the letter can be printed again
    // exactly as it went out; empty for a letter logged before contents were kept.
    std::string content;

    bool operator==(const SentLetter&) const = default;
};

std::string_view sentLetterKindCode(SentLetter::Kind k);
std::optional<SentLetter::Kind> sentLetterKindFromCode(std::string_view code);

} // namespace carehouse::model
