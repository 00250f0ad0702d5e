#pragma once

// People on the diabetes register with addresses, and result files, for the recall and
// results GUI tests. Header-only.

#include "core/record/PatientRegistration.h"
#include "core/record/RecordStore.h"
#include "core/results/LabResultImport.h"
#include "tests/support/TempDatabase.h"
#include "tests/support/TestPeople.h"
#include "tests/ui/UiTestSupport.h"

#include <QApplication>
#include <QDialog>
#include <QWidget>
#include <catch2/catch.hpp>
#include <fstream>
#include <string>

namespace carehouse::testing {

// Registers someone with type 2 diabetes diagnosed 2015 (so due for review on the test day),
// with an address unless `street` is empty.
inline std::string addRegisteredPerson(record::RecordStore& store, const char* family, const char* given,
                                       const char* title, const char* birth, const std::string& nhs,
                                       const char* street = "1 High Street", bool restricted = false)
{
    auto d = draftOf(family, given, title, birth, nhs.c_str(), "female");
    if (street && *street) {
        d.addressLine1 = street;
        d.town = "Riverside";
        d.postcode = "RV1 2AB";
    }
    d.restricted = restricted;
    record::PatientRegistration reg(store);
    auto id = reg.registerPatient(d);
    REQUIRE(id.ok());
    REQUIRE(reg.addDiagnosis(*id, "44054006", "2015-03-01").ok());
    return *id;
}

inline std::string writeFile(const TempDir& dir, const std::string& name, const std::string& text)
{
    const auto path = dir.file(name);
    std::ofstream(path, std::ios::binary) << text;
    return path;
}

constexpr const char* kResultsHeader = "nhs_number,date_of_birth,system,code,value,unit,effective_date\n";

inline void importCsv(record::RecordStore& store, const TempDir& dir, const std::string& rows)
{
    const auto path = writeFile(dir, "results.csv", std::string(kResultsHeader) + rows);
    auto report = results::LabResultImport(store).importFile(path, {});
    REQUIRE(report.ok());
    REQUIRE(report->saved);
}

// The dialog of type T the widget opened most recently (dialogs open with open(), not exec()).
template <typename T>
T* openedDialog(QWidget* parent)
{
    const auto found = parent->findChildren<T*>();
    for (auto it = found.rbegin(); it != found.rend(); ++it)
        if ((*it)->isVisible())
            return *it;
    FAIL_CHECK("no open dialog of the expected type");
    return nullptr;
}

} // namespace carehouse::testing
