#include "core/exchange/SiteKeyStore.h"

#include "core/exchange/KeyText.h"
#include "core/exchange/PeerError.h"
#include "core/letters/PracticeDetails.h"
#include "core/record/RecordStore.h"

#include <nlohmann/json.hpp>

namespace carehouse::exchange {

using base::Error;
using base::ErrorCode;

namespace {

constexpr const char* kSelect = "SELECT id, fingerprint, signing_key, encryption_key, created_at, created_by, "
                                "retired_at, sealed FROM site_key ORDER BY retired_at IS NOT NULL, created_at DESC, "
                                "id DESC";

bool validOdsCode(const std::string& code)
{
    if (code.size() > SiteCard::kMaxOdsCodeLength)
        return false;
    for (char c : code)
        if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
            return false;
    return true;
}

} // namespace

SiteKeyStore::SiteKeyStore(record::RecordStore& store, security::KeySealCost cost, security::RandomSource& random)
    : m_store(store)
    , m_cost(cost)
    , m_random(random)
{
}

base::Result<std::vector<std::pair<SiteKeyInfo, std::string>>> SiteKeyStore::rows() const
{
    auto st = m_store.connection().prepare(kSelect);
    if (!st)
        return st.error();
    std::vector<std::pair<SiteKeyInfo, std::string>> out;
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        SiteKeyInfo info;
        info.id = st->columnInt64(0);
        auto fingerprint = security::KeyFingerprint::fromHex(st->columnText(1));
        auto signing = publicKeyOfHex(st->columnText(2));
        auto encryption = publicKeyOfHex(st->columnText(3));
        if (!fingerprint || !signing || !encryption)
            return Error::make(ErrorCode::DatabaseCorrupt, "site_key", std::to_string(info.id));
        info.fingerprint = *fingerprint;
        info.signingKey = *signing;
        info.encryptionKey = *encryption;
        info.createdAt = st->columnInt64(4);
        info.createdBy = st->columnText(5);
        if (!st->columnIsNull(6))
            info.retiredAt = st->columnInt64(6);
        out.emplace_back(std::move(info), st->columnText(7));
    }
    return out;
}

base::Result<bool> SiteKeyStore::hasKeys() const
{
    auto n = m_store.connection().scalarInt("SELECT count(*) FROM site_key WHERE retired_at IS NULL");
    if (!n)
        return n.error();
    return *n > 0;
}

base::Result<std::optional<SiteKeyInfo>> SiteKeyStore::current() const
{
    auto all = rows();
    if (!all)
        return all.error();
    if (all->empty() || !all->front().first.current())
        return std::optional<SiteKeyInfo>();
    return std::optional<SiteKeyInfo>(all->front().first);
}

base::Result<std::vector<SiteKeyInfo>> SiteKeyStore::all() const
{
    auto all = rows();
    if (!all)
        return all.error();
    std::vector<SiteKeyInfo> out;
    for (auto& r : *all)
        out.push_back(std::move(r.first));
    return out;
}

base::Result<security::SiteKeys> SiteKeyStore::unsealRow(const SiteKeyInfo& info, const std::string& sealedHex,
                                                         std::string_view passphrase) const
{
    auto sealed = bytesOfHex(sealedHex);
    if (!sealed)
        return Error::make(ErrorCode::DatabaseCorrupt, "site_key", std::to_string(info.id));
    auto keys = security::SiteKeys::unseal(*sealed, passphrase);
    if (!keys)
        return keys.error();
    // The row's public keys are what peers were given: a blob that opens to other keys has been
    // swapped or damaged, and must not sign anything.
    if (!(keys->fingerprint() == info.fingerprint))
        return makePeerError(PeerError::StoredKeyMismatch, info.fingerprint.hex(), keys->fingerprint().hex());
    return std::move(keys).value();
}

base::Result<security::SiteKeys> SiteKeyStore::unlock(std::string_view passphrase) const
{
    auto all = rows();
    if (!all)
        return all.error();
    if (all->empty() || !all->front().first.current())
        return makePeerError(PeerError::NoSiteKeys);
    return unsealRow(all->front().first, all->front().second, passphrase);
}

base::Result<std::vector<security::SiteKeys>> SiteKeyStore::unlockAll(std::string_view passphrase) const
{
    auto all = rows();
    if (!all)
        return all.error();
    if (all->empty() || !all->front().first.current())
        return makePeerError(PeerError::NoSiteKeys);
    std::vector<security::SiteKeys> out;
    for (const auto& [info, sealed] : *all) {
        auto keys = unsealRow(info, sealed, passphrase);
        if (!keys)
            return keys.error();
        out.push_back(std::move(keys).value());
    }
    return out;
}

