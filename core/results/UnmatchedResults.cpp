#include "core/results/UnmatchedResults.h"

#include "core/base/Uuid.h"
#include "core/clinical/CareProcessCatalogue.h"
#include "core/record/FieldRecordReader.h"
#include "core/record/PatientRepository.h"
#include "core/record/RecordStore.h"
#include "core/results/ResultMatcher.h"

namespace carehouse::results {

using base::Error;
using base::ErrorCode;

namespace {

UnmatchedItem describe(record::Versioned<model::UnmatchedResult>&& v, const clinical::CareProcessCatalogue& catalogue)
{
    UnmatchedItem item{std::move(v.value), v.headSeq, {}, {}};
    const auto* catItem = catalogue.itemByCode(item.result.code);
    item.itemName = catItem ? catItem->name : item.result.code;
    item.valueText = catItem ? catItem->formatValue(item.result.value, item.result.value2, {}) : std::string();
    return item;
}

} // namespace

base::Result<std::vector<UnmatchedItem>> UnmatchedResults::open()
{
    if (auto st = m_store.require(security::Permission::ViewRecord); !st)
        return st.error();
    auto catalogue = clinical::CareProcessCatalogue::standard();
    if (!catalogue)
        return catalogue.error();
    auto rows = record::FieldRecordReader(m_store).all<model::UnmatchedResult>(
        "status = 'open' ORDER BY received_on, effective");
    if (!rows)
        return rows.error();
    std::vector<UnmatchedItem> out;
    for (auto& r : *rows)
        out.push_back(describe(std::move(r), **catalogue));
    return out;
}

base::Result<UnmatchedItem> UnmatchedResults::find(const std::string& id)
{
    auto catalogue = clinical::CareProcessCatalogue::standard();
    if (!catalogue)
        return catalogue.error();
    auto found = record::FieldRecordReader(m_store).byId<model::UnmatchedResult>(id);
    if (!found)
        return found.error();
    return describe(std::move(found).value(), **catalogue);
}

base::Result<std::string> UnmatchedResults::match(const std::string& unmatchedId, const std::string& patientId)
{
    if (auto st = m_store.require(security::Permission::ImportResults); !st)
        return st.error();
    auto found = find(unmatchedId);
    if (!found)
        return found.error();
    auto entry = found->result;
    if (entry.status != model::UnmatchedResult::Status::Open)
        return Error::make(ErrorCode::InvalidState, "unmatched result", unmatchedId)
            .withDetail(std::string(model::unmatchedStatusCode(entry.status)));
    auto patient = record::PatientRepository(m_store).patient(patientId);
    if (!patient)
        return patient.error();
    auto catalogue = clinical::CareProcessCatalogue::standard();
    if (!catalogue)
        return catalogue.error();
    const auto* item = (*catalogue)->itemByCode(entry.code);

    model::Observation o;
    o.id = base::newUuid();
    o.patientId = patientId;
    o.code = entry.code;
    o.effective = entry.effective;
    o.value = entry.value;
    o.value2 = entry.value2;
    o.unit = item ? item->unit : std::string();
    o.originalValue = entry.originalValue;
    o.originalUnit = entry.originalUnit;
    o.source = model::Observation::Source::Lab;
    o.sourceKey = entry.sourceKey;
    o.note = "matched by hand from the unmatched results queue";

    record::ChangeSet cs("match-result", patientId);
    std::vector<std::string> taken;
    bool fulfilled = false;
    if (auto st = ResultMatcher(m_store).attach(o, cs, taken, fulfilled); !st)
        return st.error();
    entry.status = model::UnmatchedResult::Status::Matched;
    entry.matchedPatientId = patientId;
    entry.matchedObservationId = o.id;
    cs.addRecord(entry, found->headSeq);
    if (auto r = m_store.commit(cs); !r)
        return r.error();
    return o.id;
}

base::Status UnmatchedResults::discard(const std::string& unmatchedId, const std::string& reason)
{
    if (auto st = m_store.require(security::Permission::ImportResults); !st)
        return st;
    if (reason.empty())
        return Error::make(ErrorCode::RequiredField, "reason");
    auto found = find(unmatchedId);
    if (!found)
        return found.error();
    auto entry = found->result;
    if (entry.status != model::UnmatchedResult::Status::Open)
        return Error::make(ErrorCode::InvalidState, "unmatched result", unmatchedId);
    entry.status = model::UnmatchedResult::Status::Discarded;
    entry.note = reason;
    record::ChangeSet cs("discard-result");
    cs.addRecord(entry, found->headSeq);
    if (auto r = m_store.commit(cs); !r)
        return r.error();
    return {};
}

} // namespace carehouse::results
