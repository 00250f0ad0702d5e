#include "core/record/RecordStore.h"

#include "core/base/Log.h"
#include "core/base/Uuid.h"
#include "core/db/Migrations.h"
#include "core/db/Transaction.h"
#include "core/journal/HybridLogicalClock.h"
#include "core/journal/SyncError.h"
#include "core/journal/VersionId.h"
#include "core/record/Projection.h"
#include "core/record/RecordCodec.h"
#include "core/security/AuditEntry.h"
#include "core/security/PasswordHasher.h"

#include <filesystem>
#include <fmt/format.h>
#include <sys/stat.h>

namespace carehouse::record {

using base::Error;
using base::ErrorCode;
using security::Permission;

namespace {

// The head versions of a record with an open conflict, as version id texts in a stable order.
base::Result<std::vector<std::string>> conflictHeadsOf(db::StatementCache& cache, const std::string& recordId)
{
    auto st = cache.get("SELECT o.uuid, j.counter FROM record_conflict_head h JOIN journal j ON j.seq = h.seq "
                        "JOIN origin o ON o.id = j.origin WHERE h.record_id = ? ORDER BY o.uuid, j.counter");
    if (!st)
        return st.error();
    (*st)->bind(1, recordId);
    std::vector<std::string> heads;
    while (true) {
        auto row = (*st)->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        heads.push_back(journal::VersionId{(*st)->columnText(0), (*st)->columnInt64(1)}.text());
    }
    (*st)->reset();
    return heads;
}

// Keeps the conflict list in step with a local edit of a record: an edit supersedes only the head
// it was based on (the other heads stay in conflict), a resolution supersedes them all.
base::Status keepConflictHeads(db::StatementCache& cache, const RecordChange& change, std::int64_t basedOn,
                               std::int64_t seq)
{
    if (change.resolvesConflict) {
        auto close = cache.get("DELETE FROM record_conflict WHERE record_id = ?");
        if (!close)
            return close.error();
        (*close)->bind(1, change.recordId);
        return (*close)->run();
    }
    auto move = cache.get("UPDATE record_conflict_head SET seq = ? WHERE record_id = ? AND seq = ?");
    if (!move)
        return move.error();
    (*move)->bind(1, seq).bind(2, change.recordId).bind(3, basedOn);
    return (*move)->run();
}

security::Permission permissionFor(const RecordChange& c)
{
    switch (c.type) {
    case RecordType::Patient: return c.isNew ? Permission::RegisterPatient : Permission::EditDemographics;
    case RecordType::Condition: return Permission::RecordDiagnosis;
    case RecordType::Observation: {
        // A laboratory result arrives through the import, which the admin team runs; typing a
        // value in is a clinical act.
        const auto& o = std::get<model::Observation>(c.value);
        return o.source == model::Observation::Source::Lab ? Permission::ImportResults : Permission::RecordObservation;
    }
    case RecordType::User: return Permission::ManageUsers;
    case RecordType::LabRequest:
        // Sending a test is clinical; a result arriving and fulfilling it comes with the import.
        return std::get<model::LabRequest>(c.value).status == model::LabRequest::Status::Fulfilled
            ? Permission::ImportResults
            : Permission::RecordObservation;
    case RecordType::ResultReview: return Permission::ReviewResults;
    case RecordType::UnmatchedResult: return Permission::ImportResults;
    case RecordType::Invitation:
    case RecordType::Appointment: return Permission::ManageRecall;
    case RecordType::CareException: return Permission::RecordException;
    case RecordType::SentLetter: return Permission::ManageRecall;
    case RecordType::CarePlan: return Permission::RecordCarePlan;
    case RecordType::Referral:
        // Making a referral is part of the consultation; the admin team records what comes back.
        return std::get<model::Referral>(c.value).status == model::Referral::Status::Sent ? Permission::RecordCarePlan
                                                                                          : Permission::ManageRecall;
    case RecordType::Questionnaire:
        // CareHouse's own questionnaires are stored with the first response to one; anything
        // else is a definition someone chose to bring in.
        return std::get<model::StoredQuestionnaire>(c.value).source == model::StoredQuestionnaire::Source::Shipped
            ? Permission::RecordQuestionnaireResponse
            : Permission::ManageQuestionnaires;
    case RecordType::QuestionnaireResponse: return Permission::RecordQuestionnaireResponse;
    case RecordType::SafetyAlertAcknowledgement: return Permission::AcknowledgeSafetyAlert;
    }
    return Permission::ManageUsers;
}

// Which file this is on its file system: a copy, or a backup restored to a new file, has
// another inode (or device) than the file an incarnation was recorded in.
struct FileIdentity
{
    std::int64_t device = 0;
    std::int64_t inode = 0;
};

std::optional<FileIdentity> fileIdentityOf(const std::string& path)
{
    struct stat st
    {
    };
    if (::stat(path.c_str(), &st) != 0)
        return std::nullopt;
    return FileIdentity{static_cast<std::int64_t>(st.st_dev), static_cast<std::int64_t>(st.st_ino)};
}

void bindIdentity(db::Statement& s, int first, const std::optional<FileIdentity>& id)
{
    if (id)
        s.bind(first, id->device).bind(first + 1, id->inode);
    else
        s.bindNull(first).bindNull(first + 1);
}

} // namespace

RecordStore::RecordStore(db::Connection connection, const base::Clock& clock)
    : m_connection(std::move(connection))
    , m_statements(m_connection)
    , m_clock(clock)
{
}

RecordStore::~RecordStore()
{
    // Statements must be finalised before the connection closes.
    m_statements.clear();
}

base::Result<std::unique_ptr<RecordStore>> RecordStore::open(const std::string& path, const base::Clock& clock,
                                                             OpenMode mode)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    bool exists = fs::exists(path, ec);
    if (!exists && mode == OpenMode::ExistingOnly)
        return Error::make(ErrorCode::NotFound, "database", path).at(path);
    if (exists && fs::is_directory(path, ec))
        return Error::make(ErrorCode::DatabaseOpenFailed, "database", path).at(path).withDetail("is a folder");
    if (!exists) {
        auto parent = fs::path(path).parent_path();
        if (!parent.empty() && !fs::exists(parent, ec))
            return Error::make(ErrorCode::DatabaseOpenFailed, "database", path).at(path).withDetail("no such folder");
    }

