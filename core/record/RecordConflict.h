#pragma once

#include "core/journal/VersionId.h"
#include "core/record/RecordType.h"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace carehouse::record {

// One of a conflicting record's heads, ready to show beside the others.
struct ConflictVersion
{
    journal::VersionId version;
    std::int64_t seq = 0; // this site's journal seq
    std::int64_t hlc = 0;
    std::int64_t atMillis = 0; // wall-clock part of the HLC: when it was made, as its site's clock said
    std::string author; // username at the site that made it
    std::string authorName; // display name, only when it was made here
    std::string siteUuid;
    std::string siteName;
    nlohmann::json payload; // the version's fields (journal payload keys), for side-by-side display
    bool retired = false; // entered in error, cancelled, withdrawn (isRetired)
    bool shown = false; // the provisional winner: what the current row holds until resolved
};

// A record with several heads: versions made at different sites (or on different copies) where
// neither descends from the other.
struct RecordConflict
{
    enum class Kind
    {
        ConcurrentEdits,
        EditMeetsRetirement // one head takes the record out of use while another changes it
    };
    std::string recordId;
    RecordType type = RecordType::Patient;
    std::string patientId;
    Kind kind = Kind::ConcurrentEdits;
    std::int64_t openedAt = 0; // when this site found it (local clock)
    std::vector<ConflictVersion> heads; // provisional winner first, then in the winner order
    std::vector<std::string> differingKeys; // payload keys whose values are not the same in every head
};

std::string_view conflictKindCode(RecordConflict::Kind kind); // "concurrent-edits", "edit-meets-retirement"

} // namespace carehouse::record
