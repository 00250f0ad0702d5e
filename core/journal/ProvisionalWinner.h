#pragma once

#include "core/journal/VersionId.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace carehouse::journal {

// Which of a record's conflicting heads every site shows until a clinician resolves the
// conflict. The order uses only what travels with a version, so every site holding the same
// heads picks the same one whatever order they arrived in:
//   1. the highest hybrid-logical-clock time (the latest change, as far as clocks can tell);
//   2. then the greater origin incarnation uuid, compared as bytes;
//   3. then the greater counter.
// Two versions of one origin never share an HLC time, so 3 only matters for malformed input.
// The losers are kept and listed with the conflict; nothing here deletes anything.
class ProvisionalWinner
{
public:
    struct Candidate
    {
        VersionId id;
        std::int64_t hlc = 0;
    };
    // True when `a` is shown in preference to `b`.
    static bool beats(const Candidate& a, const Candidate& b);
    // The index of the winner among `heads`; 0 when empty.
    static std::size_t indexOf(const std::vector<Candidate>& heads);
};

} // namespace carehouse::journal
