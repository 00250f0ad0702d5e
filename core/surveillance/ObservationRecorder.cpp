#include "core/surveillance/ObservationRecorder.h"

#include "core/base/TextFold.h"
#include "core/base/Uuid.h"
#include "core/clinical/CareProcessCatalogue.h"
#include "core/clinical/ValueCheck.h"
#include "core/record/PatientRepository.h"
#include "core/record/RecordStore.h"

#include <charconv>

namespace carehouse::surveillance {

using base::Error;
using base::ErrorCode;
using Item = clinical::CareProcessCatalogue::Item;

namespace {

std::optional<double> number(std::string_view text)
{
    while (!text.empty() && text.front() == ' ')
        text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ')
        text.remove_suffix(1);
    double v = 0;
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (text.empty() || ec != std::errc() || ptr != text.data() + text.size())
        return std::nullopt;
    return v;
}

} // namespace

base::Result<model::Observation> ObservationRecorder::prepare(const std::string& patientId, const std::string& itemKey,
                                                              const std::string& valueText, const std::string& unit,
                                                              const std::string& date, bool confirmOutsideRange)
{
    if (auto st = m_store.require(security::Permission::RecordObservation); !st)
        return st.error();
    auto catalogue = clinical::CareProcessCatalogue::standard();
    if (!catalogue)
        return catalogue.error();
    const auto* item = (*catalogue)->itemByAnyCode(itemKey);
    if (!item)
        return Error::make(ErrorCode::UnknownCode, "care-process item", itemKey);
    if (auto p = record::PatientRepository(m_store).patient(patientId); !p)
        return p.error();

    clinical::EnteredValue entered;
    entered.unit = unit;
    if (item->kind == Item::Kind::Category) {
        // An option by its code or by its words ("ex-smoker").
        for (const auto& o : item->options)
            if (o.code == valueText || base::foldForSearch(o.display) == base::foldForSearch(valueText))
                entered.valueCode = o.code;
        if (entered.valueCode.empty())
            return Error::make(ErrorCode::UnknownCode, item->name, valueText);
    } else if (item->kind == Item::Kind::Pair) {
        auto slash = valueText.find('/');
        entered.value
            = slash == std::string::npos ? std::nullopt : number(std::string_view(valueText).substr(0, slash));
        entered.value2
            = slash == std::string::npos ? std::nullopt : number(std::string_view(valueText).substr(slash + 1));
        if (!entered.value || !entered.value2)
            return Error::make(ErrorCode::InvalidArgument, item->name, valueText).withHint("140/80");
    } else {
        entered.value = number(valueText);
        if (!entered.value)
            return Error::make(ErrorCode::InvalidArgument, item->name, valueText);
    }
    auto checked = clinical::ValueCheck::check(*item, entered, confirmOutsideRange);
    if (!checked)
        return checked.error();

    const auto today = m_store.clock().today();
    base::CivilDate effective = today;
    if (!date.empty()) {
        auto parsed = base::CivilDate::parse(date, "date");
        if (!parsed)
            return parsed.error();
        effective = *parsed;
    }
    if (effective > today)
        return Error::make(ErrorCode::DateInFuture, "date", effective.display());

    model::Observation o;
    o.id = base::newUuid();
    o.patientId = patientId;
    o.code = item->code;
    o.effective = effective;
    o.value = checked->value;
    o.value2 = checked->value2;
    o.valueCode = checked->valueCode;
    o.unit = checked->unit;
    o.originalValue = checked->originalValue;
    o.originalUnit = checked->originalUnit;
    if (checked->confirmedOutsideRange)
        o.note = "confirmed outside the plausible range";
    return o;
}

base::Result<std::string> ObservationRecorder::record(const model::Observation& observation)
{
    record::ChangeSet cs("record-observation", observation.patientId);
    cs.addObservation(observation);
    if (auto r = m_store.commit(cs); !r)
        return r.error();
    return observation.id;
}

} // namespace carehouse::surveillance
