#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace carehouse::surveillance {

// One blood pressure reading as taken, in the order taken.
struct BloodPressureReading
{
    double systolic = 0;
    double diastolic = 0;
    bool operator==(const BloodPressureReading&) const = default;
};

// What the HCA records at the surveillance appointment. Every part is optional, so a partly
// done appointment can be saved and finished later. Units are as typed; empty means the
// catalogue's stored unit.
struct SurveillanceEntry
{
    std::optional<double> weight;
    std::string weightUnit;
    std::optional<double> height;
    std::string heightUnit;
    std::vector<BloodPressureReading> bloodPressure;
    std::string smoking; // catalogue option code of the smoking item
    std::string smokingAdvice; // given / declined / referred
    std::string footLeft; // low / moderate / high / active
    std::string footRight;
    std::string eyeScreening; // option code of the eye item
    bool bloodsSent = false; // HbA1c, cholesterol, creatinine and eGFR
    bool urineSent = false; // ACR
    std::string education; // offered / referred / attended / declined
    std::string carePlanningExplained; // explained-leaflet-given / explained
    // Item ids whose value the HCA confirmed although it is outside the plausible range.
    std::set<std::string> confirmedOutsideRange;

    bool operator==(const SurveillanceEntry&) const = default;

    bool empty() const
    {
        return !weight && !height && bloodPressure.empty() && smoking.empty() && smokingAdvice.empty()
            && footLeft.empty() && footRight.empty() && eyeScreening.empty() && !bloodsSent && !urineSent
            && education.empty() && carePlanningExplained.empty();
    }
};

} // namespace carehouse::surveillance
