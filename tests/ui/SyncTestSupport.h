#pragma once

// Two keyed sites that have each other as peers, for the Sync page and Conflicts tests and the
// screenshots (as tests/core/ExchangeFileTest.cpp sets them up): each a record on its own
// temporary file with exchange keys sealed under kSyncPassphrase (cheaply, for speed), signed in
// as its GP; and a conflict made by concurrent demographic edits at both.

#include "core/exchange/ExchangeExport.h"
#include "core/exchange/PeerDirectory.h"
#include "core/exchange/SiteKeyStore.h"
#include "tests/support/SyncSite.h"

#include <catch2/catch.hpp>
#include <string>

namespace carehouse::testing {

constexpr const char* kSyncPassphrase = "correct horse battery staple";

struct KeyedSite
{
    SyncSite site;
    explicit KeyedSite(const std::string& name, const std::string& ods = {})
        : site(name)
    {
        asAdmin([&] {
            REQUIRE(exchange::SiteKeyStore(site.store(), {1, 8192}).ensure(kSyncPassphrase).ok());
            if (!ods.empty())
                REQUIRE(exchange::SiteKeyStore(site.store()).setOrganisation({name, ods}).ok());
        });
    }
    template <typename F>
    void asAdmin(F&& f)
    {
        site.store().logout();
        REQUIRE(site.store().login("admin", TempDatabase::kPassword).ok());
        f();
        site.store().logout();
        REQUIRE(site.store().login("gp", TempDatabase::kPassword).ok());
    }
    exchange::SiteCard card()
    {
        auto c = exchange::SiteKeyStore(site.store()).card();
        REQUIRE(c.ok());
        return *c;
    }
    void addPeer(KeyedSite& other, exchange::SharingScope scope = exchange::SharingScope::All)
    {
        auto card = other.card();
        asAdmin([&] {
            exchange::AddPeerRequest r;
            r.card = card;
            r.confirmedFingerprint = card.fingerprint.hex();
            r.sharing = scope;
            auto added = exchange::PeerDirectory(site.store()).add(r);
            INFO((added.ok() ? "" : added.error().describe()));
            REQUIRE(added.ok());
        });
    }
    // An export to `to` written into `folder` by this site (core, not the page).
    exchange::ExchangeExport::Written exportTo(KeyedSite& to, const std::string& folder)
    {
        auto w = exchange::ExchangeExport(site.store()).toPeer(to.site.uuid(), folder, kSyncPassphrase);
        INFO((w.ok() ? "" : w.error().describe()));
        REQUIRE(w.ok());
        return *w;
    }
};

struct TwoKeyedSites
{
    KeyedSite practice{"Riverside Medical Practice", "F84001"};
    KeyedSite community{"Riverside Community Diabetes Team", "RV9DN"};
    TempDir shared;
    TwoKeyedSites()
    {
        practice.addPeer(community);
        community.addPeer(practice);
    }
};

// Person `n` registered at `a`, known at `b`, then moved to different towns at both without
// either knowing: after b's versions reach a, a holds a conflict on the person's demographics.
inline std::string conflictAt(SyncSite& a, SyncSite& b, int n, const std::string& familyName = "Okafor")
{
    const auto person = registerPerson(a, n, familyName);
    sendAll(a, b);
    REQUIRE(moveTo(a, person, "Mill Road").ok());
    b.clock().advance(1000);
    REQUIRE(moveTo(b, person, "Station Road").ok());
    const auto report = sendAll(b, a);
    REQUIRE(report.conflictsOpened.size() == 1);
    return person;
}

} // namespace carehouse::testing
