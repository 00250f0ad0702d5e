#include "core/journal/SyncError.h"

#include <array>

namespace carehouse::journal {

namespace {

constexpr std::array kAll = {
    SyncError::ClockTooFarAhead, SyncError::MissingParent,    SyncError::MissingPatient,  SyncError::UnknownRecordType,
    SyncError::SiteLocalRecord,  SyncError::MalformedVersion, SyncError::VersionMismatch, SyncError::UnknownOwnVersion,
    SyncError::NoOpenConflict,   SyncError::NotAHead,
};

} // namespace

std::string_view syncErrorName(SyncError reason)
{
    switch (reason) {
    case SyncError::ClockTooFarAhead: return "sync-clock-too-far-ahead";
    case SyncError::MissingParent: return "sync-missing-parent";
    case SyncError::MissingPatient: return "sync-missing-patient";
    case SyncError::UnknownRecordType: return "sync-unknown-record-type";
    case SyncError::SiteLocalRecord: return "sync-site-local-record";
    case SyncError::MalformedVersion: return "sync-malformed-version";
    case SyncError::VersionMismatch: return "sync-version-mismatch";
    case SyncError::UnknownOwnVersion: return "sync-unknown-own-version";
    case SyncError::NoOpenConflict: return "sync-no-open-conflict";
    case SyncError::NotAHead: return "sync-not-a-head";
    }
    return "sync-unknown";
}

base::ErrorCode baseCodeFor(SyncError reason)
{
    switch (reason) {
    case SyncError::NoOpenConflict:
    case SyncError::NotAHead: return base::ErrorCode::InvalidState;
    case SyncError::SiteLocalRecord: return base::ErrorCode::PermissionDenied;
    default: return base::ErrorCode::MalformedInput;
    }
}

base::Error makeSyncError(SyncError reason, std::string field, std::string value)
{
    return base::Error::make(baseCodeFor(reason), std::move(field), std::move(value))
        .withDetail(std::string(syncErrorName(reason)));
}

std::optional<SyncError> syncErrorOf(const base::Error& error)
{
    for (SyncError reason : kAll)
        if (error.detail == syncErrorName(reason))
            return reason;
    return std::nullopt;
}

} // namespace carehouse::journal
