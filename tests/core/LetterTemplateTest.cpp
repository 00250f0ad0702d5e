#include "core/letters/LetterTemplate.h"

#include <catch2/catch.hpp>

using namespace carehouse;
using letters::LetterTemplate;

namespace {

const std::vector<std::string> kKnown{"person.name", "practice.name", "practice.phone", "today"};

} // namespace

TEST_CASE("A letter template fills every placeholder it names", "[letters]")
{
    auto t = LetterTemplate::parse("Dear {person.name},\nPlease phone {practice.name} on {practice.phone}.\n"
                                   "{person.name}, {today}",
                                   kKnown);
    REQUIRE(t.ok());
    CHECK(t->placeholders() == std::vector<std::string>{"person.name", "practice.name", "practice.phone", "today"});
    auto text = t->fill({{"person.name", "Mr John Smith"},
                         {"practice.name", "Riverside"},
                         {"practice.phone", "020 7946 0000"},
                         {"today", "23-Nov-2026"}});
    REQUIRE(text.ok());
    CHECK(*text == "Dear Mr John Smith,\nPlease phone Riverside on 020 7946 0000.\nMr John Smith, 23-Nov-2026");
}

TEST_CASE("A letter template refuses an unknown placeholder, naming it and its line", "[letters]")
{
    auto t = LetterTemplate::parse("Dear {person.name},\n\nCall {practice.fax} today.", kKnown, "invite.txt");
    REQUIRE_FALSE(t.ok());
    CHECK(t.error().code == base::ErrorCode::ResourceInvalid);
    CHECK(t.error().field == "practice.fax");
    CHECK(t.error().file == "invite.txt");
    CHECK(t.error().line == 3);
}

TEST_CASE("A letter template refuses an unclosed brace and keeps doubled braces as text", "[letters]")
{
    auto broken = LetterTemplate::parse("Dear {person.name", kKnown);
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.error().code == base::ErrorCode::ResourceInvalid);

    auto stray = LetterTemplate::parse("a } b", kKnown);
    REQUIRE_FALSE(stray.ok());

    auto literal = LetterTemplate::parse("{{not a placeholder}}", kKnown);
    REQUIRE(literal.ok());
    CHECK(literal->placeholders().empty());
    CHECK(*literal->fill({}) == "{not a placeholder}");
}

TEST_CASE("Filling a letter template with a value missing is refused, not printed with a hole", "[letters]")
{
    auto t = LetterTemplate::parse("Phone {practice.phone}", kKnown);
    REQUIRE(t.ok());
    auto text = t->fill({{"person.name", "x"}});
    REQUIRE_FALSE(text.ok());
    CHECK(text.error().code == base::ErrorCode::RequiredField);
    CHECK(text.error().field == "practice.phone");
}
