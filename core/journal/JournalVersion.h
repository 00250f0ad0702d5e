#pragma once

#include "core/journal/VersionId.h"

#include <cstdint>
#include <string>
#include <vector>

namespace carehouse::journal {

// One version of one record as it travels between sites: everything a site needs to hold it
// exactly as its origin wrote it. The payload is the journal's storage form (RecordCodec), not
// FHIR; whether the record is entered in error or retired is read from the payload, never
// carried twice.
struct JournalVersion
{
    VersionId id; // origin incarnation : counter
    std::string recordId;
    std::string recordType; // record::recordTypeCode ("patient", "observation", ...)
    std::string patientId; // whose record it belongs to; empty for records that belong to no one
    std::int64_t hlc = 0; // HybridLogicalClock time at the origin
    std::vector<VersionId> parents; // the versions it supersedes (none for a new record)
    std::string author; // username at the authoring site
    std::string authorSiteUuid;
    std::string authorSiteName;
    std::string payload; // compact JSON text

    bool operator==(const JournalVersion&) const = default;
};

} // namespace carehouse::journal
