#include "tests/support/TempDatabase.h"

#include "core/record/UserAccounts.h"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>

namespace carehouse::testing {

TempDir::TempDir()
{
    auto pattern = (std::filesystem::temp_directory_path() / "carehouse-test-XXXXXX").string();
    char* made = mkdtemp(pattern.data());
    REQUIRE(made != nullptr);
    m_path = made;
}

TempDir::~TempDir()
{
    std::error_code ec;
    std::filesystem::remove_all(m_path, ec);
}

std::string TempDatabase::usernameFor(model::Role role)
{
    switch (role) {
    case model::Role::Receptionist: return "reception";
    case model::Role::Hca: return "hca";
    case model::Role::Nurse: return "nurse";
    case model::Role::Gp: return "gp";
    case model::Role::ClinicalLead: return "lead";
    case model::Role::Admin: return "admin";
    }
    return "admin";
}

TempDatabase::TempDatabase(model::Role loggedInAs)
    : m_path(m_dir.file("test.carehouse"))
{
    auto store = record::RecordStore::open(m_path, m_clock, record::RecordStore::OpenMode::CreateIfMissing);
    REQUIRE(store.ok());
    m_store = std::move(store).value();
    REQUIRE(m_store->initialise("Test Practice", "admin", "Test Administrator", kPassword).ok());
    REQUIRE(m_store->login("admin", kPassword).ok());
    record::UserAccounts users(*m_store);
    for (auto role :
         {model::Role::Receptionist, model::Role::Hca, model::Role::Nurse, model::Role::Gp, model::Role::ClinicalLead})
        REQUIRE(users.add(usernameFor(role), "Test " + usernameFor(role), role, kPassword).ok());
    loginAs(loggedInAs);
}

void TempDatabase::loginAs(model::Role role)
{
    m_store->logout();
    REQUIRE(m_store->login(usernameFor(role), kPassword).ok());
}

void TempDatabase::reopen()
{
    auto user = m_store->currentUser();
    m_store.reset();
    auto store = record::RecordStore::open(m_path, m_clock);
    REQUIRE(store.ok());
    m_store = std::move(store).value();
    if (user)
        REQUIRE(m_store->login(user->username, kPassword).ok());
}

} // namespace carehouse::testing
