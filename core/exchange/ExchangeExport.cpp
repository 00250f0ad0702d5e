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

// The last eight letters and digits of a site id: ordered ids made close together share their
// start, and the end is what tells two sites apart.
std::string shortId(const std::string& siteId)
{
    std::string s;
    for (auto it = siteId.rbegin(); it != siteId.rend() && s.size() < 8; ++it)
        if (std::isalnum(static_cast<unsigned char>(*it)))
            s.insert(s.begin(), *it);
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
    const auto total = static_cast<std::size_t>(
        std::max<std::int64_t>(0, held->count() - acknowledged->count())); // an estimate, for progress only

    const auto startedAt = m_store.clock().nowMillis();
    EnvelopeWriter writer(m_store.site().siteUuid, *keys);
    Written w;
    w.peerSiteId = peer->siteId;
    w.peerName = peer->name;
    std::set<std::string> people;
    ExchangeContent content;
    content.senderSiteId = m_store.site().siteUuid;
    content.senderSiteName = m_store.site().name;
    content.recipientSiteId = peer->siteId;
    content.senderHolds = *held;

    // One part: its versions (each after its parents, in this part or an earlier one), written,
    // read back, verified and published. A part's time is the export's plus its number, so the
    // parts sort, and are imported, in order.
    auto publish = [&]() -> base::Status {
        content.fileId = base::newUuid();
        content.createdAtMillis = startedAt + static_cast<std::int64_t>(w.files.size());
        const auto body = VersionBundle::toText(content);
        EnvelopeRequest request;
        request.recipients.push_back(peer->recipient());
        request.createdAtMillis = content.createdAtMillis;
        request.metadata = nlohmann::json{{"bundle", VersionBundle::kFormat},
                                          {"versions", content.versions.size()},
                                          {"part", w.files.size() + 1}}
                               .dump();
        // The file id's first characters keep two exports in the same millisecond apart.
        auto name = fileName(content.senderSiteId, peer->siteId, content.createdAtMillis);
        std::string suffix(1, '-'); // appended: GCC 12 misreports `"-" + string` (-Wrestrict)
        suffix += content.fileId.substr(0, 8);
        name.insert(name.size() - 4, suffix);
        const auto path = (std::filesystem::path(folder) / name).string();
        auto written = writer.writeFile(path, request, body);
        if (!written) {
            (void)peers.recordError(peer->siteId, written.error().detail, content.createdAtMillis);
            return written.error();
        }
        std::error_code sizeError;
        w.bytes += std::filesystem::file_size(path, sizeError);
        w.files.push_back(path);
        content.versions.clear();
        return {};
    };

    std::size_t done = 0;
    std::optional<base::Error> failed;
    auto read = journal.eachNotCoveredBy(
        *acknowledged,
        [&](journal::JournalVersion&& v) {
            if (progress && (++done % 1000 == 0) && !progress(done, std::max(done, total))) {
                failed = base::Error::make(base::ErrorCode::Cancelled);
                return false;
            }
            if (!v.patientId.empty())
                people.insert(v.patientId);
            content.versions.push_back(std::move(v));
            ++w.versions;
            if (content.versions.size() >= m_maxVersionsPerFile)
                if (auto st = publish(); !st) {
                    failed = st.error();
                    return false;
                }
            return true;
        },
        [&](const std::string& patientId) { return mayHave.count(patientId) > 0; });
    if (!read)
        return read.error();
    w.withheld = *read;
    if (failed)
        return *failed;
    // The last part, or the only one; written even with no versions, for its acknowledgement.
    if (!content.versions.empty() || w.files.empty())
        if (auto st = publish(); !st)
            return st.error();
    w.path = w.files.front();
    w.people = people.size();
    if (auto st = peers.recordSent(peer->siteId, startedAt); !st)
        return st.error();
    nlohmann::json files = nlohmann::json::array();
    for (const auto& f : w.files)
        files.push_back(std::filesystem::path(f).filename().string());
    const auto detail = nlohmann::json{
        {"peer", peer->siteId},
        {"files", files},
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
