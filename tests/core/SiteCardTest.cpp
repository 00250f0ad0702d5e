#include "core/exchange/SiteCard.h"

#include "core/exchange/ExchangeError.h"
#include "tests/core/ExchangeTestSites.h"

#include <catch2/catch.hpp>

using namespace carehouse;
using exchange::ExchangeError;
using exchange::SiteCard;

namespace {

SiteCard brickLaneCard(const testing::TestSite& site)
{
    return SiteCard::forSite(site.id, "Brick Lane Surgery", "Brick Lane Surgery", "F84001", site.keys,
                             testing::kExchangeTestNow + 123);
}

std::optional<ExchangeError> reasonOf(const nlohmann::json& json)
{
    auto card = SiteCard::parse(json.dump());
    if (card.ok())
        return std::nullopt;
    return exchange::exchangeErrorOf(card.error());
}

} // namespace

TEST_CASE("A site card written as JSON reads back as the same card", "[exchange]")
{
    const testing::TestSites sites;
    const SiteCard card = brickLaneCard(sites.a);
    const std::string text = card.toText();
    auto read = SiteCard::parse(text);
    REQUIRE(read.ok());
    CHECK(read->siteId == sites.a.id);
    CHECK(read->siteName == "Brick Lane Surgery");
    CHECK(read->organisationName == "Brick Lane Surgery");
    CHECK(read->odsCode == "F84001");
    CHECK(read->signingPublicKey == sites.a.keys.signingPublicKey());
    CHECK(read->encryptionPublicKey == sites.a.keys.encryptionPublicKey());
    CHECK(read->fingerprint == sites.a.keys.fingerprint());
    CHECK(read->createdAtMillis == testing::kExchangeTestNow); // whole seconds
    CHECK(card.toJson()["createdAt"] == "2026-11-23T12:00:00Z");
    CHECK(read->toText() == text);
}

TEST_CASE("A site card's recipient key lets a file be sent to that site", "[exchange]")
{
    const testing::TestSites sites;
    const auto card = SiteCard::parse(brickLaneCard(sites.b).toText()).value();
    exchange::EnvelopeWriter writer(sites.a.id, sites.a.keys);
    exchange::EnvelopeRequest request;
    request.recipients = {card.recipient()};
    const auto file = writer.writeToString(request, "hello").value();
    std::istringstream in(file);
    auto opened = sites.reader().open(in, sites.b.identity());
    REQUIRE(opened.ok());
    CHECK(opened->body == "hello");
}

TEST_CASE("A malformed site card is refused with the reason and the field", "[exchange]")
{
    const testing::TestSites sites;
    const nlohmann::json good = brickLaneCard(sites.a).toJson();
    CHECK_FALSE(reasonOf(good).has_value());

    auto notJson = SiteCard::parse("{\"type\": ");
    REQUIRE_FALSE(notJson.ok());
    CHECK(exchange::exchangeErrorOf(notJson.error()) == ExchangeError::CardMalformed);
    CHECK(reasonOf(nlohmann::json::array()) == ExchangeError::CardMalformed);
    auto otherType = good;
    otherType["type"] = "Bundle";
    CHECK(reasonOf(otherType) == ExchangeError::CardMalformed);

    auto newer = good;
    newer["formatVersion"] = 2;
    CHECK(reasonOf(newer) == ExchangeError::CardTooNew);

    for (const char* field : {"formatVersion", "siteId", "siteName", "organisation", "signingPublicKey",
                              "encryptionPublicKey", "fingerprint", "createdAt"}) {
        auto missing = good;
        missing.erase(field);
        auto card = SiteCard::parse(missing.dump());
        REQUIRE_FALSE(card.ok());
        CHECK(exchange::exchangeErrorOf(card.error()) == ExchangeError::CardMissingField);
        CHECK(card.error().field == field);
    }
    auto noOrganisationName = good;
    noOrganisationName["organisation"].erase("name");
    auto card = SiteCard::parse(noOrganisationName.dump());
    REQUIRE_FALSE(card.ok());
    CHECK(card.error().field == "organisation.name");
    auto noOds = good;
    noOds["organisation"].erase("odsCode");
    CHECK_FALSE(reasonOf(noOds).has_value()); // an ODS code is optional

    auto numberName = good;
    numberName["siteName"] = 42;
    CHECK(reasonOf(numberName) == ExchangeError::CardWrongType);
    auto notUuid = good;
    notUuid["siteId"] = "brick-lane";
    CHECK(reasonOf(notUuid) == ExchangeError::CardWrongType);
    auto badTime = good;
    badTime["createdAt"] = "23/11/2026";
    CHECK(reasonOf(badTime) == ExchangeError::CardWrongType);

    auto badBase64 = good;
    badBase64["signingPublicKey"] = "not base64 at all!";
    CHECK(reasonOf(badBase64) == ExchangeError::CardBadEncoding);
    auto shortKey = good;
    shortKey["encryptionPublicKey"] = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=="; // 31 bytes
    auto shortCard = SiteCard::parse(shortKey.dump());
    REQUIRE_FALSE(shortCard.ok());
    CHECK(exchange::exchangeErrorOf(shortCard.error()) == ExchangeError::CardBadKeyLength);
    CHECK(shortCard.error().value == "31");
    auto badHex = good;
    badHex["fingerprint"] = "zz";
    CHECK(reasonOf(badHex) == ExchangeError::CardBadEncoding);

    // Someone else's encryption key under this site's fingerprint.
    auto swapped = good;
    swapped["encryptionPublicKey"] = brickLaneCard(sites.e).toJson()["encryptionPublicKey"];
    auto swappedCard = SiteCard::parse(swapped.dump());
    REQUIRE_FALSE(swappedCard.ok());
    CHECK(exchange::exchangeErrorOf(swappedCard.error()) == ExchangeError::CardFingerprintMismatch);
    CHECK(swappedCard.error().value == sites.a.keys.fingerprint().groups());

    CHECK(exchange::exchangeErrorOf(SiteCard::parse(std::string(100'000, ' ')).error())
          == ExchangeError::CardMalformed);
}

TEST_CASE("Card times are whole UTC seconds in ISO 8601", "[exchange]")
{
    CHECK(exchange::formatUtcSeconds(0) == "1970-01-01T00:00:00Z");
    CHECK(exchange::formatUtcSeconds(-1000) == "1969-12-31T23:59:59Z");
    CHECK(exchange::parseUtcSeconds("1969-12-31T23:59:59Z") == -1000);
    CHECK(exchange::parseUtcSeconds("2026-11-23T12:00:00Z") == testing::kExchangeTestNow);
    CHECK_FALSE(exchange::parseUtcSeconds("2026-11-23T24:00:00Z").has_value());
    CHECK_FALSE(exchange::parseUtcSeconds("2026-11-23 12:00:00Z").has_value());
    CHECK_FALSE(exchange::parseUtcSeconds("2026-02-30T12:00:00Z").has_value());
}
