#include "core/exchange/ExchangeExport.h"

#include "core/base/CivilDate.h"
#include "core/base/Uuid.h"
#include "core/exchange/EnvelopeWriter.h"
#include "core/exchange/ExchangeError.h"
#include "core/exchange/PeerDirectory.h"
#include "core/exchange/PeerHoldings.h"
#include "core/exchange/SharingRule.h"
#include "core/exchange/SiteKeyStore.h"
#include "core/exchange/VersionBundle.h"
#include "core/record/JournalVersionReader.h"
#include "core/record/RecordStore.h"

#include <algorithm>
#include <filesystem>
#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <set>
#include <unordered_set>

namespace carehouse::exchange {

namespace {

std::string shortId(const std::string& siteId)
{
    std::string s;
    for (char c : siteId)
        if (std::isalnum(static_cast<unsigned char>(c)) && s.size() < 8)
            s += c;
    return s.empty() ? std::string("site") : s;
}

} // namespace

std::string ExchangeExport::fileName(const std::string& fromSiteId, const std::string& toSiteId, std::int64_t millis)
{
    const std::int64_t days = millis / 86'400'000;
    const std::int64_t inDay = millis % 86'400'000;
    const auto date = base::CivilDate::fromDaysSinceEpoch(static_cast<int>(days));
    return fmt::format("carehouse-{}-to-{}-{:04}{:02}{:02}T{:02}{:02}{:02}{:03}.chx", shortId(fromSiteId),
                       shortId(toSiteId), date.year(), date.month(), date.day(), inDay / 3'600'000, inDay / 60'000 % 60,
                       inDay / 1000 % 60, inDay % 1000);
}

base::Result<ExchangeExport::Written> ExchangeExport::toPeer(const std::string& peerName, const std::string& folder,
                                                             std::string_view passphrase, const Progress& progress)
{
    if (auto st = m_store.require(security::Permission::ExchangeRecords); !st)
        return st.error();
    PeerDirectory peers(m_store);
    auto peer = peers.find(peerName);
    if (!peer)
        return peer.error();
    if (peer->revoked())
        return base::Error::make(base::ErrorCode::InvalidState, "peer", peer->name).withDetail("peer-revoked");
    std::error_code ec;
    if (!std::filesystem::is_directory(folder, ec))
        return base::Error::make(base::ErrorCode::NotFound, "folder", folder);

    // The secret keys first: a wrong passphrase stops the export before any work is done.
    auto keys = SiteKeyStore(m_store).unlock(passphrase);
    if (!keys)
        return keys.error();

    auto acknowledged = PeerHoldings(m_store).of(peer->siteId);
    if (!acknowledged)
        return acknowledged.error();
    record::JournalVersionReader journal(m_store);
    auto pending = journal.notCoveredBy(*acknowledged);
    if (!pending)
        return pending.error();
    auto held = journal.heldVector();
    if (!held)
        return held.error();
    auto rule = SharingRule::forStore(m_store);
    if (!rule)
        return rule.error();
    auto allowed = rule->patientsFor(m_store, *peer);
    if (!allowed)
        return allowed.error();
    const std::unordered_set<std::string> mayHave(allowed->begin(), allowed->end());

    ExchangeContent content;
    content.fileId = base::newUuid();
    content.senderSiteId = m_store.site().siteUuid;
    content.senderSiteName = m_store.site().name;
    content.recipientSiteId = peer->siteId;
    content.createdAtMillis = m_store.clock().nowMillis();
    content.senderHolds = std::move(held).value();
    Written w;
    std::set<std::string> people;
    const std::size_t total = pending->size();
    std::size_t done = 0;
    for (auto& v : *pending) {
        if (progress && (++done % 1000 == 0) && !progress(done, total))
            return base::Error::make(base::ErrorCode::Cancelled);
        if (!v.patientId.empty() && !mayHave.count(v.patientId)) {
            ++w.withheld;
            continue;
        }
        if (!v.patientId.empty())
            people.insert(v.patientId);
        content.versions.push_back(std::move(v));
    }
    w.versions = content.versions.size();
    w.people = people.size();
    w.peerSiteId = peer->siteId;
    w.peerName = peer->name;

    const auto body = VersionBundle::toText(content);
    EnvelopeRequest request;
    request.recipients.push_back(peer->recipient());
    request.createdAtMillis = content.createdAtMillis;
    request.metadata = nlohmann::json{{"bundle", VersionBundle::kFormat}, {"versions", w.versions}}.dump();
    // The file id's first characters keep two exports in the same millisecond apart.
    auto name = fileName(content.senderSiteId, peer->siteId, content.createdAtMillis);
    name.insert(name.size() - 4, "-" + content.fileId.substr(0, 8));
    w.path = (std::filesystem::path(folder) / name).string();
    auto written = EnvelopeWriter(content.senderSiteId, *keys).writeFile(w.path, request, body);
    if (!written) {
        (void)peers.recordError(peer->siteId, written.error().detail, content.createdAtMillis);
        return written.error();
    }
    w.bytes = std::filesystem::file_size(w.path, ec);
    if (auto st = peers.recordSent(peer->siteId, content.createdAtMillis); !st)
        return st.error();
    const auto detail = nlohmann::json{
        {"peer", peer->siteId},
        {"file", std::filesystem::path(w.path).filename().string()},
        {"versions", w.versions},
        {"people", w.people},
        {"withheld",
         w.withheld}}.dump();
    if (auto st = m_store.auditedChange(security::Permission::ExchangeRecords, "export-to-peer",
                                        [&]() -> base::Result<std::string> { return detail; });
        !st)
        return st.error();
    return w;
}

} // namespace carehouse::exchange