    auto conn = db::Connection::open(path, exists ? db::Connection::Mode::ReadWrite : db::Connection::Mode::Create);
    if (!conn) {
        // A file we may read but not write: say so rather than "cannot open".
        if (exists && db::Connection::open(path, db::Connection::Mode::ReadOnly))
            return Error::make(ErrorCode::DatabaseReadOnly, "database", path).at(path);
        return conn.error();
    }
    if (auto st = db::Migrations::checkCompatible(*conn); !st)
        return st.error();
    auto mustExec = [&](const char* sql) { return conn->exec(sql); };
    // WAL lets the window read while the CLI or an import writes; FULL sync makes a commit
    // survive power loss as well as a killed process.
    // Worklists and the inbox read whole tables of an area's record: a 16 MB page cache keeps
    // repeated scans from going back to the file.
    for (const char* pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON",
                               "PRAGMA cache_size = -16384"}) {
        if (auto st = mustExec(pragma); !st)
            return st.error();
    }
    if (auto st = db::Migrations::migrate(*conn); !st)
        return st.error();

    std::unique_ptr<RecordStore> store(new RecordStore(std::move(conn).value(), clock));
    if (auto st = store->loadSite(); !st)
        return st.error();
    if (store->m_site) {
        if (auto st = store->checkFileIdentity(); !st)
            return st.error();
    }
    base::logInfo("opened record {}", path);
    return store;
}

base::Result<std::unique_ptr<RecordStore>> RecordStore::openAnother() const
{
    auto other = open(m_connection.path(), m_clock, OpenMode::ExistingOnly);
    if (!other)
        return other.error();
    (*other)->m_user = m_user;
    return std::move(other).value();
}

