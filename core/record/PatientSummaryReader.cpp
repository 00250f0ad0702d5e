#include "core/record/PatientSummaryReader.h"

#include "core/clinical/ConditionCatalogue.h"
#include "core/recall/Worklist.h"
#include "core/record/PracticeCatalogue.h"
#include "core/record/RecordStore.h"

namespace carehouse::record {

base::Result<PatientSummary> PatientSummaryReader::open(const std::string& patientId)
{
    if (auto st = m_store.require(security::Permission::ViewRecord); !st)
        return st.error();
    PatientRepository repo(m_store);
    PatientSummary summary;
    auto patient = repo.patient(patientId);
    if (!patient)
        return patient.error();
    summary.patient = std::move(patient).value();

    auto conditions = repo.conditions(patientId);
    if (!conditions)
        return conditions.error();
    auto conditionCatalogue = clinical::ConditionCatalogue::standard();
    if (!conditionCatalogue)
        return conditionCatalogue.error();
    for (auto& c : *conditions) {
        if (c.value.status == model::Condition::Status::EnteredInError)
            continue;
        const auto* entry = (*conditionCatalogue)->find(c.value.code);
        bool active = c.value.status == model::Condition::Status::Active;
        if (active && entry && entry->diabetes && !summary.diabetes)
            summary.diabetes = c.value;
        else if (active)
            summary.otherLongTermConditions.push_back(c.value);
        summary.conditions.push_back(std::move(c));
    }

    auto catalogue = PracticeCatalogue::forPatient(m_store, patientId);
    if (!catalogue)
        return catalogue.error();
    for (const auto& process : (*catalogue)->processes()) {
        for (const auto& item : process.items) {
            CareProcessLatest row{process.number, process.name, item, std::nullopt, {}, {}};
            auto latest = repo.latestObservation(patientId, item.code);
            if (!latest)
                return latest.error();
            row.latest = *latest;
            if (row.latest) {
                row.valueText = item.formatValue(row.latest->value, row.latest->value2, row.latest->valueCode);
                row.flag = item.flagFor(row.latest->value, row.latest->value2, row.latest->valueCode,
                                        (*catalogue)->higherRiskBackground(summary.patient.value.ethnicity))
                               .value_or("");
            }
            summary.careProcesses.push_back(std::move(row));
        }
    }
    if (summary.diabetes) {
        auto cycle = recall::WorklistReader(m_store).cycleOf(patientId);
        if (!cycle)
            return cycle.error();
        summary.cycle = *cycle;
    }
    if (auto st = m_store.recordAccess(patientId); !st)
        return st.error();
    return summary;
}

} // namespace carehouse::record
