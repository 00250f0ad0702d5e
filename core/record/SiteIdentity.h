#pragma once

#include <cstdint>
#include <string>

namespace carehouse::record {

// Who this CareHouse installation is. The incarnation changes when a database is restored or
// copied, so version ids never repeat across the copies.
struct SiteIdentity
{
    std::string siteUuid;
    std::string name;
    std::string incarnation;
    std::int64_t createdAt = 0;
};

} // namespace carehouse::record
