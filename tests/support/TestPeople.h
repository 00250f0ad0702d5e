#pragma once

// People on the diabetes register for tests, header-only so every suite can use it.

#include "core/model/NhsNumber.h"
#include "core/record/PatientRegistration.h"
#include "core/record/RecordStore.h"

#include <catch2/catch.hpp>
#include <string>

namespace carehouse::testing {

// A valid NHS number from the 999 test range, different for each n.
inline std::string testNhsNumber(int n)
{
    for (int base = 999000000 + n * 7;; ++base) {
        const auto nine = std::to_string(base);
        const int check = model::NhsNumber::checkDigit(nine);
        if (check >= 0)
            return nine + std::to_string(check);
    }
}

// Registers a person with type 2 diabetes (diagnosed `diagnosed`, ISO) and returns their id.
// The store's current user must be allowed to register people and record diagnoses.
inline std::string addPersonWithDiabetes(record::RecordStore& store, const std::string& family,
                                         const std::string& given, const std::string& birth, const std::string& nhs,
                                         const std::string& diagnosed = "2015-03-01")
{
    record::PatientRegistration reg(store);
    record::PatientDraft d;
    d.familyName = family;
    d.givenName = given;
    d.birthDate = birth;
    d.nhsNumber = nhs;
    d.gender = "female";
    auto id = reg.registerPatient(d);
    REQUIRE(id.ok());
    auto dx = reg.addDiagnosis(*id, "44054006", diagnosed);
    REQUIRE(dx.ok());
    return *id;
}

} // namespace carehouse::testing