base::Result<std::string> SiteKeyStore::sealHex(const security::SiteKeys& keys, std::string_view passphrase) const
{
    auto sealed = keys.seal(passphrase, m_cost, m_random);
    if (!sealed)
        return sealed.error();
    return hexOf(*sealed);
}

base::Result<SiteKeyInfo> SiteKeyStore::insertCurrent(const security::SiteKeys& keys, const std::string& sealedHex)
{
    SiteKeyInfo info;
    info.fingerprint = keys.fingerprint();
    info.signingKey = keys.signingPublicKey();
    info.encryptionKey = keys.encryptionPublicKey();
    info.createdAt = m_store.clock().nowMillis();
    info.createdBy = m_store.currentUser() ? m_store.currentUser()->username : std::string();
    auto retire
        = m_store.connection().prepare("UPDATE site_key SET retired_at = ?, retired_by = ? WHERE retired_at IS NULL");
    if (!retire)
        return retire.error();
    retire->bind(1, info.createdAt).bind(2, info.createdBy);
    if (auto r = retire->run(); !r)
        return r.error();
    auto ins = m_store.connection().prepare("INSERT INTO site_key (fingerprint, signing_key, encryption_key, sealed, "
                                            "created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)");
    if (!ins)
        return ins.error();
    ins->bind(1, info.fingerprint.hex()).bind(2, hexOf(info.signingKey)).bind(3, hexOf(info.encryptionKey));
    ins->bind(4, sealedHex).bind(5, info.createdAt).bind(6, info.createdBy);
    if (auto r = ins->run(); !r)
        return r.error();
    info.id = m_store.connection().lastInsertRowId();
    return info;
}

base::Result<SiteKeyInfo> SiteKeyStore::create(std::string_view passphrase)
{
    if (auto st = m_store.require(security::Permission::ManagePeers); !st)
        return st.error();
    if (auto existing = current(); !existing)
        return existing.error();
    else if (*existing)
        return makePeerError(PeerError::SiteKeysExist, (*existing)->fingerprint.groups());
    // Generating and sealing (Argon2id, the slow part) happen before the write lock is taken.
    auto keys = security::SiteKeys::generate(m_random);
    if (!keys)
        return keys.error();
    auto sealed = sealHex(*keys, passphrase);
    if (!sealed)
        return sealed.error();
    SiteKeyInfo made;
    auto st = m_store.auditedChange(security::Permission::ManagePeers, "create-site-keys",
                                    [&]() -> base::Result<std::string> {
                                        auto n = m_store.connection().scalarInt("SELECT count(*) FROM site_key");
                                        if (!n)
                                            return n.error();
                                        if (*n > 0)
                                            return makePeerError(PeerError::SiteKeysExist);
                                        auto info = insertCurrent(*keys, *sealed);
                                        if (!info)
                                            return info.error();
                                        made = *info;
                                        return nlohmann::json{{"fingerprint", made.fingerprint.hex()}}.dump();
                                    });
    if (!st)
        return st.error();
    return made;
}

base::Result<SiteKeyInfo> SiteKeyStore::ensure(std::string_view passphrase)
{
    auto existing = current();
    if (!existing)
        return existing.error();
    if (*existing)
        return **existing;
    return create(passphrase);
}

base::Result<SiteKeyInfo> SiteKeyStore::rotate(std::string_view passphrase)
{
    if (auto st = m_store.require(security::Permission::ManagePeers); !st)
        return st.error();
    auto old = current();
    if (!old)
        return old.error();
    if (!*old)
        return makePeerError(PeerError::NoSiteKeys);
    // The passphrase must open the current key, so every key stays sealed under one passphrase.
    if (auto opened = unlock(passphrase); !opened)
        return opened.error();
    auto keys = security::SiteKeys::generate(m_random);
    if (!keys)
        return keys.error();
    auto sealed = sealHex(*keys, passphrase);
    if (!sealed)
        return sealed.error();
    SiteKeyInfo made;
    const std::string previous = (*old)->fingerprint.hex();
    auto st = m_store.auditedChange(
        security::Permission::ManagePeers, "rotate-site-keys", [&]() -> base::Result<std::string> {
            auto now = current();
            if (!now)
                return now.error();
            if (!*now || (*now)->fingerprint.hex() != previous)
                return Error::make(ErrorCode::StaleVersion, "site keys");
            auto info = insertCurrent(*keys, *sealed);
            if (!info)
                return info.error();
            made = *info;
            return nlohmann::json{{"fingerprint", made.fingerprint.hex()}, {"retired", previous}}.dump();
        });
    if (!st)
        return st.error();
    return made;
}

