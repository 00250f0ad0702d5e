#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace carehouse::model {

enum class Role
{
    Receptionist,
    Hca,
    Nurse,
    Gp,
    ClinicalLead,
    Admin
};
std::string_view roleCode(Role r);
std::string_view roleDisplay(Role r);
std::optional<Role> roleFromCode(std::string_view code);

// A member of staff who can log in. The password is only ever held as an Argon2id hash.
struct User
{
    std::string id;
    std::string username;
    std::string displayName;
    Role role = Role::Receptionist;
    std::string passwordHash;
    bool active = true;
};

} // namespace carehouse::model
