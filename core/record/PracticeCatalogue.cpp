#include "core/record/PracticeCatalogue.h"

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

base::Status PracticeCatalogue::choose(RecordStore& store, const std::string& profileId)
{
    if (auto c = CareProcessCatalogue::withTargetProfile(profileId); !c)
        return c.error();
    return store.setSetting(CareProcessCatalogue::kTargetProfileSetting, profileId);
}

} // namespace carehouse::record