base::Status SiteKeyStore::changePassphrase(std::string_view oldPassphrase, std::string_view newPassphrase)
{
    if (auto st = m_store.require(security::Permission::ManagePeers); !st)
        return st;
    auto all = rows();
    if (!all)
        return all.error();
    if (all->empty())
        return makePeerError(PeerError::NoSiteKeys);
    std::vector<std::pair<std::int64_t, std::string>> resealed;
    for (const auto& [info, sealed] : *all) {
        auto keys = unsealRow(info, sealed, oldPassphrase);
        if (!keys)
            return keys.error();
        auto again = sealHex(*keys, newPassphrase);
        if (!again)
            return again.error();
        resealed.emplace_back(info.id, *again);
    }
    return m_store.auditedChange(
        security::Permission::ManagePeers, "reseal-site-keys", [&]() -> base::Result<std::string> {
            auto up = m_store.connection().prepare("UPDATE site_key SET sealed = ? WHERE id = ?");
            if (!up)
                return up.error();
            for (const auto& [id, sealed] : resealed) {
                up->bind(1, sealed).bind(2, id);
                if (auto r = up->run(); !r)
                    return r.error();
                if (m_store.connection().changes() != 1)
                    return Error::make(ErrorCode::StaleVersion, "site keys");
            }
            return nlohmann::json{{"keys", resealed.size()}}.dump();
        });
}

base::Result<SiteOrganisation> SiteKeyStore::organisation() const
{
    auto st = m_store.connection().prepare("SELECT name, ods_code FROM site_organisation WHERE id = 1");
    if (!st)
        return st.error();
    auto row = st->step();
    if (!row)
        return row.error();
    if (*row)
        return SiteOrganisation{st->columnText(0), st->columnText(1)};
    SiteOrganisation fallback{m_store.site().name, {}};
    if (auto name = m_store.setting(letters::PracticeDetails::kNameSetting); name && !name->empty())
        fallback.name = *name;
    return fallback;
}

base::Status SiteKeyStore::setOrganisation(const SiteOrganisation& organisation)
{
    if (organisation.name.empty())
        return Error::make(ErrorCode::RequiredField, "organisation name");
    if (organisation.name.size() > SiteCard::kMaxNameLength)
        return Error::make(ErrorCode::InvalidArgument, "organisation name", organisation.name.substr(0, 40))
            .withHint(std::to_string(SiteCard::kMaxNameLength));
    if (!validOdsCode(organisation.odsCode))
        return Error::make(ErrorCode::InvalidArgument, "ODS code", organisation.odsCode);
    return m_store.auditedChange(
        security::Permission::ManagePeers, "set-site-organisation", [&]() -> base::Result<std::string> {
            auto up = m_store.connection().prepare(
                "INSERT INTO site_organisation (id, name, ods_code, updated_at, updated_by) VALUES (1, ?, ?, ?, ?) "
                "ON CONFLICT (id) DO UPDATE SET name = excluded.name, ods_code = excluded.ods_code, "
                "updated_at = excluded.updated_at, updated_by = excluded.updated_by");
            if (!up)
                return up.error();
            up->bind(1, organisation.name).bind(2, organisation.odsCode).bind(3, m_store.clock().nowMillis());
            up->bind(4, m_store.currentUser()->username);
            if (auto r = up->run(); !r)
                return r.error();
            return nlohmann::json{{"name", organisation.name}, {"odsCode", organisation.odsCode}}.dump();
        });
}

base::Result<SiteCard> SiteKeyStore::card() const
{
    auto key = current();
    if (!key)
        return key.error();
    if (!*key)
        return makePeerError(PeerError::NoSiteKeys);
    auto org = organisation();
    if (!org)
        return org.error();
    SiteCard card;
    card.siteId = m_store.site().siteUuid;
    card.siteName = m_store.site().name;
    card.organisationName = org->name;
    card.odsCode = org->odsCode;
    card.signingPublicKey = (*key)->signingKey;
    card.encryptionPublicKey = (*key)->encryptionKey;
    card.fingerprint = (*key)->fingerprint;
    card.createdAtMillis = (*key)->createdAt / 1000 * 1000;
    return card;
}

} // namespace carehouse::exchange
