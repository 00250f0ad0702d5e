#pragma once

// A sync test site with exchange keys (cheap Argon2id so tests stay fast), signed in as its GP,
// and the peers it exchanges files with. Header-only like SyncSite.h.

#include "core/exchange/ExchangeExport.h"
#include "core/exchange/ExchangeImport.h"
#include "core/exchange/PeerDirectory.h"
#include "core/exchange/SiteKeyStore.h"
#include "tests/support/SyncSite.h"

#include <catch2/catch.hpp>
#include <string>

namespace carehouse::testing {

inline constexpr const char* kKeyPassphrase = "correct horse battery staple";

class KeyedSite
{
public:
    // `ods`, when given, is the organisation's ODS code on the site card.
    explicit KeyedSite(const std::string& name, const std::string& ods = {}, std::int64_t clockOffsetMillis = 0)
        : m_site(name, clockOffsetMillis)
    {
        asAdmin([&] {
            REQUIRE(exchange::SiteKeyStore(m_site.store(), {1, 8192}).ensure(kKeyPassphrase).ok());
            if (!ods.empty())
                REQUIRE(exchange::SiteKeyStore(m_site.store()).setOrganisation({name, ods}).ok());
        });
    }

    SyncSite& site() { return m_site; }
    record::RecordStore& store() { return m_site.store(); }
    const std::string& uuid() const { return m_site.uuid(); }

    template <typename F>
    void asAdmin(F&& f)
    {
        m_site.store().logout();
        REQUIRE(m_site.store().login("admin", TempDatabase::kPassword).ok());
        f();
        m_site.store().logout();
        REQUIRE(m_site.store().login("gp", TempDatabase::kPassword).ok());
    }

    exchange::SiteCard card()
    {
        auto c = exchange::SiteKeyStore(m_site.store()).card();
        REQUIRE(c.ok());
        return *c;
    }

    // Adds `other` as a peer, its fingerprint confirmed as if read aloud.
    void addPeer(KeyedSite& other, exchange::SharingScope scope = exchange::SharingScope::All)
    {
        auto card = other.card();
        asAdmin([&] {
            exchange::AddPeerRequest r;
            r.card = card;
            r.confirmedFingerprint = card.fingerprint.hex();
            r.sharing = scope;
            auto added = exchange::PeerDirectory(m_site.store()).add(r);
            INFO((added.ok() ? "" : added.error().describe()));
            REQUIRE(added.ok());
        });
    }

    base::Result<exchange::ExchangeExport::Written> exportTo(KeyedSite& peer, const std::string& folder)
    {
        return exchange::ExchangeExport(m_site.store()).toPeer(peer.uuid(), folder, kKeyPassphrase);
    }
    // An export that must succeed.
    exchange::ExchangeExport::Written exportOrFail(KeyedSite& peer, const std::string& folder)
    {
        auto w = exportTo(peer, folder);
        INFO((w.ok() ? "" : w.error().describe()));
        REQUIRE(w.ok());
        return *w;
    }
    base::Result<exchange::ExchangeImport::Applied> importFile(const std::string& path)
    {
        return exchange::ExchangeImport(m_site.store()).file(path, kKeyPassphrase);
    }

private:
    SyncSite m_site;
};

} // namespace carehouse::testing
