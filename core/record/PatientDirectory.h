#pragma once

#include "core/base/Result.h"
#include "core/record/PatientListItem.h"
#include "core/record/PatientQuery.h"

#include <string>
#include <vector>

namespace carehouse::db {
class StatementCache;
}

namespace carehouse::record {

class RecordStore;

// Finds people on the register. Every query is an index range scan: no table scans, so it
// stays fast at an area's size.
class PatientDirectory
{
public:
    explicit PatientDirectory(RecordStore& store)
        : m_store(store)
    {
    }

    struct Page
    {
        std::vector<PatientListItem> items;
        bool more = false; // there were more matches than the limit
    };
    base::Result<Page> find(const PatientQuery& query, int limit = 100);
    base::Result<Page> find(std::string_view text, int limit = 100) { return find(PatientQuery::parse(text), limit); }
    base::Result<long long> count();

private:
    base::Result<std::vector<PatientListItem>> scan(const std::string& where, const std::vector<std::string>& params,
                                                    const std::string& order, int limit);
    RecordStore& m_store;
};

} // namespace carehouse::record
