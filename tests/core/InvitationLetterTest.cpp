#include "core/letters/InvitationLetter.h"

#include "core/base/ResourceDirectory.h"
#include "core/letters/PracticeDetails.h"
#include "tests/support/TempDatabase.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

using namespace carehouse;
using letters::InvitationLetter;

namespace {

model::Patient person(bool restricted)
{
    model::Patient p;
    p.id = "p1";
    p.title = "Ms";
    p.givenName = "Mary";
    p.familyName = "Smithson";
    p.nhsNumber = "9345678123";
    p.birthDate = *base::CivilDate::parseIso("1962-11-05");
    p.addressLine1 = "12 Hidden Lane";
    p.town = "Riverside";
    p.postcode = "RV9 9HL";
    p.restricted = restricted;
    return p;
}

letters::PracticeDetails practice()
{
    letters::PracticeDetails d;
    d.name = "Riverside Medical Practice";
    d.addressLines = {"1 Mill Road", "Riverside", "RV1 1AA"};
    d.phone = "020 7946 0000";
    return d;
}

std::string everything(const letters::Letter& l)
{
    std::string all = l.recipientName + "\n" + l.footerName + "\n" + l.body;
    for (const auto& line : l.addressLines)
        all += "\n" + line;
    return all;
}

} // namespace

TEST_CASE("The invitation letter template loads and fills every placeholder", "[letters]")
{
    auto invitation = InvitationLetter::load();
    REQUIRE(invitation.ok());
    auto letter = invitation->compose(person(false), practice(), *base::CivilDate::parseIso("2026-11-23"));
    REQUIRE(letter.ok());
    CHECK(letter->body.find('{') == std::string::npos);
    CHECK(letter->body.find('}') == std::string::npos);
    CHECK(letter->body.find("Dear Ms Smithson,") != std::string::npos);
    CHECK(letter->body.find("020 7946 0000") != std::string::npos);
    CHECK(letter->body.find("Riverside Medical Practice") != std::string::npos);
    CHECK(letter->body.find("healthcare assistant") != std::string::npos);
    CHECK(letter->body.find("nurse") != std::string::npos);
    CHECK(letter->recipientName == "Ms Mary Smithson");
    CHECK(letter->footerName == "SMITHSON, Mary (Ms)");
    CHECK(letter->nhsNumber == "9345678123");
    CHECK(letter->addressLines == std::vector<std::string>{"12 Hidden Lane", "Riverside", "RV9 9HL"});
    CHECK_FALSE(letter->addressWithheld);
    CHECK(letter->date.iso() == "2026-11-23");
}

TEST_CASE("The shipped invitation template uses only placeholders the letter fills", "[letters]")
{
    std::ifstream in(base::resourcePath(InvitationLetter::kTemplate));
    std::stringstream text;
    text << in.rdbuf();
    auto t = letters::LetterTemplate::parse(text.str(), InvitationLetter::placeholders());
    REQUIRE(t.ok());
    CHECK_FALSE(t->placeholders().empty());
}

TEST_CASE("A restricted record's address never appears in its invitation letter", "[letters]")
{
    auto invitation = InvitationLetter::load();
    REQUIRE(invitation.ok());
    auto letter = invitation->compose(person(true), practice(), *base::CivilDate::parseIso("2026-11-23"));
    REQUIRE(letter.ok());
    CHECK(letter->addressWithheld);
    CHECK(letter->addressLines.empty());
    const auto all = everything(*letter);
    CHECK(all.find("Hidden Lane") == std::string::npos);
    CHECK(all.find("RV9 9HL") == std::string::npos);
}

TEST_CASE("An invitation template with an unknown placeholder is refused with its name", "[letters]")
{
    auto invitation = InvitationLetter::fromText("Dear {person.name},\nYour GP is {person.gp}.", "bad.txt");
    REQUIRE_FALSE(invitation.ok());
    CHECK(invitation.error().code == base::ErrorCode::ResourceInvalid);
    CHECK(invitation.error().field == "person.gp");
}

TEST_CASE("Practice details come from the settings and fall back to the site name", "[letters]")
{
    testing::TempDatabase db(model::Role::Admin);
    auto bare = letters::PracticeDetails::read(db.store());
    REQUIRE(bare.ok());
    CHECK(bare->name == db.store().site().name);
    CHECK(bare->phone.empty());

    REQUIRE(db.store().setSetting("practice.name", "Mill Road Surgery").ok());
    REQUIRE(db.store().setSetting("practice.address", "1 Mill Road\nRiverside, RV1 1AA").ok());
    REQUIRE(db.store().setSetting("practice.phone", "020 7946 0000").ok());
    auto set = letters::PracticeDetails::read(db.store());
    REQUIRE(set.ok());
    CHECK(set->name == "Mill Road Surgery");
    CHECK(set->addressLines == std::vector<std::string>{"1 Mill Road", "Riverside", "RV1 1AA"});
    CHECK(set->phone == "020 7946 0000");
}
