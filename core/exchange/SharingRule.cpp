#include "core/exchange/SharingRule.h"

#include "core/exchange/SiteKeyStore.h"
#include "core/record/RecordStore.h"

#include <algorithm>
#include <map>
#include <set>

namespace carehouse::exchange {

using model::SharingConsent;

std::string_view sharingReasonCode(SharingReason reason)
{
    switch (reason) {
    case SharingReason::Consented: return "consented";
    case SharingReason::SameOrganisation: return "same-organisation";
    case SharingReason::Referred: return "referred";
    case SharingReason::OnList: return "on-list";
    case SharingReason::AllPatients: return "all-patients";
    case SharingReason::PeerRevoked: return "peer-revoked";
    case SharingReason::ConsentWithdrawn: return "consent-withdrawn";
    case SharingReason::ConsentPracticeOnly: return "consent-practice-only";
    case SharingReason::ConsentNotRecorded: return "consent-not-recorded";
    case SharingReason::NotReferred: return "not-referred";
    case SharingReason::NotOnList: return "not-on-list";
    }
    return "unknown";
}

SharingRule::SharingRule(std::string ownOdsCode)
    : m_ownOdsCode(std::move(ownOdsCode))
{
}

base::Result<SharingRule> SharingRule::forStore(record::RecordStore& store)
{
    auto org = SiteKeyStore(store).organisation();
    if (!org)
        return org.error();
    return SharingRule(org->odsCode);
}

bool SharingRule::sameOrganisation(const Peer& peer) const
{
    return !m_ownOdsCode.empty() && peer.odsCode == m_ownOdsCode;
}

bool SharingRule::referralReaches(const Peer& peer, const model::Referral& referral)
{
    using S = model::Referral::Status;
    if (referral.serviceId.empty())
        return false;
    if (referral.status != S::Sent && referral.status != S::Accepted && referral.status != S::Seen)
        return false;
    return std::find(peer.serviceIds.begin(), peer.serviceIds.end(), referral.serviceId) != peer.serviceIds.end();
}

SharingDecision SharingRule::decide(const Peer& peer, SharingConsent consent,
                                    const std::vector<model::Referral>& referrals, bool onList) const
{
    if (peer.revoked())
        return {false, SharingReason::PeerRevoked};
    if (consent == SharingConsent::Withdrawn)
        return {false, SharingReason::ConsentWithdrawn};
    const bool same = sameOrganisation(peer);
    if (consent == SharingConsent::PracticeOnly && !same)
        return {false, SharingReason::ConsentPracticeOnly};
    switch (peer.sharing) {
    case SharingScope::Consented:
        if (consent == SharingConsent::SharedCareTeam)
            return {true, SharingReason::Consented};
        if (consent == SharingConsent::PracticeOnly)
            return {true, SharingReason::SameOrganisation};
        return {false, SharingReason::ConsentNotRecorded};
    case SharingScope::Referred:
        for (const auto& r : referrals)
            if (referralReaches(peer, r))
                return {true, SharingReason::Referred};
        return {false, SharingReason::NotReferred};
    case SharingScope::All: return {true, SharingReason::AllPatients};
    case SharingScope::List:
        return onList ? SharingDecision{true, SharingReason::OnList} : SharingDecision{false, SharingReason::NotOnList};
    }
    return {false, SharingReason::NotOnList};
}

namespace {

model::Referral referralFrom(const std::string& serviceId, const std::string& status)
{
    model::Referral r;
    r.serviceId = serviceId;
    // An unknown status is treated as closed: never a reason to share.
    r.status = model::referralStatusFromCode(status).value_or(model::Referral::Status::Declined);
    return r;
}

} // namespace

base::Result<SharingDecision> SharingRule::decideFor(record::RecordStore& store, const Peer& peer,
                                                     const std::string& patientId) const
{
    auto& db = store.connection();
    auto consent = db.prepare("SELECT sharing_consent FROM patient WHERE id = ?");
    if (!consent)
        return consent.error();
    consent->bind(1, patientId);
    auto row = consent->step();
    if (!row)
        return row.error();
    if (!*row)
        return base::Error::make(base::ErrorCode::NotFound, "patient", patientId);
    const auto code = model::consentFromCode(consent->columnText(0));

    std::vector<model::Referral> referrals;
    auto refs = db.prepare("SELECT COALESCE(service_id, ''), status FROM referral WHERE patient_id = ?");
    if (!refs)
        return refs.error();
    refs->bind(1, patientId);
    for (;;) {
        auto r = refs->step();
        if (!r)
            return r.error();
        if (!*r)
            break;
        referrals.push_back(referralFrom(refs->columnText(0), refs->columnText(1)));
    }
    auto listed = db.prepare("SELECT 1 FROM peer_patient WHERE peer = ? AND patient_id = ?");
    if (!listed)
        return listed.error();
    listed->bind(1, peer.key).bind(2, patientId);
    auto onList = listed->step();
    if (!onList)
        return onList.error();
    return decide(peer, code, referrals, *onList);
}

base::Result<std::vector<std::string>> SharingRule::patientsFor(record::RecordStore& store, const Peer& peer) const
{
    auto& db = store.connection();
    std::map<std::string, std::vector<model::Referral>> referrals;
    if (peer.sharing == SharingScope::Referred) {
        auto refs = db.prepare("SELECT patient_id, COALESCE(service_id, ''), status FROM referral");
        if (!refs)
            return refs.error();
        for (;;) {
            auto r = refs->step();
            if (!r)
                return r.error();
            if (!*r)
                break;
            referrals[refs->columnText(0)].push_back(referralFrom(refs->columnText(1), refs->columnText(2)));
        }
    }
    std::set<std::string> listed;
    if (peer.sharing == SharingScope::List) {
        auto list = db.prepare("SELECT patient_id FROM peer_patient WHERE peer = ?");
        if (!list)
            return list.error();
        list->bind(1, peer.key);
        for (;;) {
            auto r = list->step();
            if (!r)
                return r.error();
            if (!*r)
                break;
            listed.insert(list->columnText(0));
        }
    }
    std::vector<std::string> out;
    auto people = db.prepare("SELECT id, sharing_consent FROM patient ORDER BY id");
    if (!people)
        return people.error();
    static const std::vector<model::Referral> kNone;
    for (;;) {
        auto r = people->step();
        if (!r)
            return r.error();
        if (!*r)
            break;
        auto id = people->columnText(0);
        auto found = referrals.find(id);
        auto decision = decide(peer, model::consentFromCode(people->columnText(1)),
                               found == referrals.end() ? kNone : found->second, listed.count(id) > 0);
        if (decision.share)
            out.push_back(std::move(id));
    }
    return out;
}

} // namespace carehouse::exchange
