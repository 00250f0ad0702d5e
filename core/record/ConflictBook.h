#pragma once

#include "core/base/Result.h"
#include "core/journal/VersionId.h"
#include "core/record/CommitResult.h"
#include "core/record/RecordConflict.h"

#include <optional>
#include <string>
#include <vector>

namespace carehouse::record {

class RecordStore;

// The conflicts list a clinician works through: records whose versions from different sites
// conflict, each with its heads side by side, and their resolution.
class ConflictBook
{
public:
    explicit ConflictBook(RecordStore& store)
        : m_store(store)
    {
    }

    // Every open conflict, oldest found first.
    base::Result<std::vector<RecordConflict>> open();
    base::Result<std::vector<RecordConflict>> forPatient(const std::string& patientId);
    base::Result<std::optional<RecordConflict>> forRecord(const std::string& recordId);

    // Keeps `keep` (one of the heads): writes, through RecordStore::commit, a new version with
    // the kept version's content whose parents are all the current heads, so it closes the
    // conflict here and, once it has travelled, at every site holding the same heads. The other
    // heads stay in the journal. Needs the permission an edit of that record needs.
    // `seenHeads`, when given, must be the heads the clinician compared (in any order): if
    // another head has arrived since, the resolution is refused as stale.
    base::Result<CommitResult> resolve(const std::string& recordId, const journal::VersionId& keep,
                                       const std::vector<journal::VersionId>& seenHeads = {});

private:
    base::Result<std::vector<RecordConflict>> read(const std::string& where, const std::string& key);
    RecordStore& m_store;
};

} // namespace carehouse::record
