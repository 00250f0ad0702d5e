#pragma once

#include "core/base/Result.h"

namespace carehouse::db {

class Connection;

// The schema is a numbered list of migrations; PRAGMA user_version says how many have run.
class Migrations
{
public:
    // 'CHS1': marks the file as CareHouse's so a foreign SQLite file is never touched.
    static constexpr int kApplicationId = 0x43485331;
    static int latestVersion();

    // Refuses a file that is not CareHouse's or is newer than this program, before changing it.
    static base::Status checkCompatible(Connection& connection);
    // Brings the schema up to date; each step is its own transaction.
    static base::Status migrate(Connection& connection);
};

} // namespace carehouse::db
