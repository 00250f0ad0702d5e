#include "core/record/PracticeCatalogue.h"

#include "core/record/FieldRecordReader.h"
#include "core/record/RecordStore.h"

namespace carehouse::record {

using clinical::CareProcessCatalogue;

base::Result<std::shared_ptr<const CareProcessCatalogue>> PracticeCatalogue::of(const RecordStore& store)
{
    auto chosen = store.setting(CareProcessCatalogue::kTargetProfileSetting);
    if (!chosen) {
        if (chosen.error().code == base::ErrorCode::NotFound)
            return CareProcessCatalogue::standard();
        return chosen.error();
    }
    return CareProcessCatalogue::withTargetProfile(*chosen);
}

base::Result<std::shared_ptr<const CareProcessCatalogue>> PracticeCatalogue::forPatient(RecordStore& store,
                                                                                        const std::string& patientId)
{
    auto practice = of(store);
    if (!practice)
        return practice.error();
    auto plans = FieldRecordReader(store).all<model::CarePlan>(
        "patient_id = ? ORDER BY consulted_on DESC, head_seq DESC LIMIT 1", {patientId});
    if (!plans)
        return plans.error();
    if (plans->empty() || plans->front().value.targets.empty())
        return practice;
    return (*practice)->withAgreedTargets(plans->front().value.targets);
}

base::Status PracticeCatalogue::choose(RecordStore& store, const std::string& profileId)
{
    if (auto c = CareProcessCatalogue::withTargetProfile(profileId); !c)
        return c.error();
    return store.setSetting(CareProcessCatalogue::kTargetProfileSetting, profileId);
}

} // namespace carehouse::record