base::Status RecordStore::loadSite()
{
    auto st = m_connection.prepare("SELECT site_uuid, name, incarnation, created_at FROM site WHERE id = 1");
    if (!st)
        return st.error();
    auto row = st->step();
    if (!row)
        return row.error();
    if (!*row)
        return {};
    m_site = SiteIdentity{st->columnText(0), st->columnText(1), st->columnText(2), st->columnInt64(3)};
    auto keys = m_connection.prepare("SELECT (SELECT id FROM origin WHERE uuid = ?), "
                                     "(SELECT id FROM site_directory WHERE site_uuid = ?)");
    if (!keys)
        return keys.error();
    keys->bind(1, m_site->incarnation).bind(2, m_site->siteUuid);
    if (auto r = keys->step(); !r || !*r || keys->columnIsNull(0) || keys->columnIsNull(1))
        return r ? Error::make(ErrorCode::DatabaseCorrupt, "site") : r.error();
    m_originKey = keys->columnInt64(0);
    m_siteKey = keys->columnInt64(1);
    return {};
}

base::Status RecordStore::checkFileIdentity()
{
    const auto here = fileIdentityOf(m_connection.path());
    if (!here)
        return {}; // nothing to compare (an unusual file system): the explicit command remains
    auto read = [&]() -> base::Result<std::optional<FileIdentity>> {
        auto st = m_connection.prepare("SELECT file_device, file_inode FROM site_incarnation WHERE origin = ? "
                                       "AND file_device IS NOT NULL AND file_inode IS NOT NULL");
        if (!st)
            return st.error();
        st->bind(1, m_originKey);
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            return std::optional<FileIdentity>();
        return std::optional<FileIdentity>(FileIdentity{st->columnInt64(0), st->columnInt64(1)});
    };
    auto recorded = read();
    if (!recorded)
        return recorded.error();
    if (*recorded && (*recorded)->device == here->device && (*recorded)->inode == here->inode)
        return {};

    // Something to write: take the write lock and look again, as another process may have just
    // done the same.
    auto tx = db::Transaction::beginImmediate(m_connection);
    if (!tx)
        return tx.error();
    if (auto st = loadSite(); !st)
        return st;
    recorded = read();
    if (!recorded)
        return recorded.error();
    if (*recorded && (*recorded)->device == here->device && (*recorded)->inode == here->inode)
        return tx->commit();
    if (*recorded) {
        base::logWarning("{} is not the file its incarnation was recorded in (copied or restored): starting a new "
                         "incarnation",
                         m_connection.path());
        if (auto st = beginIncarnation("file-changed", "system"); !st)
            return st;
    } else {
        // A record from before incarnations were tracked: note its file, keep its incarnation.
        auto note = m_connection.prepare("INSERT INTO site_incarnation (origin, started_at, reason, started_by, "
                                         "previous_origin, file_device, file_inode) VALUES (?, ?, 'recorded', "
                                         "'system', NULL, ?, ?) ON CONFLICT (origin) DO UPDATE SET "
                                         "file_device = excluded.file_device, file_inode = excluded.file_inode");
        if (!note)
            return note.error();
        note->bind(1, m_originKey).bind(2, m_clock.nowMillis());
        bindIdentity(*note, 3, here);
        if (auto r = note->run(); !r)
            return r;
    }
    if (auto r = tx->commit(); !r)
        return r;
    return loadSite();
}

