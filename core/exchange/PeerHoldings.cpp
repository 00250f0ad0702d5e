#include "core/exchange/PeerHoldings.h"

#include "core/record/RecordStore.h"

namespace carehouse::exchange {

base::Result<journal::VersionVector> PeerHoldings::of(const std::string& peerSiteId) const
{
    auto st = m_store.statements().get("SELECT holds FROM peer_holds WHERE site_uuid = ?");
    if (!st)
        return st.error();
    auto& s = **st;
    s.bind(1, peerSiteId);
    auto row = s.step();
    if (!row) {
        s.reset();
        return row.error();
    }
    if (!*row) {
        s.reset();
        return journal::VersionVector{};
    }
    const auto text = s.columnText(0);
    s.reset();
    auto parsed = nlohmann::json::parse(text, nullptr, false);
    if (parsed.is_discarded())
        return base::Error::make(base::ErrorCode::DatabaseCorrupt, "peer_holds.holds", peerSiteId);
    return journal::VersionVector::fromJson(parsed);
}

base::Status PeerHoldings::merge(const std::string& peerSiteId, const journal::VersionVector& holds)
{
    auto known = of(peerSiteId);
    if (!known)
        return known.error();
    known->merge(holds);
    auto st = m_store.statements().get(
        "INSERT INTO peer_holds (site_uuid, holds, updated_at) VALUES (?, ?, ?) "
        "ON CONFLICT (site_uuid) DO UPDATE SET holds = excluded.holds, updated_at = excluded.updated_at");
    if (!st)
        return st.error();
    auto& s = **st;
    s.bind(1, peerSiteId);
    s.bind(2, known->toJson().dump());
    s.bind(3, m_store.clock().nowMillis());
    auto done = s.step();
    s.reset();
    if (!done)
        return done.error();
    return {};
}

} // namespace carehouse::exchange
