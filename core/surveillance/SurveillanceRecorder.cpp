#include "core/surveillance/SurveillanceRecorder.h"

#include "core/base/Uuid.h"
#include "core/clinical/CareProcessCatalogue.h"
#include "core/clinical/ValueCheck.h"
#include "core/record/FieldRecordReader.h"
#include "core/record/PatientRepository.h"
#include "core/record/RecordStore.h"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>
#include <map>

namespace carehouse::surveillance {

using base::Error;
using base::ErrorCode;
using clinical::CareProcessCatalogue;
using Item = CareProcessCatalogue::Item;

namespace {

// Tests the HCA sends with "bloods" and with "urine" (catalogue item ids).
const std::vector<std::string> kBloodTests = {"hba1c", "cholesterol", "creatinine", "egfr"};
const std::vector<std::string> kUrineTests = {"acr"};

// Risk categories in order, so the foot care process can take the higher of the two feet.
int footRank(const std::string& code)
{
    static const std::vector<std::string> order = {"low", "moderate", "high", "active"};
    auto it = std::find(order.begin(), order.end(), code);
    return it == order.end() ? -1 : static_cast<int>(it - order.begin());
}

struct PlannedValue
{
    const Item* item = nullptr;
    clinical::CheckedValue value;
    std::string note;
};

class Plan
{
public:
    Plan(const CareProcessCatalogue& catalogue, const SurveillanceEntry& entry)
        : m_catalogue(catalogue)
        , m_entry(entry)
    {
    }

    void quantity(const char* id, std::optional<double> v, const std::string& unit)
    {
        if (v)
            check(id, {v, std::nullopt, {}, unit});
    }
    void category(const char* id, const std::string& code, std::string note = {})
    {
        if (!code.empty())
            check(id, {std::nullopt, std::nullopt, code, {}}, std::move(note));
    }
    void check(const char* id, const clinical::EnteredValue& v, std::string note = {}, bool alsoConfirmed = false)
    {
        const auto* item = m_catalogue.itemById(id);
        if (!item) {
            m_problems.push_back(Error::make(ErrorCode::ResourceInvalid, id).withDetail("not in the catalogue"));
            return;
        }
        const bool confirmed = alsoConfirmed || m_entry.confirmedOutsideRange.count(id) > 0;
        auto checked = clinical::ValueCheck::check(*item, v, confirmed);
        if (!checked) {
            auto e = checked.error();
            e.field = id; // the form puts the problem beside this item's field
            m_problems.push_back(std::move(e));
            return;
        }
        if (checked->confirmedOutsideRange)
            note = note.empty() ? "confirmed outside the plausible range"
                                : note + "; confirmed outside the plausible range";
        m_values.push_back({item, std::move(checked).value(), std::move(note)});
    }
    const clinical::CheckedValue* planned(const char* id) const
    {
        for (const auto& p : m_values)
            if (p.item->id == id)
                return &p.value;
        return nullptr;
    }

