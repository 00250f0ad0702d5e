#pragma once

#include "core/base/Result.h"
#include "core/exchange/Peer.h"
#include "core/model/Patient.h"
#include "core/model/Referral.h"

#include <string>
#include <string_view>
#include <vector>

namespace carehouse::record {
class RecordStore;
}

namespace carehouse::exchange {

// Why a person's records may or may not go to a peer.
enum class SharingReason
{
    Consented, // consent "shared care team", peer rule consented
    SameOrganisation, // consent "practice only", and the peer is this site's own organisation
    Referred, // an open referral to a service the peer provides
    OnList, // on the peer's explicit list
    AllPatients, // the peer's rule is all and consent does not forbid it
    PeerRevoked, // never to a revoked peer
    ConsentWithdrawn, // never, whatever the peer's rule
    ConsentPracticeOnly, // never to another organisation
    ConsentNotRecorded, // the consented rule needs consent recorded
    NotReferred,
    NotOnList,
};
std::string_view sharingReasonCode(SharingReason reason); // "consented", "consent-withdrawn", ...

struct SharingDecision
{
    bool share = false;
    SharingReason reason = SharingReason::NotOnList;
};

// May this person's records go to that peer? One rule for every export (issue 7 §2), checked in
// this order:
//  1. a revoked peer gets nothing;
//  2. consent withdrawn: never, whatever the peer's rule;
//  3. consent "practice only": never to another organisation; a peer of this site's own
//     organisation (both ODS codes given and equal: another site of the same practice) is
//     judged by its rule below;
//  4. the peer's rule:
//     consented  consent "shared care team" (or "practice only" for the same organisation);
//                consent not recorded is not consent;
//     referred   a referral of the person that is still open or being seen (sent, accepted,
//                seen) to a service the peer provides: the referral's service id is one of
//                the peer's service ids. Referred back or declined ends it. The name of the
//                service is never matched;
//     all        everyone not excluded above (consent not recorded included);
//     list       only the people on the peer's list (peer_patient).
// Later exports follow the record as it is then: a withdrawal stops every later export.
class SharingRule
{
public:
    // This site's own ODS code (SiteKeyStore::organisation), to recognise its own organisation.
    explicit SharingRule(std::string ownOdsCode);
    static base::Result<SharingRule> forStore(record::RecordStore& store);

    SharingDecision decide(const Peer& peer, model::SharingConsent consent,
                           const std::vector<model::Referral>& referrals, bool onList) const;
    static bool referralReaches(const Peer& peer, const model::Referral& referral);
    bool sameOrganisation(const Peer& peer) const;

    // The same decision from the record's current tables.
    base::Result<SharingDecision> decideFor(record::RecordStore& store, const Peer& peer,
                                            const std::string& patientId) const;
    // Everyone whose records may go to the peer now (record ids, sorted), for an export.
    base::Result<std::vector<std::string>> patientsFor(record::RecordStore& store, const Peer& peer) const;

private:
    std::string m_ownOdsCode;
};

} // namespace carehouse::exchange
