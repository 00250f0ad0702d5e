#pragma once

#include "core/base/Result.h"
#include "core/model/Observation.h"
#include "core/surveillance/SurveillanceEntry.h"

#include <optional>
#include <string>
#include <vector>

namespace carehouse::record {
class RecordStore;
}

namespace carehouse::surveillance {

// What saving an appointment wrote, for the form and the CLI to report.
struct SurveillanceSaved
{
    int observations = 0; // new values (corrections count once)
    int corrections = 0; // earlier values from today replaced (old marked entered-in-error)
    int requests = 0; // laboratory tests sent
    bool completed = false;
    std::optional<double> bmi; // computed from weight and height
    std::optional<BloodPressureReading> countedBloodPressure; // the reading stored as today's BP
    int bloodPressureReadings = 0;
};

// Records the surveillance appointment through one commit. BMI is derived from weight and
// height (both given, or weight given and the person's latest recorded height). Of several BP readings the
// lower of the last two counts (NICE NG136); each reading is stored too. Both feet are
// recorded and the foot care process takes the higher risk. "Bloods sent" creates pending
// requests that later results fulfil. Saving again the same day corrects rather than adds.
class SurveillanceRecorder
{
public:
    explicit SurveillanceRecorder(record::RecordStore& store)
        : m_store(store)
    {
    }

    // Every problem at once, each naming its catalogue item id in `field`, for the form.
    std::vector<base::Error> validate(const SurveillanceEntry& entry);
    // Saves what is entered. `complete` also records the surveillance appointment as attended
    // (the booked one, or a new one for today).
    base::Result<SurveillanceSaved> save(const std::string& patientId, const SurveillanceEntry& entry, bool complete);
    // What was already recorded today at a surveillance appointment, to resume it.
    base::Result<SurveillanceEntry> resume(const std::string& patientId);
    // True when today's surveillance appointment has been completed.
    base::Result<bool> completedToday(const std::string& patientId);

    // The BP reading that counts (lower systolic of the last two; one reading counts itself).
    static std::optional<BloodPressureReading> countedReading(const std::vector<BloodPressureReading>& readings);
    // BMI in kg/m² to one decimal, as stored.
    static double bmiFrom(double weightKg, double heightCm);

private:
    record::RecordStore& m_store;
};

} // namespace carehouse::surveillance
