#include "tests/fuzz/FuzzBodies.h"

#include "core/exchange/EnvelopeFormat.h"
#include "core/exchange/EnvelopeReader.h"
#include "core/exchange/ExchangeError.h"
#include "core/exchange/VersionBundle.h"
#include "tests/core/ExchangeTestSites.h"

#include <sodium.h>
#include <sstream>

namespace carehouse::fuzz {

namespace {

constexpr std::uint64_t kMaxFuzzBodyBytes = 1024 * 1024;

const testing::TestSites& sites()
{
    static const testing::TestSites s;
    return s;
}

std::string describe(const base::Error& e)
{
    return "code " + std::to_string(static_cast<int>(e.code)) + " field '" + e.field + "' detail '" + e.detail
        + "' value '" + e.value + "'";
}

// One read as site B: a refusal must carry an ExchangeError, an accepted file a body of the
// length its header declares.
FuzzOutcome readAsB(const std::string& bytes)
{
    static const exchange::EnvelopeReader reader = sites().reader(exchange::ReaderLimits{kMaxFuzzBodyBytes});
    FuzzOutcome out;
    std::istringstream verifyStream(bytes);
    auto verified = reader.verify(verifyStream);
    std::istringstream openStream(bytes);
    auto opened = reader.open(openStream, sites().b.identity());
    if (!verified && !exchange::exchangeErrorOf(verified.error()))
        out.violation = "verify refused without an exchange reason: " + describe(verified.error());
    else if (!opened && !exchange::exchangeErrorOf(opened.error()))
        out.violation = "open refused without an exchange reason: " + describe(opened.error());
    else if (opened && !verified)
        out.violation = "open accepted a file verify refuses";
    else if (opened && opened->body.size() != opened->header.bodyLength)
        out.violation = "body of " + std::to_string(opened->body.size()) + " bytes, header says "
            + std::to_string(opened->header.bodyLength);
    else if (opened && opened->body.size() > kMaxFuzzBodyBytes)
        out.violation = "body above the reader's limit";
    out.accepted = opened.ok();
    return out;
}

std::string signedByA(std::string_view bytes)
{
    crypto_sign_state state;
    crypto_sign_init(&state);
    crypto_sign_update(&state, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
    unsigned char signature[exchange::format::kSignatureBytes];
    crypto_sign_final_create(&state, signature, nullptr, sites().a.keys.signingSecretKey());
    std::string out(bytes);
    out.append(reinterpret_cast<const char*>(signature), sizeof signature);
    return out;
}

bool typedBundleRefusal(const base::Error& e)
{
    return (e.code == base::ErrorCode::MalformedInput || e.code == base::ErrorCode::DatabaseTooNew)
        && e.detail.rfind("exchange-bundle-", 0) == 0;
}

} // namespace

FuzzOutcome envelopeReaderInput(std::string_view bytes)
{
    if (sodium_init() < 0)
        return {false, "sodium_init failed"};
    auto asGiven = readAsB(std::string(bytes));
    if (!asGiven.violation.empty())
        return asGiven;
    auto resigned = readAsB(signedByA(bytes));
    if (!resigned.violation.empty())
        resigned.violation = "signed by A: " + resigned.violation;
    resigned.accepted = resigned.accepted || asGiven.accepted;
    return resigned;
}

FuzzOutcome versionBundleInput(std::string_view text)
{
    exchange::VersionBundle::Limits limits;
    limits.maxVersions = 10'000;
    limits.maxPayloadBytes = 64 * 1024;
    auto content = exchange::VersionBundle::fromText(std::string(text), limits);
    if (!content)
        return {false,
                typedBundleRefusal(content.error())
                    ? std::string()
                    : "refused without an exchange-bundle reason: " + describe(content.error())};
    const auto written = exchange::VersionBundle::toText(*content);
    auto again = exchange::VersionBundle::fromText(written, limits);
    if (!again)
        return {true, "an accepted Bundle written back is refused: " + describe(again.error())};
    if (exchange::VersionBundle::toText(*again) != written)
        return {true, "an accepted Bundle written back reads as different content"};
    return {true, {}};
}

} // namespace carehouse::fuzz
