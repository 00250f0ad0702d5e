#include "core/record/UserAccounts.h"

#include "core/base/Uuid.h"
#include "core/db/StatementCache.h"
#include "core/record/RecordStore.h"
#include "core/security/PasswordHasher.h"

#include <cctype>

namespace carehouse::record {

using base::Error;
using base::ErrorCode;

base::Result<std::string> UserAccounts::add(const std::string& username, const std::string& displayName,
                                            model::Role role, const std::string& password)
{
    if (auto st = m_store.require(security::Permission::ManageUsers); !st)
        return st.error();
    if (username.empty())
        return Error::make(ErrorCode::RequiredField, "username");
    for (char c : username)
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '.' && c != '-' && c != '_')
            return Error::make(ErrorCode::InvalidArgument, "username", username);
    auto existing = list();
    if (!existing)
        return existing.error();
    for (const auto& u : *existing)
        if (u.username == username)
            return Error::make(ErrorCode::UserExists, "username", username);
    auto hash = security::PasswordHasher::hash(password);
    if (!hash)
        return hash.error();
    model::User u{base::newUuid(), username, displayName.empty() ? username : displayName, role, *hash, true};
    ChangeSet cs("add-user");
    cs.addUser(u);
    if (auto r = m_store.commit(cs); !r)
        return r.error();
    return u.id;
}

base::Result<std::vector<model::User>> UserAccounts::list()
{
    auto st = m_store.statements().get(
        "SELECT id, username, display_name, role, active FROM user_account ORDER BY username");
    if (!st)
        return st.error();
    auto& s = **st;
    std::vector<model::User> out;
    while (true) {
        auto row = s.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        model::User u;
        u.id = s.columnText(0);
        u.username = s.columnText(1);
        u.displayName = s.columnText(2);
        u.role = model::roleFromCode(s.columnText(3)).value_or(model::Role::Receptionist);
        u.active = s.columnInt(4) != 0;
        out.push_back(std::move(u));
    }
    s.reset();
    return out;
}

} // namespace carehouse::record
