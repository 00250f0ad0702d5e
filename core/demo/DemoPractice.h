#pragma once

#include "core/base/Result.h"
#include "core/model/User.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace carehouse::record {
class RecordStore;
}

namespace carehouse::demo {

struct DemoOptions
{
    int people = 800;
    int years = 5;
    std::uint64_t seed = 1;
    std::string siteName = "Riverside Medical Practice (demo)";
    int peoplePerCommit = 500; // one ChangeSet per batch: bounded memory, one audit entry each
};

struct DemoStats
{
    std::int64_t people = 0;
    std::int64_t conditions = 0;
    std::int64_t observations = 0;
    std::int64_t cycle = 0; // appointments, invitations, test requests, reviews, exceptions, unmatched results
    std::int64_t versions() const { return people + conditions + observations + cycle; }
};

struct DemoUser
{
    std::string username;
    std::string displayName;
    model::Role role;
};

// A realistic practice population with diabetes, the same every time for the same seed.
// Past years end in an attended care planning consultation; this year people are spread over
// the cycle (invited once or twice, surveillance booked, results awaited or back and in the
// inbox, care planning booked), with some exceptions and unmatched laboratory results.
// Every row is written through RecordStore::commit.
class DemoPractice
{
public:
    static constexpr const char* kPassword = "carehouse-demo";
    // The demo practice's site key passphrase (README): seals its exchange keys.
    static constexpr const char* kKeyPassphrase = "carehouse-demo-keys";
    static const std::vector<DemoUser>& users();

    // Returns false from the callback to cancel (batches already committed stay committed).
    using Progress = std::function<bool(int peopleDone, int peopleTotal)>;

    // On a new database: creates the site, one user per role (password kPassword) and the
    // people. On an initialised one without people: logs in as admin and adds the people.
    // Refuses a database that already has people.
    static base::Result<DemoStats> build(record::RecordStore& store, const DemoOptions& options,
                                         const Progress& progress = {});
};

} // namespace carehouse::demo
