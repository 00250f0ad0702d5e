#pragma once

#include "core/base/Clock.h"
#include "core/base/Result.h"
#include "core/db/Connection.h"
#include "core/db/StatementCache.h"
#include "core/model/User.h"
#include "core/record/ChangeSet.h"
#include "core/record/CommitResult.h"
#include "core/record/SiteIdentity.h"
#include "core/security/Permission.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace carehouse::record {

class RemoteVersionApplier;

// The record: one SQLite file. The only door for writes is commit(): one transaction writes
// the journal versions, the current rows (their projection) and a hash-chained audit entry.
class RecordStore
{
public:
    enum class OpenMode
    {
        ExistingOnly,
        CreateIfMissing
    };

    // Refuses a file that is not CareHouse's or comes from a newer CareHouse before touching it.
    static base::Result<std::unique_ptr<RecordStore>> open(const std::string& path, const base::Clock& clock,
                                                           OpenMode mode = OpenMode::ExistingOnly);
    ~RecordStore();
    RecordStore(const RecordStore&) = delete;
    RecordStore& operator=(const RecordStore&) = delete;

    // Creates the site identity and the first administrator. Only on a database with no site.
    base::Status initialise(const std::string& siteName, const std::string& adminUsername,
                            const std::string& adminDisplayName, const std::string& adminPassword);
    bool initialised() const { return m_site.has_value(); }
    const SiteIdentity& site() const { return *m_site; }

    // Checks the password against the stored Argon2id hash; success and failure are audited.
    base::Status login(const std::string& username, const std::string& password);
    void logout() { m_user.reset(); }
    const std::optional<model::User>& currentUser() const { return m_user; }
    base::Status require(security::Permission p) const;

    // A second connection to the same file, signed in as the same user, for long work on
    // another thread (an import, a batch): SQLite connections are not shared across threads.
    base::Result<std::unique_ptr<RecordStore>> openAnother() const;
    const std::string& path() const { return m_connection.path(); }

    base::Result<CommitResult> commit(const ChangeSet& changes);
    // Audits that the logged-in user looked at a person's record (no clinical data changes).
    base::Status recordAccess(const std::string& patientId, const std::string& action = "view-record");

    // For tables outside the journal that must still be audited (the site's exchange keys, its
    // peers): checks the logged-in user may `permission`, then runs `work`, which returns the
    // audit detail (JSON text), and appends one audit entry (action, detail) to the record's hash
    // chain in the same write transaction. Nothing is written, audit included, unless work succeeds.
    base::Status auditedChange(security::Permission permission, const std::string& action,
                               const std::function<base::Result<std::string>()>& work,
                               const std::string& patientId = {});

    // Starts a new incarnation of this site: a new origin for version ids, so versions made from
    // now on can never collide with versions an older copy of this file already handed out.
    // Run after restoring a backup (reason "restored"); open() runs it by itself (reason
    // "file-changed") when the file is not the one this incarnation was recorded in, i.e. it was
    // copied or restored to a new file. Audited ("start-incarnation"); the old incarnations stay
    // in `origin` and `site_incarnation` so their versions keep their ids.
    base::Status startNewIncarnation(const std::string& reason);

    base::Result<std::string> setting(const std::string& key) const;
    base::Status setSetting(const std::string& key, const std::string& value);
    // Removes a setting (back to its default); removing one that is not set is not an error.
    base::Status removeSetting(const std::string& key);

    db::Connection& connection() { return m_connection; }
    db::StatementCache& statements() { return m_statements; }
    const base::Clock& clock() const { return m_clock; }

private:
    // Applies other sites' versions with this store's audit chain, clock and origin keys.
    friend class RemoteVersionApplier;

    RecordStore(db::Connection connection, const base::Clock& clock);
    base::Status loadSite();
    base::Result<std::int64_t> appendAudit(const std::string& action, const std::string& patientId,
                                           const std::string& detail, const std::string& username);
    base::Status checkPermissions(const ChangeSet& changes) const;
    base::Status checkFileIdentity();
    base::Status beginIncarnation(const std::string& reason, const std::string& username);

    db::Connection m_connection;
    db::StatementCache m_statements;
    const base::Clock& m_clock;
    std::optional<SiteIdentity> m_site;
    std::int64_t m_originKey = 0; // this incarnation's key in the origin table
    std::int64_t m_siteKey = 0; // this site's key in site_directory
    std::optional<model::User> m_user;
};

} // namespace carehouse::record
