#include "core/journal/ProvisionalWinner.h"

#include <tuple>

namespace carehouse::journal {

bool ProvisionalWinner::beats(const Candidate& a, const Candidate& b)
{
    return std::tie(a.hlc, a.id.origin, a.id.counter) > std::tie(b.hlc, b.id.origin, b.id.counter);
}

std::size_t ProvisionalWinner::indexOf(const std::vector<Candidate>& heads)
{
    std::size_t best = 0;
    for (std::size_t i = 1; i < heads.size(); ++i)
        if (beats(heads[i], heads[best]))
            best = i;
    return best;
}

} // namespace carehouse::journal
