#pragma once

#include "core/base/Result.h"
#include "core/model/Patient.h"
#include "core/record/PatientRepository.h"

#include <string>

namespace carehouse::record {

class RecordStore;

// A clinician's verdict on two records with one NHS number: they are the same person. The other
// record then names the main one (Patient::linkedTo), so a result for that NHS number files
// against the main record and both records point to each other on screen. Nothing is moved or
// deleted, and the link is an edit of the other record that syncs like any other, so every site
// sees the same pair linked. Never made automatically.
class DuplicateLink
{
public:
    explicit DuplicateLink(RecordStore& store)
        : m_store(store)
    {
    }

    // Refused (InvalidState, field "record link", detail naming why) when the two are one
    // record, their NHS numbers differ or are missing, or the main record is itself linked to a
    // third: a link always names a record that stands alone.
    base::Status link(const std::string& mainId, const std::string& otherId);
    // Undoes a link made in error: the record stands alone again and is offered as a possible
    // duplicate once more.
    base::Status unlink(const std::string& otherId);

private:
    // A new version of the other record (read by the caller) naming the main one, or none.
    base::Status write(const Versioned<model::Patient>& other, const std::string& linkedTo, const char* action);

    RecordStore& m_store;
};

} // namespace carehouse::record
