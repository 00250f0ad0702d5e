#pragma once

#include <cstdint>
#include <string>

namespace carehouse::security {

// One line of the tamper-evident audit log. Each entry's hash covers its own fields and the
// previous entry's hash, so changing, removing or reordering any entry breaks the chain.
struct AuditEntry
{
    std::int64_t seq = 0;
    std::int64_t at = 0; // ms since epoch
    std::string username;
    std::string siteUuid;
    std::string action; // e.g. "register-patient", "view-record", "login"
    std::string patientId; // empty when not about one person
    std::string detail; // JSON: versions written, fields changed
    std::string prevHash;
    std::string hash;

    std::string computeHash() const; // BLAKE2b-256 over prevHash and the fields, hex
};

constexpr const char* kAuditGenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

} // namespace carehouse::security
