#include "core/letters/ResultsLetterBatch.h"

#include "core/record/RecordStore.h"

#include <algorithm>

namespace carehouse::letters {

namespace {

bool inRange(const recall::CycleState& cycle, const ResultsLetterBatch::Selection& s)
{
    if (!s.from && !s.to)
        return true;
    if (!cycle.carePlanning)
        return false;
    const auto day = cycle.carePlanning->date;
    return (!s.from || !(day < *s.from)) && (!s.to || !(*s.to < day));
}

} // namespace

base::Result<ResultsLetterBatch> ResultsLetterBatch::plan(record::RecordStore& store, const Selection& selection)
{
    if (auto st = store.require(security::Permission::ManageRecall); !st)
        return st.error();
    auto rows = recall::WorklistReader(store).list(recall::WorklistKind::LettersToSend);
    if (!rows)
        return rows.error();
    return plan(*rows, selection);
}

ResultsLetterBatch ResultsLetterBatch::plan(const std::vector<recall::WorklistRow>& rows, const Selection& selection)
{
    ResultsLetterBatch b;
    b.m_selection = selection;
    const auto& only = selection.patientIds;
    for (const auto& row : rows) {
        if (!recall::WorklistReader::belongs(recall::WorklistKind::LettersToSend, row.cycle))
            continue;
        if (!only.empty() && std::find(only.begin(), only.end(), row.patientId) == only.end())
            continue;
        if (!inRange(row.cycle, selection))
            continue;
        Person p{row.patientId, row.name, row.nhsNumber};
        if (row.restricted)
            b.m_skipped.push_back({std::move(p), Reason::Restricted, {}});
        else
            b.m_people.push_back(std::move(p));
    }
    return b;
}

std::optional<ResultsLetterContent> ResultsLetterBatch::next(record::RecordStore& store)
{
    while (m_next < m_people.size()) {
        const Person& person = m_people[m_next++];
        auto content = ResultsLetterComposer::compose(store, person.patientId, m_selection.compose);
        if (!content) {
            m_skipped.push_back({person, Reason::NotComposed, content.error()});
            continue;
        }
        // Checked on the composed letter too: the record may have changed since planning.
        if (content->person.addressWithheld) {
            m_skipped.push_back({person, Reason::Restricted, {}});
            continue;
        }
        if (content->person.addressLines.empty()) {
            m_skipped.push_back({person, Reason::NoAddress, {}});
            continue;
        }
        ++m_composed;
        return std::move(content).value();
    }
    return std::nullopt;
}

} // namespace carehouse::letters
