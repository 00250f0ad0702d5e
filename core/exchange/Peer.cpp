#include "core/exchange/Peer.h"

#include <algorithm>

namespace carehouse::exchange {

std::string_view sharingScopeCode(SharingScope scope)
{
    switch (scope) {
    case SharingScope::Consented: return "consented";
    case SharingScope::Referred: return "referred";
    case SharingScope::All: return "all";
    case SharingScope::List: return "list";
    }
    return "consented";
}

std::optional<SharingScope> sharingScopeFromCode(std::string_view code)
{
    for (auto scope : {SharingScope::Consented, SharingScope::Referred, SharingScope::All, SharingScope::List})
        if (sharingScopeCode(scope) == code)
            return scope;
    return std::nullopt;
}

std::optional<std::int64_t> PeerKey::refusedFrom() const
{
    if (replacedAt && revokedAt)
        return std::min(*replacedAt, *revokedAt);
    return replacedAt ? replacedAt : revokedAt;
}

} // namespace carehouse::exchange
