#include "core/exchange/ExchangeImport.h"

#include "core/exchange/EnvelopeReader.h"
#include "core/exchange/ExchangeError.h"
#include "core/exchange/PeerDirectory.h"
#include "core/exchange/PeerHoldings.h"
#include "core/exchange/SiteKeyStore.h"
#include "core/exchange/VersionBundle.h"
#include "core/record/PossibleDuplicates.h"
#include "core/record/RecordStore.h"
#include "core/record/RemoteVersionApplier.h"

#include <filesystem>
#include <nlohmann/json.hpp>
#include <unordered_set>

namespace carehouse::exchange {

base::Result<ExchangeImport::Applied> ExchangeImport::file(const std::string& path, std::string_view passphrase)
{
    auto applied = apply(path, passphrase);
    if (applied)
        return applied;
    // A refused file is part of the record's story (someone sent something that was not let in);
    // one still being copied, a wrong passphrase or a missing permission is not a refusal.
    const auto& e = applied.error();
    const auto reason = exchangeErrorOf(e);
    const bool refused = reason ? !isRetryable(*reason)
                                : e.code != base::ErrorCode::BadCredentials
            && e.code != base::ErrorCode::PermissionDenied && e.code != base::ErrorCode::NotLoggedIn;
    if (refused) {
        const auto detail = nlohmann::json{
            {"file", std::filesystem::path(path).filename().string()},
            {"reason", e.detail.empty() ? std::string(base::errorCodeName(e.code)) : e.detail},
            {"field", e.field}}.dump();
        auto st = m_store.auditedChange(security::Permission::ExchangeRecords, "refuse-exchange-file",
                                        [&]() -> base::Result<std::string> { return detail; });
        (void)st; // the refusal itself is what the caller must see
    }
    return applied;
}

base::Result<ExchangeImport::Applied> ExchangeImport::apply(const std::string& path, std::string_view passphrase)
{
    if (auto st = m_store.require(security::Permission::ExchangeRecords); !st)
        return st.error();
    PeerDirectory peers(m_store);
    auto signers = peers.signerLookup();
    if (!signers)
        return signers.error();
    auto keys = SiteKeyStore(m_store).unlockAll(passphrase);
    if (!keys)
        return keys.error();
    RecipientIdentity me;
    me.siteId = m_store.site().siteUuid;
    for (const auto& k : *keys)
        me.keys.push_back(&k);

    auto opened = EnvelopeReader(*signers).openFile(path, me);
    if (!opened) {
        auto e = opened.error();
        if (e.file.empty())
            e.file = path;
        return e;
    }
    const auto& header = opened->header;
    auto content = VersionBundle::fromText(opened->body);
    if (!content) {
        auto e = content.error();
        e.file = path;
        (void)peers.recordError(header.senderSiteId, e.detail, m_store.clock().nowMillis());
        return e;
    }
    // The signed header and the Bundle inside must tell the same story.
    if (content->senderSiteId != header.senderSiteId || content->recipientSiteId != me.siteId) {
        auto e = makeExchangeError(ExchangeError::NotForThisSite, "bundle", content->recipientSiteId);
        e.file = path;
        (void)peers.recordError(header.senderSiteId, e.detail, m_store.clock().nowMillis());
        return e;
    }
    auto report = record::RemoteVersionApplier(m_store).apply(content->versions, header.senderSiteId);
    if (!report) {
        auto e = report.error();
        if (e.file.empty())
            e.file = path;
        (void)peers.recordError(header.senderSiteId, e.detail, m_store.clock().nowMillis());
        return e;
    }
    // What the peer holds decides what the next export to it carries; a lost update only means
    // sending again what it already has, which it skips.
    if (auto st = PeerHoldings(m_store).merge(header.senderSiteId, content->senderHolds); !st)
        return st.error();
    (void)peers.recordReceived(header.senderSiteId, m_store.clock().nowMillis());
    Applied a;
    a.path = path;
    a.fromSiteId = header.senderSiteId;
    a.fromName = content->senderSiteName;
    a.createdAtMillis = header.createdAtMillis;
    a.report = std::move(report).value();
    // One read of every shared NHS number, not one query per person changed (a first exchange
    // changes tens of thousands).
    auto groups = record::PossibleDuplicates(m_store).open();
    if (!groups)
        return groups.error();
    std::unordered_set<std::string> duplicated;
    for (const auto& g : *groups)
        duplicated.insert(g.patientIds.begin(), g.patientIds.end());
    for (const auto& patientId : a.report.patientsChanged)
        if (duplicated.count(patientId))
            a.possibleDuplicates.push_back(patientId);
    return a;
}

} // namespace carehouse::exchange
