#pragma once

// Sites for sync tests, header-only like TestPeople.h: each a record on its own temporary file
// with its own clock and identity, signed in as a GP, and the exchange between two of them
// without files (the versions one holds that the other does not, applied at the other).

#include "core/base/Clock.h"
#include "core/base/Uuid.h"
#include "core/journal/VersionVector.h"
#include "core/model/User.h"
#include "core/record/ChangeSet.h"
#include "core/record/JournalVersionReader.h"
#include "core/record/PatientRegistration.h"
#include "core/record/PatientRepository.h"
#include "core/record/RecordStore.h"
#include "core/record/RemoteVersionApplier.h"
#include "core/security/PasswordHasher.h"
#include "tests/support/TempDatabase.h"
#include "tests/support/TestPeople.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

namespace carehouse::testing {

class SyncSite
{
public:
    // `clockOffsetMillis` skews this site's clock from kTestNow (clocks are never quite alike).
    explicit SyncSite(const std::string& name, std::int64_t clockOffsetMillis = 0)
        : m_clock(kTestNow + clockOffsetMillis)
    {
        auto store = record::RecordStore::open(m_dir.file("site.carehouse"), m_clock,
                                               record::RecordStore::OpenMode::CreateIfMissing);
        REQUIRE(store.ok());
        m_store = std::move(store).value();
        REQUIRE(m_store->initialise(name, "admin", "Administrator", TempDatabase::kPassword).ok());
        REQUIRE(m_store->login("admin", TempDatabase::kPassword).ok());
        // One password hash for every site's GP: Argon2id is slow on purpose.
        static const std::string hash = *security::PasswordHasher::hash(TempDatabase::kPassword);
        record::ChangeSet cs("add-user");
        cs.addUser({base::newUuid(), "gp", "Dr " + name, model::Role::Gp, hash, true});
        REQUIRE(m_store->commit(cs).ok());
        m_store->logout();
        REQUIRE(m_store->login("gp", TempDatabase::kPassword).ok());
    }

    record::RecordStore& store() { return *m_store; }
    base::FixedClock& clock() { return m_clock; }
    const std::string& uuid() const { return m_store->site().siteUuid; }
    const std::string& name() const { return m_store->site().name; }

    journal::VersionVector held()
    {
        auto v = record::JournalVersionReader(*m_store).heldVector();
        REQUIRE(v.ok());
        return *v;
    }
    std::vector<journal::JournalVersion> versionsNotIn(const journal::VersionVector& peer)
    {
        auto v = record::JournalVersionReader(*m_store).notCoveredBy(peer);
        REQUIRE(v.ok());
        return *v;
    }

private:
    TempDir m_dir;
    base::FixedClock m_clock;
    std::unique_ptr<record::RecordStore> m_store;
};

// Everything `from` holds that `to` does not, applied at `to`.
inline record::RemoteApplyReport sendAll(SyncSite& from, SyncSite& to)
{
    auto report = record::RemoteVersionApplier(to.store()).apply(from.versionsNotIn(to.held()), from.uuid());
    REQUIRE(report.ok());
    return *report;
}

// Registers person `n` (NHS number testNhsNumber(n)) at `site`; returns their id.
inline std::string registerPerson(SyncSite& site, int n, const std::string& family = "Okafor")
{
    record::PatientDraft d;
    d.familyName = family;
    d.givenName = "Person" + std::to_string(n);
    d.birthDate = "1960-05-0" + std::to_string(1 + n % 9);
    d.nhsNumber = testNhsNumber(n);
    d.gender = "female";
    auto id = record::PatientRegistration(site.store()).registerPatient(d);
    REQUIRE(id.ok());
    return *id;
}

// A new version of the person's demographics at `site`, moving them to `town`.
inline base::Status moveTo(SyncSite& site, const std::string& patientId, const std::string& town)
{
    auto p = record::PatientRepository(site.store()).patient(patientId);
    if (!p)
        return p.error();
    auto draft = record::PatientRegistration::draftFrom(p->value);
    draft.town = town;
    return record::PatientRegistration(site.store()).update(patientId, draft, p->headSeq);
}

inline std::string townOf(SyncSite& site, const std::string& patientId)
{
    auto p = record::PatientRepository(site.store()).patient(patientId);
    REQUIRE(p.ok());
    return p->value.town;
}

// A version as one line: what must be identical at every site that holds it.
inline std::string versionLine(const journal::JournalVersion& v)
{
    std::vector<std::string> parents;
    for (const auto& p : v.parents)
        parents.push_back(p.text());
    std::sort(parents.begin(), parents.end());
    std::string line = v.id.text() + " " + v.recordType + " " + v.recordId + " " + v.patientId + " "
        + std::to_string(v.hlc) + " " + v.author + "@" + v.authorSiteUuid + " [";
    for (const auto& p : parents)
        line += p + " ";
    return line + "] " + v.payload;
}

inline std::set<std::string> travellingVersions(SyncSite& site)
{
    std::set<std::string> lines;
    for (const auto& v : site.versionsNotIn({}))
        lines.insert(versionLine(v));
    return lines;
}

// Every current table of the record types that travel, row by row in id order, with each row's
// head given as its version id (journal seqs differ from site to site).
inline std::string currentRowsDump(record::RecordStore& store)
{
    std::string out;
    for (auto type : record::allRecordTypes()) {
        if (!record::travelsBetweenSites(type))
            continue;
        const std::string table = record::currentTableOf(type);
        std::vector<std::string> columns;
        auto info = store.connection().prepare("SELECT name FROM pragma_table_info('" + table + "') ORDER BY cid");
        REQUIRE(info.ok());
        while (*info->step())
            if (info->columnText(0) != "head_seq")
                columns.push_back(info->columnText(0));
        std::string sql = "SELECT o.uuid || ':' || j.counter";
        for (const auto& c : columns)
            sql += ", quote(t." + c + ")";
        sql += " FROM " + table
            + " t JOIN journal j ON j.seq = t.head_seq JOIN origin o ON o.id = j.origin ORDER BY t.id";
        auto st = store.connection().prepare(sql);
        REQUIRE(st.ok());
        out += "## " + table + "\n";
        while (*st->step()) {
            out += "version=" + st->columnText(0);
            for (std::size_t c = 0; c < columns.size(); ++c)
                out += "|" + columns[c] + "=" + st->columnText(static_cast<int>(c) + 1);
            out += "\n";
        }
    }
    return out;
}

// The conflict list as "record type patient: head head ..." lines, heads as sorted version ids.
inline std::string conflictsDump(record::RecordStore& store)
{
    auto st = store.connection().prepare(
        "SELECT c.record_id, c.record_type, COALESCE(c.patient_id, ''), o.uuid || ':' || j.counter FROM "
        "record_conflict c JOIN record_conflict_head h ON h.record_id = c.record_id JOIN journal j ON j.seq = h.seq "
        "JOIN origin o ON o.id = j.origin");
    REQUIRE(st.ok());
    std::map<std::string, std::set<std::string>> conflicts;
    while (*st->step())
        conflicts[st->columnText(0) + " " + st->columnText(1) + " " + st->columnText(2)].insert(st->columnText(3));
    std::string out;
    for (const auto& [record, heads] : conflicts) {
        out += record + ":";
        for (const auto& h : heads)
            out += " " + h;
        out += "\n";
    }
    return out;
}

} // namespace carehouse::testing