    std::vector<PlannedValue>& values() { return m_values; }
    std::vector<Error>& problems() { return m_problems; }

private:
    const CareProcessCatalogue& m_catalogue;
    const SurveillanceEntry& m_entry;
    std::vector<PlannedValue> m_values;
    std::vector<Error> m_problems;
};

// Builds every value the entry implies: derived BMI, the counted BP and the overall foot risk.
void planEntry(Plan& plan, const SurveillanceEntry& e, std::optional<double> heightToday)
{
    plan.quantity("weight", e.weight, e.weightUnit);
    plan.quantity("height", e.height, e.heightUnit);
    const auto* w = plan.planned("weight");
    const auto* h = plan.planned("height");
    std::optional<double> heightCm = h ? h->value : heightToday;
    if (w && heightCm && *heightCm > 0) {
        plan.check("bmi", {SurveillanceRecorder::bmiFrom(*w->value, *heightCm), std::nullopt, {}, {}},
                   "calculated from weight and height");
    }
    for (const auto& r : e.bloodPressure)
        plan.check("bp-reading", {r.systolic, r.diastolic, {}, {}});
    if (auto counted = SurveillanceRecorder::countedReading(e.bloodPressure)) {
        const auto n = e.bloodPressure.size();
        std::string note
            = n == 1 ? "single reading" : fmt::format("lower of the last two of {} readings (NICE NG136)", n);
        // A reading confirmed as right makes the reading it counts as confirmed too.
        plan.check("blood-pressure", {counted->systolic, counted->diastolic, {}, {}}, note,
                   e.confirmedOutsideRange.count("bp-reading") > 0);
    }
    plan.category("smoking", e.smoking);
    plan.category("smoking-advice", e.smokingAdvice);
    plan.category("foot-left", e.footLeft);
    plan.category("foot-right", e.footRight);
    if (!e.footLeft.empty() || !e.footRight.empty()) {
        const std::string& higher = footRank(e.footLeft) >= footRank(e.footRight) ? e.footLeft : e.footRight;
        const bool both = !e.footLeft.empty() && !e.footRight.empty();
        plan.category("foot-risk", higher, both ? "the higher risk of the two feet" : "one foot examined");
    }
    plan.category("eye", e.eyeScreening);
    plan.category("education", e.education);
    plan.category("care-planning-explained", e.carePlanningExplained);
}

bool sameValue(const model::Observation& o, const clinical::CheckedValue& v)
{
    auto near = [](std::optional<double> a, std::optional<double> b) {
        return a.has_value() == b.has_value() && (!a || std::fabs(*a - *b) < 1e-9);
    };
    return near(o.value, v.value) && near(o.value2, v.value2) && o.valueCode == v.valueCode;
}

} // namespace

double SurveillanceRecorder::bmiFrom(double weightKg, double heightCm)
{
    const double m = heightCm / 100.0;
    return std::round(weightKg / (m * m) * 10.0) / 10.0;
}

std::optional<BloodPressureReading>
SurveillanceRecorder::countedReading(const std::vector<BloodPressureReading>& readings)
{
    if (readings.empty())
        return std::nullopt;
    if (readings.size() == 1)
        return readings.front();
    const auto& a = readings[readings.size() - 2];
    const auto& b = readings.back();
    if (a.systolic != b.systolic)
        return a.systolic < b.systolic ? a : b;
    return a.diastolic <= b.diastolic ? a : b;
}

std::vector<Error> SurveillanceRecorder::validate(const SurveillanceEntry& entry)
{
    auto catalogue = CareProcessCatalogue::standard();
    if (!catalogue)
        return {catalogue.error()};
    Plan plan(**catalogue, entry);
    planEntry(plan, entry, std::nullopt);
    return plan.problems();
}

base::Result<SurveillanceSaved> SurveillanceRecorder::save(const std::string& patientId, const SurveillanceEntry& entry,
                                                           bool complete)
{
    if (auto st = m_store.require(security::Permission::RecordObservation); !st)
        return st.error();
    auto catalogue = CareProcessCatalogue::standard();
    if (!catalogue)
        return catalogue.error();
    record::PatientRepository repo(m_store);
    if (auto p = repo.patient(patientId); !p)
        return p.error();
    const auto today = m_store.clock().today();

    // Values already recorded today are this appointment's, saved earlier: change, not add.
    // One read gives both the single values (by code) and today's BP readings, in the order taken.
    const auto* readingItem = (*catalogue)->itemById("bp-reading");
    std::map<std::string, std::pair<model::Observation, std::int64_t>> earlier;
    std::vector<std::pair<model::Observation, std::int64_t>> savedReadings;
    {
        auto st = m_store.statements().get("SELECT o.id, o.code, o.value, o.value2, o.value_code, o.head_seq, "
                                           "o.unit, o.note FROM observation o WHERE o.patient_id = ? AND "
                                           "o.effective = ? AND o.status = 'final' AND o.source = 'entered' "
                                           "ORDER BY o.head_seq");
        if (!st)
            return st.error();
        auto& s = **st;
        s.bind(1, patientId).bind(2, today.iso());
        while (true) {
            auto row = s.step();
            if (!row) {
                s.reset();
                return row.error();
            }
            if (!*row)
                break;
            model::Observation o;
            o.id = s.columnText(0);
            o.patientId = patientId;
            o.code = s.columnText(1);
            o.effective = today;
            o.value = s.columnOptionalDouble(2);
            o.value2 = s.columnOptionalDouble(3);
            o.valueCode = s.columnText(4);
            o.unit = s.columnText(6);
            o.note = s.columnText(7);
            if (readingItem && o.code == readingItem->code)
                savedReadings.emplace_back(std::move(o), s.columnInt64(5));
            else {
                const std::string code = o.code; // the key, taken before the value is moved in
                earlier[code] = {std::move(o), s.columnInt64(5)};
            }
        }
        s.reset();
    }
    // An adult's height changes little: the latest one recorded serves when none is typed today.
    std::optional<double> knownHeight;
    if (const auto* height = (*catalogue)->itemById("height")) {
        auto latest = repo.latestObservation(patientId, height->code);
        if (!latest)
            return latest.error();
        if (*latest)
            knownHeight = (*latest)->value;
    }

    Plan plan(**catalogue, entry);
    SurveillanceSaved saved;
    planEntry(plan, entry, knownHeight);
    saved.countedBloodPressure = countedReading(entry.bloodPressure);
    saved.bloodPressureReadings = static_cast<int>(entry.bloodPressure.size());
    if (!plan.problems().empty())
        return plan.problems().front();

    record::ChangeSet cs(complete ? "complete-surveillance" : "save-surveillance", patientId);
    std::vector<BloodPressureReading> todaysReadings;
    for (const auto& [o, seq] : savedReadings)
        if (o.value && o.value2)
            todaysReadings.push_back({*o.value, *o.value2});
    const auto sameReading = [](const BloodPressureReading& a, const BloodPressureReading& b) {
        return a.systolic == b.systolic && a.diastolic == b.diastolic;
    };
    // The same set as saved before adds nothing; a changed set replaces the whole earlier set.
    bool readingsReplaced = todaysReadings.size() == entry.bloodPressure.size()
        && std::equal(todaysReadings.begin(), todaysReadings.end(), entry.bloodPressure.begin(), sameReading);
    const bool readingsUnchanged = readingsReplaced;
    for (auto& p : plan.values()) {
        const bool reading = p.item == readingItem;
        if (reading && readingsUnchanged)
            continue;
        if (reading && !readingsReplaced) {
            for (const auto& [old, head] : savedReadings)
                cs.retractObservation(old, head);
            readingsReplaced = true;
        }
        if (!reading) {
            auto it = earlier.find(p.item->code);
            if (it != earlier.end()) {
                if (sameValue(it->second.first, p.value))
                    continue; // saved before with the same value
                cs.retractObservation(it->second.first, it->second.second);
                ++saved.corrections;
            }
        }
        model::Observation o;
        o.id = base::newUuid();
        o.patientId = patientId;
        o.code = p.item->code;
        o.effective = today;
        o.value = p.value.value;
        o.value2 = p.value.value2;
        o.valueCode = p.value.valueCode;
        o.unit = p.value.unit;
        o.originalValue = p.value.originalValue;
        o.originalUnit = p.value.originalUnit;
        o.note = p.note;
        if (p.item->id == "bmi")
            saved.bmi = o.value;
        cs.addObservation(o);
        ++saved.observations;
    }

    auto pending = record::FieldRecordReader(m_store).all<model::LabRequest>("patient_id = ? AND status = 'pending'",
                                                                             {patientId});
    if (!pending)
        return pending.error();
    auto request = [&](const std::string& itemId) {
        const auto* item = (*catalogue)->itemById(itemId);
        if (!item)
            return;
        for (const auto& r : *pending)
            if (r.value.code == item->code)
                return; // already waiting for this test
        cs.addRecord(
            model::LabRequest{base::newUuid(), patientId, item->code, today, model::LabRequest::Status::Pending, {}});
        ++saved.requests;
    };
    if (entry.bloodsSent)
        for (const auto& t : kBloodTests)
            request(t);
    if (entry.urineSent)
        for (const auto& t : kUrineTests)
            request(t);

    std::optional<bool> attendedToday;
    if (complete) {
        auto done = completedToday(patientId);
        if (!done)
            return done.error();
        attendedToday = *done;
    }
    if (complete && *attendedToday) {
        saved.completed = true; // completed earlier today: the appointment is recorded once
    } else if (complete) {
        auto booked = record::FieldRecordReader(m_store).all<model::Appointment>(
            "patient_id = ? AND type = 'surveillance' AND status = 'booked' AND date <= ? ORDER BY date DESC",
            {patientId, today.iso()});
        if (!booked)
            return booked.error();
        if (!booked->empty()) {
            auto a = booked->front();
            a.value.status = model::Appointment::Status::Attended;
            cs.addRecord(a.value, a.headSeq);
        } else {
            model::Appointment a;
            a.id = base::newUuid();
            a.patientId = patientId;
            a.type = model::Appointment::Type::Surveillance;
            a.date = today;
            const auto millisOfDay = m_store.clock().nowMillis() % 86'400'000;
            a.minuteOfDay = static_cast<int>(millisOfDay / 60'000);
            a.withWhom = m_store.currentUser() ? m_store.currentUser()->displayName : std::string();
            a.status = model::Appointment::Status::Attended;
            cs.addRecord(a);
        }
        saved.completed = true;
    }
    if (cs.empty())
        return saved;
    if (auto r = m_store.commit(cs); !r)
        return r.error();
    return saved;
}

base::Result<SurveillanceEntry> SurveillanceRecorder::resume(const std::string& patientId)
{
    if (auto st = m_store.require(security::Permission::ViewRecord); !st)
        return st.error();
    auto catalogue = CareProcessCatalogue::standard();
    if (!catalogue)
        return catalogue.error();
    const auto today = m_store.clock().today();
    record::PatientRepository repo(m_store);
    SurveillanceEntry e;
    auto todays = [&](const char* id) -> base::Result<std::vector<model::Observation>> {
        const auto* item = (*catalogue)->itemById(id);
        if (!item)
            return std::vector<model::Observation>{};
        auto rows = repo.observations(patientId, item->code);
        if (!rows)
            return rows.error();
        std::vector<model::Observation> out;
        for (auto& o : *rows)
            if (o.effective == today && o.source == model::Observation::Source::Entered)
                out.push_back(std::move(o));
        return out;
    };
    auto last = [&](const char* id, auto apply) -> base::Status {
        auto rows = todays(id);
        if (!rows)
            return rows.error();
        if (!rows->empty()) {
            apply(rows->back());
            // A value confirmed outside the range when it was saved stays confirmed.
            if (rows->back().note.find("confirmed outside the plausible range") != std::string::npos)
                e.confirmedOutsideRange.insert(id);
        }
        return {};
    };
    base::Status st;
    auto run = [&](base::Status s) {
        if (st && !s)
            st = s;
    };
    run(last("weight", [&](const model::Observation& o) { e.weight = o.value; }));
    run(last("height", [&](const model::Observation& o) { e.height = o.value; }));
    run(last("smoking", [&](const model::Observation& o) { e.smoking = o.valueCode; }));
    run(last("smoking-advice", [&](const model::Observation& o) { e.smokingAdvice = o.valueCode; }));
    run(last("foot-left", [&](const model::Observation& o) { e.footLeft = o.valueCode; }));
    run(last("foot-right", [&](const model::Observation& o) { e.footRight = o.valueCode; }));
    run(last("eye", [&](const model::Observation& o) { e.eyeScreening = o.valueCode; }));
    run(last("education", [&](const model::Observation& o) { e.education = o.valueCode; }));
    run(last("care-planning-explained", [&](const model::Observation& o) { e.carePlanningExplained = o.valueCode; }));
    if (!st)
        return st.error();
    auto readings = todays("bp-reading");
    if (!readings)
        return readings.error();
    for (const auto& o : *readings) {
        if (o.value && o.value2)
            e.bloodPressure.push_back({*o.value, *o.value2});
        if (o.note.find("confirmed outside the plausible range") != std::string::npos)
            e.confirmedOutsideRange.insert("bp-reading");
    }
    auto requests = record::FieldRecordReader(m_store).all<model::LabRequest>("patient_id = ? AND requested_on = ?",
                                                                              {patientId, today.iso()});
    if (!requests)
        return requests.error();
    for (const auto& r : *requests) {
        const auto* item = (*catalogue)->itemByCode(r.value.code);
        if (!item)
            continue;
        if (std::find(kBloodTests.begin(), kBloodTests.end(), item->id) != kBloodTests.end())
            e.bloodsSent = true;
        if (std::find(kUrineTests.begin(), kUrineTests.end(), item->id) != kUrineTests.end())
            e.urineSent = true;
    }
    return e;
}

base::Result<bool> SurveillanceRecorder::completedToday(const std::string& patientId)
{
    auto rows = record::FieldRecordReader(m_store).all<model::Appointment>(
        "patient_id = ? AND type = 'surveillance' AND status = 'attended' AND date = ?",
        {patientId, m_store.clock().today().iso()});
    if (!rows)
        return rows.error();
    return !rows->empty();
}

} // namespace carehouse::surveillance
