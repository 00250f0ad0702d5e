#include "tests/ui/UiTestSupport.h"

#include "core/record/PatientRegistration.h"

#include <catch2/catch.hpp>

namespace carehouse::testing {

record::PatientDraft draftOf(const char* family, const char* given, const char* title, const char* birth,
                             const char* nhs, const char* gender)
{
    record::PatientDraft d;
    d.familyName = family;
    d.givenName = given;
    d.title = title;
    d.birthDate = birth;
    d.nhsNumber = nhs;
    d.gender = gender;
    return d;
}

UiPeople addStandardPeople(TempDatabase& db, model::Role role)
{
    db.loginAs(model::Role::Nurse);
    record::PatientRegistration reg(db.store());
    auto add = [&](const record::PatientDraft& d) {
        auto id = reg.registerPatient(d);
        REQUIRE(id.ok());
        return *id;
    };
    UiPeople people;
    auto john = draftOf("Smith", "John", "Mr", "14/07/1945", "9434765919", "male");
    john.addressLine1 = "1 High Street";
    john.town = "Riverside";
    john.postcode = "RV1 2AB";
    people.johnSmith1945 = add(john);
    auto john2 = draftOf("Smith", "John", "", "02/03/1980", "4010232137", "male");
    john2.postcode = "RV3 9ZZ";
    people.johnSmith1980 = add(john2);
    auto mary = draftOf("Smithson", "Mary", "Ms", "05/11/1962", "9345678123", "female");
    mary.addressLine1 = "12 Hidden Lane";
    mary.town = "Riverside";
    mary.postcode = "RV9 9HL";
    mary.restricted = true;
    people.restrictedPerson = add(mary);
    people.aliceJones = add(draftOf("Jones", "Alice", "Mrs", "14/07/1945", "9123456787", "female"));
    db.loginAs(role);
    return people;
}

} // namespace carehouse::testing
