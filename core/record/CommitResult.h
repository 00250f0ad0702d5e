#pragma once

#include <cstdint>
#include <vector>

namespace carehouse::record {

struct CommitResult
{
    std::vector<std::int64_t> seqs; // journal seq of each change, in ChangeSet order
    std::int64_t auditSeq = 0;
};

} // namespace carehouse::record
