#include "core/base/TextFold.h"

#include <catch2/catch.hpp>

using carehouse::base::foldForSearch;
using carehouse::base::upperName;

TEST_CASE("Search keys ignore case, accents and apostrophes", "[base]")
{
    CHECK(foldForSearch("Łukasz") == "lukasz");
    CHECK(foldForSearch("WIŚNIEWSKI") == "wisniewski");
    CHECK(foldForSearch("Zoë") == "zoe");
    CHECK(foldForSearch("O'Brien") == "obrien");
    CHECK(foldForSearch("Siobhán") == "siobhan");
    CHECK(foldForSearch("Dąbrowski") == "dabrowski");
    CHECK(foldForSearch("Müller-Lüdenscheidt") == "muller ludenscheidt");
    CHECK(foldForSearch("  Smith   Jones ") == "smith jones");
    CHECK(foldForSearch("Straße") == "strasse");
}

TEST_CASE("Family names are upper-cased for the banner, accents kept", "[base]")
{
    CHECK(upperName("Smith") == "SMITH");
    CHECK(upperName("Wiśniewski") == "WIŚNIEWSKI");
    CHECK(upperName("Dąbrowski") == "DĄBROWSKI");
    CHECK(upperName("Ó Briain") == "Ó BRIAIN");
    CHECK(upperName("Müller") == "MÜLLER");
}
