#pragma once

#include "core/base/Error.h"

#include <optional>
#include <string_view>

namespace carehouse::journal {

// Why applying versions from another site, or resolving a conflict, was refused. Each reason
// travels as a base::Error whose `detail` is syncErrorName(reason) (the convention of
// exchange::ExchangeError) and whose `code` is the nearest base::ErrorCode; the edge words it.
//
// Context carried (data, never sentences):
//   field  the version id ("<origin>:<counter>") or, for a conflict, the record id
//   value  the site that made the version (its name, else its uuid), or the version asked for
//   hint   what would have been right: the drift limit in ms, the missing parent's id, the
//          record type code
enum class SyncError
{
    ClockTooFarAhead, // the version's time is more than the drift limit ahead of this site's clock
    MissingParent, // a parent is neither held nor earlier in the batch (hint: the parent's id)
    MissingPatient, // the person the version belongs to is not held here
    UnknownRecordType, // a record type this CareHouse does not know (hint: the code)
    SiteLocalRecord, // a record type that never leaves its site (staff accounts, unmatched results)
    MalformedVersion, // an empty id, a payload that is not a JSON object, a parent of another record
    VersionMismatch, // a version already held here with different content under the same id
    UnknownOwnVersion, // a version claiming this site's own incarnation that it never made
    NoOpenConflict, // resolving a record that has no open conflict
    NotAHead, // the version to keep is not one of the record's conflicting heads
};

std::string_view syncErrorName(SyncError reason); // "sync-clock-too-far-ahead", ...
base::ErrorCode baseCodeFor(SyncError reason);
base::Error makeSyncError(SyncError reason, std::string field = {}, std::string value = {});
// The reason of an error made by makeSyncError; nullopt for any other error.
std::optional<SyncError> syncErrorOf(const base::Error& error);

} // namespace carehouse::journal
