#pragma once

#include "core/clinical/CareProcessCatalogue.h"
#include "core/model/Condition.h"
#include "core/model/Observation.h"
#include "core/model/Patient.h"
#include "core/recall/CareCycle.h"
#include "core/record/PatientRepository.h"

#include <optional>
#include <string>
#include <vector>

namespace carehouse::record {

// The latest value of one care-process item ("Not recorded" when latest is empty).
struct CareProcessLatest
{
    int processNumber = 0;
    std::string processName;
    clinical::CareProcessCatalogue::Item item;
    std::optional<model::Observation> latest;
    std::string valueText; // formatted with its unit; empty when not recorded
    std::string flag; // why the value needs attention (above target, abnormal band); empty when none
};

// What the summary page and `patient show` present about one person.
struct PatientSummary
{
    Versioned<model::Patient> patient;
    std::vector<Versioned<model::Condition>> conditions; // active and resolved, not entered-in-error
    std::optional<model::Condition> diabetes; // the active diabetes diagnosis, if any
    std::vector<model::Condition> otherLongTermConditions; // active, not diabetes
    std::vector<CareProcessLatest> careProcesses; // catalogue order
    std::optional<recall::CycleState> cycle; // this year's review, for people on the diabetes register
};

} // namespace carehouse::record