base::Status RecordStore::beginIncarnation(const std::string& reason, const std::string& username)
{
    const std::string previous = m_site->incarnation;
    const std::int64_t previousKey = m_originKey;
    const std::string incarnation = base::newUuid();
    auto origin = m_connection.prepare("INSERT INTO origin (uuid) VALUES (?)");
    if (!origin)
        return origin.error();
    origin->bind(1, incarnation);
    if (auto r = origin->run(); !r)
        return r;
    const auto originKey = static_cast<std::int64_t>(m_connection.lastInsertRowId());
    auto row = m_connection.prepare("INSERT INTO site_incarnation (origin, started_at, reason, started_by, "
                                    "previous_origin, file_device, file_inode) VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!row)
        return row.error();
    row->bind(1, originKey).bind(2, m_clock.nowMillis()).bind(3, reason).bind(4, username).bind(5, previousKey);
    bindIdentity(*row, 6, fileIdentityOf(m_connection.path()));
    if (auto r = row->run(); !r)
        return r;
    auto site = m_connection.prepare("UPDATE site SET incarnation = ? WHERE id = 1");
    if (!site)
        return site.error();
    site->bind(1, incarnation);
    if (auto r = site->run(); !r)
        return r;
    nlohmann::json detail = {{"reason", reason}, {"previous", previous}, {"incarnation", incarnation}};
    if (auto a = appendAudit("start-incarnation", {}, detail.dump(), username); !a)
        return a.error();
    return {};
}

base::Status RecordStore::startNewIncarnation(const std::string& reason)
{
    if (!m_site)
        return Error::make(ErrorCode::NotInitialised);
    if (auto st = require(Permission::ManagePeers); !st)
        return st;
    {
        auto tx = db::Transaction::beginImmediate(m_connection);
        if (!tx)
            return tx.error();
        if (auto st = loadSite(); !st)
            return st;
        if (auto st = beginIncarnation(reason, m_user->username); !st)
            return st;
        if (auto r = tx->commit(); !r)
            return r;
    }
    return loadSite();
}

base::Status RecordStore::auditedChange(security::Permission permission, const std::string& action,
                                        const std::function<base::Result<std::string>()>& work,
                                        const std::string& patientId)
{
    if (!m_site)
        return Error::make(ErrorCode::NotInitialised);
    if (auto st = require(permission); !st)
        return st;
    auto tx = db::Transaction::beginImmediate(m_connection);
    if (!tx)
        return tx.error();
    auto detail = work();
    if (!detail)
        return detail.error();
    if (auto a = appendAudit(action, patientId, *detail, m_user->username); !a)
        return a.error();
    return tx->commit();
}

base::Status RecordStore::initialise(const std::string& siteName, const std::string& adminUsername,
                                     const std::string& adminDisplayName, const std::string& adminPassword)
{
    if (m_site)
        return Error::make(ErrorCode::AlreadyInitialised, "site", m_site->name);
    if (siteName.empty())
        return Error::make(ErrorCode::RequiredField, "site name");
    if (adminUsername.empty())
        return Error::make(ErrorCode::RequiredField, "username");
    auto hash = security::PasswordHasher::hash(adminPassword);
    if (!hash)
        return hash.error();

    SiteIdentity site{base::newUuid(), siteName, base::newUuid(), m_clock.nowMillis()};
    {
        auto tx = db::Transaction::beginImmediate(m_connection);
        if (!tx)
            return tx.error();
        auto ins = m_connection.prepare(
            "INSERT INTO site (id, site_uuid, name, incarnation, created_at) VALUES (1, ?, ?, ?, ?)");
        if (!ins)
            return ins.error();
        ins->bind(1, site.siteUuid).bind(2, site.name).bind(3, site.incarnation).bind(4, site.createdAt);
        if (auto r = ins->run(); !r)
            return r;
        auto dir = m_connection.prepare("INSERT INTO site_directory (site_uuid, name) VALUES (?, ?)");
        if (!dir)
            return dir.error();
        dir->bind(1, site.siteUuid).bind(2, site.name);
        if (auto r = dir->run(); !r)
            return r;
        auto origin = m_connection.prepare("INSERT INTO origin (uuid) VALUES (?)");
        if (!origin)
            return origin.error();
        origin->bind(1, site.incarnation);
        if (auto r = origin->run(); !r)
            return r;
        auto first = m_connection.prepare("INSERT INTO site_incarnation (origin, started_at, reason, started_by, "
                                          "previous_origin, file_device, file_inode) VALUES (?, ?, 'initialise', "
                                          "'system', NULL, ?, ?)");
        if (!first)
            return first.error();
        first->bind(1, static_cast<std::int64_t>(m_connection.lastInsertRowId())).bind(2, site.createdAt);
        bindIdentity(*first, 3, fileIdentityOf(m_connection.path()));
        if (auto r = first->run(); !r)
            return r;
        if (auto r = m_connection.exec("INSERT INTO clock_state (id, last_hlc, last_counter) VALUES (1, 0, 0)"); !r)
            return r;
        if (auto r = tx->commit(); !r)
            return r;
    }
    if (auto r = loadSite(); !r)
        return r;

    // The first administrator is written through commit like any other user, by a bootstrap
    // identity that exists only for this one change.
    model::User admin{base::newUuid(),    adminUsername, adminDisplayName.empty() ? adminUsername : adminDisplayName,
                      model::Role::Admin, *hash,         true};
    m_user = model::User{"", "system", "CareHouse set-up", model::Role::Admin, "", true};
    ChangeSet cs("initialise-site");
    cs.addUser(admin);
    auto result = commit(cs);
    m_user.reset();
    if (!result)
        return result.error();
    return {};
}

base::Status RecordStore::login(const std::string& username, const std::string& password)
{
    if (!m_site)
        return Error::make(ErrorCode::NotInitialised);
    auto st = m_statements.get("SELECT id, head_seq FROM user_account WHERE username = ?");
    if (!st)
        return st.error();
    (*st)->bind(1, username);
    auto row = (*st)->step();
    if (!row)
        return row.error();
    std::optional<model::User> found;
    if (*row) {
        auto id = (*st)->columnText(0);
        auto seq = (*st)->columnInt64(1);
        (*st)->reset();
        auto payload = m_statements.get("SELECT payload FROM journal WHERE seq = ?");
        if (!payload)
            return payload.error();
        (*payload)->bind(1, seq);
        if (auto r = (*payload)->step(); r && *r)
            found = userFromPayload(id, nlohmann::json::parse((*payload)->columnText(0)));
        (*payload)->reset();
    }
    (*st)->reset();
    bool good = found && security::PasswordHasher::verify(found->passwordHash, password);
    if (!good) {
        auto tx = db::Transaction::beginImmediate(m_connection);
        if (tx) {
            if (appendAudit("login-failed", {}, "{}", username) && tx->commit())
                base::logWarning("failed login for '{}'", username);
        }
        return Error::make(ErrorCode::BadCredentials, "username", username);
    }
    if (!found->active)
        return Error::make(ErrorCode::AccountDisabled, "username", username);
    auto tx = db::Transaction::beginImmediate(m_connection);
    if (!tx)
        return tx.error();
    if (auto a = appendAudit("login", {}, "{}", username); !a)
        return a.error();
    if (auto c = tx->commit(); !c)
        return c;
    m_user = *found;
    return {};
}

base::Status RecordStore::require(Permission p) const
{
    if (!m_user)
        return Error::make(ErrorCode::NotLoggedIn);
    if (!security::roleMay(m_user->role, p))
        return Error::make(ErrorCode::PermissionDenied, std::string(security::permissionCode(p)),
                           std::string(model::roleCode(m_user->role)));
    return {};
}

base::Status RecordStore::checkPermissions(const ChangeSet& changes) const
{
    for (const auto& c : changes.changes())
        if (auto st = require(permissionFor(c)); !st)
            return st;
    return {};
}

base::Result<std::int64_t> RecordStore::appendAudit(const std::string& action, const std::string& patientId,
                                                    const std::string& detail, const std::string& username)
{
    auto last = m_statements.get("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1");
    if (!last)
        return last.error();
    security::AuditEntry entry;
    entry.prevHash = security::kAuditGenesisHash;
    entry.seq = 1;
    auto row = (*last)->step();
    if (!row)
        return row.error();
    if (*row) {
        entry.seq = (*last)->columnInt64(0) + 1;
        entry.prevHash = (*last)->columnText(1);
    }
    (*last)->reset();
    entry.at = m_clock.nowMillis();
    entry.username = username;
    entry.siteUuid = m_site ? m_site->siteUuid : std::string();
    entry.action = action;
    entry.patientId = patientId;
    entry.detail = detail;
    entry.hash = entry.computeHash();
    auto ins = m_statements.get("INSERT INTO audit (seq, at, username, site_uuid, action, patient_id, detail, "
                                "prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?)");
    if (!ins)
        return ins.error();
    auto& s = **ins;
    s.bind(1, entry.seq).bind(2, entry.at).bind(3, entry.username).bind(4, entry.siteUuid).bind(5, entry.action);
    s.bindTextOrNull(6, entry.patientId).bind(7, entry.detail).bind(8, entry.prevHash).bind(9, entry.hash);
    if (auto r = s.run(); !r)
        return r.error();
    return entry.seq;
}

base::Result<CommitResult> RecordStore::commit(const ChangeSet& changes)
{
    if (!m_site)
        return Error::make(ErrorCode::NotInitialised);
    if (auto st = checkPermissions(changes); !st)
        return st.error();

    auto tx = db::Transaction::beginImmediate(m_connection);
    if (!tx)
        return tx.error();

    // Counter and clock are read inside the write lock, so two processes never hand out the same version.
    auto clockRow = m_statements.get("SELECT last_hlc, last_counter FROM clock_state WHERE id = 1");
    if (!clockRow)
        return clockRow.error();
    if (auto r = (*clockRow)->step(); !r || !*r)
        return r ? Error::make(ErrorCode::DatabaseCorrupt, "clock_state") : r.error();
    std::int64_t hlc = (*clockRow)->columnInt64(0);
    std::int64_t counter = (*clockRow)->columnInt64(1);
    (*clockRow)->reset();

    Projection projection(m_statements);
    CommitResult result;
    result.seqs.reserve(changes.changes().size());
    const std::int64_t now = m_clock.nowMillis();

    for (const auto& change : changes.changes()) {
        std::optional<std::int64_t> headSeq;
        std::string parents = "[]";
        // A new record has no head to look up: the projection's plain INSERT refuses an id that exists.
        if (!change.isNew) {
            // The current row's head_seq is the record's winning version: no separate head table to keep in step.
            auto headSql = m_statements.get(fmt::format("SELECT t.head_seq, o.uuid, j.counter FROM {} t JOIN journal j "
                                                        "ON j.seq = t.head_seq JOIN origin o ON o.id = j.origin "
                                                        "WHERE t.id = ?",
                                                        currentTableOf(change.type)));
            if (!headSql)
                return headSql.error();
            auto& head = **headSql;
            head.bind(1, change.recordId);
            auto found = head.step();
            if (!found)
                return found.error();
            if (*found) {
                headSeq = head.columnInt64(0);
                parents = nlohmann::json::array({journal::VersionId{head.columnText(1), head.columnInt64(2)}.text()})
                              .dump();
            }
            head.reset();
        }
        if (!change.isNew && !headSeq)
            return Error::make(ErrorCode::NotFound, std::string(recordTypeCode(change.type)), change.recordId);
        if (!change.isNew && change.basedOnSeq && *change.basedOnSeq != *headSeq)
            return Error::make(ErrorCode::StaleVersion, std::string(recordTypeCode(change.type)), change.recordId);
        if (change.resolvesConflict) {
            // A resolution supersedes every head of the record, so it names them all as parents.
            auto heads = conflictHeadsOf(m_statements, change.recordId);
            if (!heads)
                return heads.error();
            if (heads->empty())
                return journal::makeSyncError(journal::SyncError::NoOpenConflict, change.recordId);
            parents = nlohmann::json(*heads).dump();
        }

        ++counter;
        hlc = journal::HybridLogicalClock::tick(hlc, now);
        auto ins = m_statements.get("INSERT INTO journal (origin, counter, record_id, record_type, patient_id, hlc, "
                                    "parents, author, author_site, payload) VALUES (?,?,?,?,?,?,?,?,?,?)");
        if (!ins)
            return ins.error();
        auto& s = **ins;
        s.bind(1, m_originKey).bind(2, counter).bind(3, change.recordId).bind(4, recordTypeCode(change.type));
        s.bindTextOrNull(5, change.patientId).bind(6, hlc).bind(7, parents).bind(8, m_user->username);
        s.bind(9, m_siteKey).bind(10, std::visit([](const auto& v) { return payloadText(v); }, change.value));
        if (auto r = s.run(); !r)
            return r.error();
        std::int64_t seq = m_connection.lastInsertRowId();

        if (auto r = projection.apply(change.value, seq, change.isNew); !r) {
            if (change.isNew && r.error().detail.find("UNIQUE constraint failed") != std::string::npos)
                return Error::make(ErrorCode::StaleVersion, std::string(recordTypeCode(change.type)), change.recordId)
                    .withDetail("record already exists");
            return r.error();
        }
        if (!change.isNew) {
            if (auto r = keepConflictHeads(m_statements, change, *headSeq, seq); !r)
                return r.error();
        }
        result.seqs.push_back(seq);
    }

    auto saveClock = m_statements.get("UPDATE clock_state SET last_hlc = ?, last_counter = ? WHERE id = 1");
    if (!saveClock)
        return saveClock.error();
    (*saveClock)->bind(1, hlc).bind(2, counter);
    if (auto r = (*saveClock)->run(); !r)
        return r.error();

    nlohmann::json detail = {{"versions", result.seqs.size()}};
    if (!result.seqs.empty()) {
        detail["firstSeq"] = result.seqs.front();
        detail["lastSeq"] = result.seqs.back();
    }
    auto audit = appendAudit(changes.action(), changes.patientId(), detail.dump(), m_user->username);
    if (!audit)
        return audit.error();
    result.auditSeq = *audit;
    if (auto r = tx->commit(); !r)
        return r.error();
    return result;
}

base::Status RecordStore::recordAccess(const std::string& patientId, const std::string& action)
{
    if (auto st = require(Permission::ViewRecord); !st)
        return st;
    auto tx = db::Transaction::beginImmediate(m_connection);
    if (!tx)
        return tx.error();
    if (auto a = appendAudit(action, patientId, "{}", m_user->username); !a)
        return a.error();
    return tx->commit();
}

base::Result<std::string> RecordStore::setting(const std::string& key) const
{
    auto st = const_cast<db::StatementCache&>(m_statements).get("SELECT value FROM setting WHERE key = ?");
    if (!st)
        return st.error();
    (*st)->bind(1, key);
    auto row = (*st)->step();
    if (!row)
        return row.error();
    std::string value = *row ? (*st)->columnText(0) : std::string();
    (*st)->reset();
    if (!*row)
        return Error::make(ErrorCode::NotFound, "setting", key);
    return value;
}

base::Status RecordStore::setSetting(const std::string& key, const std::string& value)
{
    if (auto st = require(Permission::ManageSettings); !st)
        return st;
    auto tx = db::Transaction::beginImmediate(m_connection);
    if (!tx)
        return tx.error();
    auto st = m_statements.get("INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)");
    if (!st)
        return st.error();
    (*st)->bind(1, key).bind(2, value);
    if (auto r = (*st)->run(); !r)
        return r;
    if (auto a = appendAudit("change-setting", {}, nlohmann::json{{"key", key}}.dump(), m_user->username); !a)
        return a.error();
    return tx->commit();
}

base::Status RecordStore::removeSetting(const std::string& key)
{
    if (auto st = require(Permission::ManageSettings); !st)
        return st;
    auto tx = db::Transaction::beginImmediate(m_connection);
    if (!tx)
        return tx.error();
    auto st = m_statements.get("DELETE FROM setting WHERE key = ?");
    if (!st)
        return st.error();
    (*st)->bind(1, key);
    if (auto r = (*st)->run(); !r)
        return r;
    if (auto a
        = appendAudit("change-setting", {}, nlohmann::json{{"key", key}, {"removed", true}}.dump(), m_user->username);
        !a)
        return a.error();
    return tx->commit();
}

} // namespace carehouse::record
