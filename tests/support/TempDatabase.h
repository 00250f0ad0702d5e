#pragma once

#include "core/base/Clock.h"
#include "core/model/User.h"
#include "core/record/RecordStore.h"

#include <memory>
#include <string>

namespace carehouse::testing {

// 2026-11-23 12:00 UTC: tests never depend on the real date.
constexpr std::int64_t kTestNow = 1795435200000;

// A fresh folder under the system temp dir, removed with the object.
class TempDir
{
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::string& path() const { return m_path; }
    std::string file(const std::string& name) const { return m_path + "/" + name; }

private:
    std::string m_path;
};

// An initialised record in a temp folder with one user per role (password "password1"),
// logged in as the given role.
class TempDatabase
{
public:
    explicit TempDatabase(model::Role loggedInAs = model::Role::Nurse);
    record::RecordStore& store() { return *m_store; }
    base::FixedClock& clock() { return m_clock; }
    const std::string& path() const { return m_path; }
    // Logs in as another role's user ("admin", "reception", "hca", "nurse", "gp", "lead").
    void loginAs(model::Role role);
    // Closes and reopens the file (as a restart would).
    void reopen();

    static std::string usernameFor(model::Role role);
    static constexpr const char* kPassword = "password1";

private:
    TempDir m_dir;
    base::FixedClock m_clock{kTestNow};
    std::string m_path;
    std::unique_ptr<record::RecordStore> m_store;
};

} // namespace carehouse::testing
