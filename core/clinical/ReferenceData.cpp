#include "core/clinical/ReferenceData.h"

#include "core/clinical/CareProcessCatalogue.h"
#include "core/clinical/ConditionCatalogue.h"

namespace carehouse::clinical {

base::Status ReferenceData::check()
{
    if (auto c = CareProcessCatalogue::standard(); !c)
        return c.error();
    if (auto c = ConditionCatalogue::standard(); !c)
        return c.error();
    return {};
}

} // namespace carehouse::clinical
