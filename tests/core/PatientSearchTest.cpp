#include "core/record/PatientDirectory.h"
#include "core/record/PatientRegistration.h"
#include "tests/support/TempDatabase.h"

#include <catch2/catch.hpp>

using namespace carehouse;
using record::PatientQuery;

namespace {

struct Register
{
    testing::TempDatabase db{model::Role::Receptionist};
    Register()
    {
        add("Smith", "John", "14/07/1945", "9434765919", "Mr");
        add("Smith", "John", "02/11/1962", "9990000026", "Mr");
        add("Smithson", "Alice", "30/01/1971", "");
        add("Wiśniewski", "Łukasz", "14/07/1945", "");
        add("O'Brien", "Siobhán", "08/08/1958", "");
        add("Begum", "Rahima", "02/03/1956", "");
        add("Jones", "Smith", "01/01/1980", ""); // a given name that looks like a family name
    }
    void add(const char* family, const char* given, const char* dob, const char* nhs, const char* title = "")
    {
        record::PatientDraft d;
        d.familyName = family;
        d.givenName = given;
        d.birthDate = dob;
        d.nhsNumber = nhs;
        d.title = title;
        auto r = record::PatientRegistration(db.store()).registerPatient(d);
        INFO(family << " " << (r.ok() ? "" : r.error().describe()));
        REQUIRE(r.ok());
    }
    std::vector<std::string> find(const std::string& text)
    {
        auto page = record::PatientDirectory(db.store()).find(text);
        REQUIRE(page.ok());
        std::vector<std::string> names;
        for (auto& i : page->items)
            names.push_back(i.familyName + ", " + i.givenName + " " + i.birthDate.iso());
        return names;
    }
};

} // namespace

TEST_CASE("Typing the start of a family name finds everyone with it, namesakes told apart by birth date", "[search]")
{
    Register r;
    auto found = r.find("smi");
    REQUIRE(found.size() == 4);
    CHECK(found[0] == "Smith, John 1945-07-14");
    CHECK(found[1] == "Smith, John 1962-11-02");
    CHECK(found[2] == "Smithson, Alice 1971-01-30");
    CHECK(found[3] == "Jones, Smith 1980-01-01"); // matched on given name, sorted by family name
}

TEST_CASE("Search ignores case and accents", "[search]")
{
    Register r;
    CHECK(r.find("WISNIEWSKI").size() == 1);
    CHECK(r.find("wiśń").size() == 1);
    CHECK(r.find("lukasz").size() == 1);
    CHECK(r.find("obrien").size() == 1);
    CHECK(r.find("O'Bri").size() == 1);
    CHECK(r.find("siobhan").size() == 1);
}

TEST_CASE("'family, given' and 'given family' narrow to the person", "[search]")
{
    Register r;
    CHECK(r.find("smith, j").size() == 2);
    CHECK(r.find("smith, a").size() == 1); // Smithson, Alice
    CHECK(r.find("smith, b").empty());
    CHECK(r.find("smithson, al").size() == 1);
    CHECK(r.find("john smith").size() == 2);
    CHECK(r.find("rahima beg").size() == 1);
}

TEST_CASE("An NHS number finds one person with or without spaces", "[search]")
{
    Register r;
    CHECK(r.find("9434765919").size() == 1);
    CHECK(r.find("943 476 5919").size() == 1);
    CHECK(r.find("943 476").size() == 1); // a prefix while typing
    CHECK(r.find("999").size() == 1);
}

TEST_CASE("A date of birth finds everyone born that day, in any usual format", "[search]")
{
    Register r;
    CHECK(r.find("14/07/1945").size() == 2);
    CHECK(r.find("14-Jul-1945").size() == 2);
    CHECK(r.find("1945-07-14").size() == 2);
    CHECK(PatientQuery::parse("31/02/1950").kind == PatientQuery::Kind::InvalidDate);
    CHECK(r.find("31/02/1950").empty());
}

TEST_CASE("Results beyond the limit are flagged rather than silently dropped", "[search]")
{
    Register r;
    auto page = record::PatientDirectory(r.db.store()).find("smi", 2);
    REQUIRE(page.ok());
    CHECK(page->items.size() == 2);
    CHECK(page->more);
}

TEST_CASE("A restricted record's postcode is never in search results", "[search]")
{
    Register r;
    record::PatientDraft d;
    d.familyName = "Hidden";
    d.givenName = "Person";
    d.birthDate = "01/01/1970";
    d.postcode = "E1 6AN";
    d.restricted = true;
    REQUIRE(record::PatientRegistration(r.db.store()).registerPatient(d).ok());
    auto page = record::PatientDirectory(r.db.store()).find("hidden");
    REQUIRE(page->items.size() == 1);
    CHECK(page->items[0].postcode.empty());
}
