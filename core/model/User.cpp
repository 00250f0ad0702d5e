#include "core/model/User.h"

#include <array>
#include <utility>

namespace carehouse::model {

namespace {
constexpr std::array<std::pair<Role, std::string_view>, 6> kCodes{{
    {Role::Receptionist, "receptionist"},
    {Role::Hca, "hca"},
    {Role::Nurse, "nurse"},
    {Role::Gp, "gp"},
    {Role::ClinicalLead, "clinical-lead"},
    {Role::Admin, "admin"},
}};
}

std::string_view roleCode(Role r)
{
    for (auto& [role, code] : kCodes)
        if (role == r)
            return code;
    return "receptionist";
}

std::string_view roleDisplay(Role r)
{
    switch (r) {
    case Role::Receptionist: return "Receptionist";
    case Role::Hca: return "Healthcare assistant";
    case Role::Nurse: return "Practice nurse";
    case Role::Gp: return "GP";
    case Role::ClinicalLead: return "Clinical lead";
    case Role::Admin: return "Administrator";
    }
    return "Receptionist";
}

std::optional<Role> roleFromCode(std::string_view code)
{
    for (auto& [role, c] : kCodes)
        if (c == code)
            return role;
    return std::nullopt;
}

} // namespace carehouse::model
