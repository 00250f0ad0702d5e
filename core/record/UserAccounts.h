#pragma once

#include "core/base/Result.h"
#include "core/model/User.h"

#include <string>
#include <vector>

namespace carehouse::record {

class RecordStore;

// Staff accounts: add, list, change role or password, disable. Administrators only.
class UserAccounts
{
public:
    explicit UserAccounts(RecordStore& store)
        : m_store(store)
    {
    }
    base::Result<std::string> add(const std::string& username, const std::string& displayName, model::Role role,
                                  const std::string& password);
    base::Result<std::vector<model::User>> list();

private:
    RecordStore& m_store;
};

} // namespace carehouse::record
