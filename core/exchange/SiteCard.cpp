#include "core/exchange/SiteCard.h"

#include "core/base/CivilDate.h"
#include "core/base/Uuid.h"
#include "core/exchange/ExchangeError.h"
#include "core/security/SiteKeys.h"

#include <fmt/format.h>
#include <sodium.h>

namespace carehouse::exchange {

namespace {

constexpr std::string_view kType = "carehouse-site-card";
constexpr std::int64_t kMillisPerDay = 86'400'000;

std::string toBase64(const unsigned char* data, std::size_t size)
{
    std::string out(sodium_base64_ENCODED_LEN(size, sodium_base64_VARIANT_ORIGINAL), '\0');
    sodium_bin2base64(out.data(), out.size(), data, size, sodium_base64_VARIANT_ORIGINAL);
    out.resize(out.size() - 1); // the terminating NUL
    return out;
}

base::Error cardError(ExchangeError reason, std::string field, std::string value = {})
{
    return makeExchangeError(reason, std::move(field), std::move(value));
}

base::Result<std::string> stringField(const nlohmann::json& object, const std::string& key, const std::string& path,
                                      std::size_t maxLength, bool required = true)
{
    const auto it = object.find(key);
    if (it == object.end()) {
        if (!required)
            return std::string();
        return cardError(ExchangeError::CardMissingField, path);
    }
    if (!it->is_string())
        return cardError(ExchangeError::CardWrongType, path);
    std::string value = it->get<std::string>();
    if (value.size() > maxLength)
        return cardError(ExchangeError::CardWrongType, path, value.substr(0, 40)).withHint(std::to_string(maxLength));
    return value;
}

base::Result<security::SigningPublicKey> keyField(const nlohmann::json& object, const std::string& key)
{
    auto text = stringField(object, key, key, 256);
    if (!text)
        return text.error();
    if (text->empty())
        return cardError(ExchangeError::CardMissingField, key);
    unsigned char decoded[64];
    std::size_t decodedLength = 0;
    const char* end = nullptr;
    if (sodium_base642bin(decoded, sizeof decoded, text->data(), text->size(), nullptr, &decodedLength, &end,
                          sodium_base64_VARIANT_ORIGINAL)
            != 0
        || end != text->data() + text->size())
        return cardError(ExchangeError::CardBadEncoding, key, text->substr(0, 60));
    if (decodedLength != security::kPublicKeyBytes)
        return cardError(ExchangeError::CardBadKeyLength, key, std::to_string(decodedLength))
            .withHint(std::to_string(security::kPublicKeyBytes));
    security::SigningPublicKey out{};
    std::copy(decoded, decoded + security::kPublicKeyBytes, out.begin());
    return out;
}

} // namespace

std::string formatUtcSeconds(std::int64_t millis)
{
    std::int64_t days = millis / kMillisPerDay;
    std::int64_t rest = millis % kMillisPerDay;
    if (rest < 0) {
        rest += kMillisPerDay;
        --days;
    }
    const auto date = base::CivilDate::fromDaysSinceEpoch(static_cast<int>(days));
    const auto seconds = rest / 1000;
    return fmt::format("{}T{:02}:{:02}:{:02}Z", date.iso(), seconds / 3600, seconds / 60 % 60, seconds % 60);
}

std::optional<std::int64_t> parseUtcSeconds(std::string_view text)
{
    // Exactly YYYY-MM-DDTHH:MM:SSZ.
    if (text.size() != 20 || text[10] != 'T' || text[13] != ':' || text[16] != ':' || text[19] != 'Z')
        return std::nullopt;
    const auto date = base::CivilDate::parseIso(text.substr(0, 10));
    if (!date)
        return std::nullopt;
    auto two = [&](std::size_t at) -> int {
        const char a = text[at];
        const char b = text[at + 1];
        if (a < '0' || a > '9' || b < '0' || b > '9')
            return -1;
        return (a - '0') * 10 + (b - '0');
    };
    const int h = two(11);
    const int m = two(14);
    const int s = two(17);
    if (h < 0 || h > 23 || m < 0 || m > 59 || s < 0 || s > 59)
        return std::nullopt;
    return static_cast<std::int64_t>(date->daysSinceEpoch()) * kMillisPerDay + (h * 3600 + m * 60 + s) * 1000LL;
}

SiteCard SiteCard::forSite(std::string siteId, std::string siteName, std::string organisationName, std::string odsCode,
                           const security::SiteKeys& keys, std::int64_t createdAtMillis)
{
    SiteCard card;
    card.siteId = std::move(siteId);
    card.siteName = std::move(siteName);
    card.organisationName = std::move(organisationName);
    card.odsCode = std::move(odsCode);
    card.signingPublicKey = keys.signingPublicKey();
    card.encryptionPublicKey = keys.encryptionPublicKey();
    card.fingerprint = keys.fingerprint();
    card.createdAtMillis = createdAtMillis - ((createdAtMillis % 1000) + 1000) % 1000;
    return card;
}

nlohmann::json SiteCard::toJson() const
{
    return nlohmann::json{
        {"type", kType},
        {"formatVersion", kFormatVersion},
        {"siteId", siteId},
        {"siteName", siteName},
        {"organisation", {{"name", organisationName}, {"odsCode", odsCode}}},
        {"signingPublicKey", toBase64(signingPublicKey.data(), signingPublicKey.size())},
        {"encryptionPublicKey", toBase64(encryptionPublicKey.data(), encryptionPublicKey.size())},
        {"fingerprint", fingerprint.hex()},
        {"createdAt", formatUtcSeconds(createdAtMillis)},
    };
}

std::string SiteCard::toText() const
{
    return toJson().dump(2) + "\n";
}

base::Result<SiteCard> SiteCard::parse(std::string_view text)
{
    if (text.size() > kMaxTextBytes)
        return cardError(ExchangeError::CardMalformed, "card", std::to_string(text.size()))
            .withHint(std::to_string(kMaxTextBytes));
    auto json = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
    if (json.is_discarded())
        return cardError(ExchangeError::CardMalformed, "card").withHint("not JSON");
    return fromJson(json);
}

base::Result<SiteCard> SiteCard::fromJson(const nlohmann::json& json)
{
    if (!json.is_object())
        return cardError(ExchangeError::CardMalformed, "card").withHint("not an object");
    const auto type = json.find("type");
    if (type == json.end() || !type->is_string() || type->get<std::string>() != kType)
        return cardError(ExchangeError::CardMalformed, "type");
    const auto version = json.find("formatVersion");
    if (version == json.end())
        return cardError(ExchangeError::CardMissingField, "formatVersion");
    if (!version->is_number_integer() || version->get<std::int64_t>() < 1)
        return cardError(ExchangeError::CardWrongType, "formatVersion");
    if (version->get<std::int64_t>() > kFormatVersion)
        return cardError(ExchangeError::CardTooNew, "formatVersion", std::to_string(version->get<std::int64_t>()))
            .withHint(std::to_string(kFormatVersion));

    SiteCard card;
    auto siteId = stringField(json, "siteId", "siteId", 64);
    if (!siteId)
        return siteId.error();
    if (!base::isUuid(*siteId))
        return cardError(ExchangeError::CardWrongType, "siteId", *siteId);
    card.siteId = std::move(*siteId);
    auto siteName = stringField(json, "siteName", "siteName", kMaxNameLength);
    if (!siteName)
        return siteName.error();
    if (siteName->empty())
        return cardError(ExchangeError::CardMissingField, "siteName");
    card.siteName = std::move(*siteName);

    const auto organisation = json.find("organisation");
    if (organisation == json.end())
        return cardError(ExchangeError::CardMissingField, "organisation");
    if (!organisation->is_object())
        return cardError(ExchangeError::CardWrongType, "organisation");
    auto organisationName = stringField(*organisation, "name", "organisation.name", kMaxNameLength);
    if (!organisationName)
        return organisationName.error();
    if (organisationName->empty())
        return cardError(ExchangeError::CardMissingField, "organisation.name");
    card.organisationName = std::move(*organisationName);
    auto odsCode = stringField(*organisation, "odsCode", "organisation.odsCode", kMaxOdsCodeLength, false);
    if (!odsCode)
        return odsCode.error();
    for (char c : *odsCode)
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')))
            return cardError(ExchangeError::CardWrongType, "organisation.odsCode", *odsCode);
    card.odsCode = std::move(*odsCode);

    auto signing = keyField(json, "signingPublicKey");
    if (!signing)
        return signing.error();
    card.signingPublicKey = *signing;
    auto encryption = keyField(json, "encryptionPublicKey");
    if (!encryption)
        return encryption.error();
    card.encryptionPublicKey = *encryption;

    auto fingerprintText = stringField(json, "fingerprint", "fingerprint", 128);
    if (!fingerprintText)
        return fingerprintText.error();
    const auto fingerprint = security::KeyFingerprint::fromHex(*fingerprintText);
    if (!fingerprint)
        return cardError(ExchangeError::CardBadEncoding, "fingerprint", *fingerprintText);
    const auto expected = security::KeyFingerprint::of(card.signingPublicKey, card.encryptionPublicKey);
    if (!(*fingerprint == expected))
        return cardError(ExchangeError::CardFingerprintMismatch, "fingerprint", fingerprint->groups())
            .withHint(expected.groups());
    card.fingerprint = expected;

    auto createdAt = stringField(json, "createdAt", "createdAt", 64);
    if (!createdAt)
        return createdAt.error();
    const auto millis = parseUtcSeconds(*createdAt);
    if (!millis)
        return cardError(ExchangeError::CardWrongType, "createdAt", *createdAt);
    card.createdAtMillis = *millis;
    return card;
}

EnvelopeRecipientKey SiteCard::recipient() const
{
    return EnvelopeRecipientKey{siteId, encryptionPublicKey, fingerprint};
}

} // namespace carehouse::exchange
