#pragma once

#include "core/base/Result.h"
#include "core/recall/CareCycle.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace carehouse::record {
class RecordStore;
}

namespace carehouse::recall {

// The admin team's and HCA's lists, each a filter over everyone's derived cycle.
enum class WorklistKind
{
    Due, // due or overdue, not yet invited
    InvitedOnce,
    InvitedTwice,
    SurveillanceToBook,
    ResultsAwaiting,
    LettersToSend,
    CarePlanningToBook,
    Exceptions
};

std::string_view worklistCode(WorklistKind k); // "due", "invited-once", ... as the CLI takes them
std::optional<WorklistKind> worklistFromCode(std::string_view code);
const std::vector<WorklistKind>& allWorklists();

struct WorklistRow
{
    std::string patientId;
    std::string name; // banner form
    std::string nhsNumber; // digits
    base::CivilDate birthDate;
    int age = 0;
    std::string postcode; // empty for a restricted record
    bool restricted = false;
    // The person's other long-term conditions (hypertension, CKD, ...), reviewed in the same
    // yearly cycle: one invitation and one care planning consultation for all of them.
    std::vector<std::string> alsoReviewed;
    CycleState cycle;
};

// Builds worklists over the whole register in a few bulk reads (no query per person).
class WorklistReader
{
public:
    explicit WorklistReader(record::RecordStore& store)
        : m_store(store)
    {
    }
    // Everyone on the register with their cycle, for one or several lists.
    base::Result<std::vector<WorklistRow>> everyone();
    base::Result<std::vector<WorklistRow>> list(WorklistKind kind);
    // One person's cycle (the patient page, `invite`).
    base::Result<CycleState> cycleOf(const std::string& patientId);

    static bool belongs(WorklistKind kind, const CycleState& c);
    // The rows of `everyone` on one list, most urgent first (the CLI, the GUI and list() agree).
    static std::vector<WorklistRow> select(WorklistKind kind, const std::vector<WorklistRow>& everyone);

private:
    record::RecordStore& m_store;
};

} // namespace carehouse::recall
