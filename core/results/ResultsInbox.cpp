#include "core/results/ResultsInbox.h"

#include "core/base/Uuid.h"
#include "core/clinical/CareProcessCatalogue.h"
#include "core/model/NhsNumber.h"
#include "core/model/Patient.h"
#include "core/record/PatientRepository.h"
#include "core/record/PracticeCatalogue.h"
#include "core/record/RecordStore.h"

#include <algorithm>
#include <fmt/format.h>

namespace carehouse::results {

using base::Error;
using base::ErrorCode;

base::Result<std::vector<InboxItem>> ResultsInbox::awaitingReview(std::size_t limit)
{
    if (auto st = m_store.require(security::Permission::ViewRecord); !st)
        return st.error();
    auto catalogue = record::PracticeCatalogue::of(m_store);
    if (!catalogue)
        return catalogue.error();
    // Laboratory results are the observations with a source key; the partial index finds them.
    auto st = m_store.statements().get(
        "SELECT o.id, o.patient_id, o.code, o.effective, o.value, o.value2, o.unit, o.original_value, "
        "o.original_unit, p.title, p.given_name, p.family_name, p.nhs_number, p.birth_date, p.ethnicity "
        "FROM observation o JOIN patient p ON p.id = o.patient_id "
        "WHERE o.source_key IS NOT NULL AND o.source = 'lab' AND o.status = 'final' "
        "AND NOT EXISTS (SELECT 1 FROM result_review r WHERE r.observation_id = o.id)");
    if (!st)
        return st.error();
    auto& s = **st;
    std::vector<InboxItem> out;
    while (true) {
        auto row = s.step();
        if (!row) {
            s.reset();
            return row.error();
        }
        if (!*row)
            break;
        InboxItem item;
        auto& o = item.result;
        o.id = s.columnText(0);
        o.patientId = s.columnText(1);
        o.code = s.columnText(2);
        o.effective = base::CivilDate::parseIso(s.columnText(3)).value_or(base::CivilDate{});
        o.value = s.columnOptionalDouble(4);
        o.value2 = s.columnOptionalDouble(5);
        o.unit = s.columnText(6);
        o.originalValue = s.columnOptionalDouble(7);
        o.originalUnit = s.columnText(8);
        o.source = model::Observation::Source::Lab;
        model::Patient p;
        p.title = s.columnText(9);
        p.givenName = s.columnText(10);
        p.familyName = s.columnText(11);
        item.patientName = model::bannerName(p);
        item.nhsNumber = s.columnText(12);
        if (auto dob = base::CivilDate::parseIso(s.columnText(13)))
            item.birthDate = dob->display();
        const auto* catItem = (*catalogue)->itemByCode(o.code);
        item.itemName = catItem ? catItem->name : o.code;
        if (catItem) {
            item.valueText = catItem->formatValue(o.value, o.value2, {});
            item.flag = catItem->flagFor(o.value, o.value2, {}, (*catalogue)->higherRiskBackground(s.columnText(14)))
                            .value_or("");
            if (o.originalValue) {
                const auto* conv = catItem->conversionFrom(o.originalUnit);
                item.originalText = fmt::format("{:g} {}", *o.originalValue, conv ? conv->unitDisplay : o.originalUnit);
            }
        }
        out.push_back(std::move(item));
    }
    s.reset();
    // Abnormal first, then the longest waiting, so nothing urgent sits under routine results.
    std::stable_sort(out.begin(), out.end(), [](const InboxItem& a, const InboxItem& b) {
        if (a.flag.empty() != b.flag.empty())
            return !a.flag.empty();
        return a.result.effective < b.result.effective;
    });
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

base::Status ResultsInbox::review(const std::string& observationId, model::ResultReview::Outcome outcome,
                                  const std::string& comment)
{
    if (auto st = m_store.require(security::Permission::ReviewResults); !st)
        return st;
    auto st = m_store.statements().get("SELECT o.patient_id, o.source, "
                                       "EXISTS (SELECT 1 FROM result_review r WHERE r.observation_id = o.id) "
                                       "FROM observation o WHERE o.id = ?");
    if (!st)
        return st.error();
    auto& s = **st;
    s.bind(1, observationId);
    auto row = s.step();
    if (!row) {
        s.reset();
        return row.error();
    }
    if (!*row) {
        s.reset();
        return Error::make(ErrorCode::NotFound, "result", observationId);
    }
    const auto patientId = s.columnText(0);
    const bool lab = s.columnText(1) == "lab";
    const bool reviewed = s.columnInt(2) != 0;
    s.reset();
    if (!lab)
        return Error::make(ErrorCode::InvalidState, "result", observationId).withDetail("not a laboratory result");
    if (reviewed)
        return Error::make(ErrorCode::InvalidState, "result", observationId).withDetail("already reviewed");
    if (outcome == model::ResultReview::Outcome::ActionNeeded && comment.empty())
        return Error::make(ErrorCode::RequiredField, "comment");
    model::ResultReview review{base::newUuid(),
                               patientId,
                               observationId,
                               outcome,
                               comment,
                               m_store.clock().today(),
                               m_store.currentUser() ? m_store.currentUser()->username : std::string()};
    record::ChangeSet cs("review-result", patientId);
    cs.addRecord(review);
    if (auto r = m_store.commit(cs); !r)
        return r.error();
    return {};
}

} // namespace carehouse::results
