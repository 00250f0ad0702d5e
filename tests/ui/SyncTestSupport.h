#pragma once

// Two keyed sites that have each other as peers, for the Sync page and Conflicts tests and the
// screenshots (as tests/core/ExchangeFileTest.cpp sets them up): each a record on its own
// temporary file with exchange keys sealed under kSyncPassphrase (cheaply, for speed), signed in
// as its GP; and a conflict made by concurrent demographic edits at both.

#include "tests/support/KeyedSite.h"

#include <catch2/catch.hpp>
#include <string>

namespace carehouse::testing {

constexpr const char* kSyncPassphrase = kKeyPassphrase;

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
