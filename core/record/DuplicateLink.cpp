#include "core/record/DuplicateLink.h"

#include "core/record/ChangeSet.h"
#include "core/record/PatientRepository.h"
#include "core/record/RecordStore.h"

namespace carehouse::record {

using base::Error;
using base::ErrorCode;

namespace {

Error refused(const char* why, const std::string& id)
{
    return Error::make(ErrorCode::InvalidState, "record link", id).withDetail(why);
}

} // namespace

base::Status DuplicateLink::link(const std::string& mainId, const std::string& otherId)
{
    if (auto st = m_store.require(security::Permission::LinkRecords); !st)
        return st;
    if (mainId == otherId)
        return refused("same-record", otherId);
    PatientRepository repo(m_store);
    auto main = repo.patient(mainId);
    if (!main)
        return main.error();
    auto other = repo.patient(otherId);
    if (!other)
        return other.error();
    if (main->value.nhsNumber.empty() || main->value.nhsNumber != other->value.nhsNumber)
        return refused("nhs-numbers-differ", otherId);
    if (!main->value.linkedTo.empty())
        return refused("main-is-linked", mainId);
    if (other->value.linkedTo == mainId)
        return {};
    return write(*other, mainId, "link-duplicate-record");
}

base::Status DuplicateLink::unlink(const std::string& otherId)
{
    if (auto st = m_store.require(security::Permission::LinkRecords); !st)
        return st;
    auto other = PatientRepository(m_store).patient(otherId);
    if (!other)
        return other.error();
    if (other->value.linkedTo.empty())
        return refused("not-linked", otherId);
    return write(*other, {}, "unlink-duplicate-record");
}

base::Status DuplicateLink::write(const Versioned<model::Patient>& other, const std::string& linkedTo,
                                  const char* action)
{
    auto p = other.value;
    p.linkedTo = linkedTo;
    ChangeSet cs(action, p.id);
    cs.addPatient(p, other.headSeq);
    if (auto r = m_store.commit(cs); !r)
        return r.error();
    return {};
}

} // namespace carehouse::record
