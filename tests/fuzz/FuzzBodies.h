#pragma once

// The bodies of the fuzz targets (issue 7 §7), shared by the libFuzzer programs (built with
// CAREHOUSE_FUZZ=ON and clang) and by the Catch2 replay test that every build runs over the
// seed files and deterministic mutations of them.

#include <string>
#include <string_view>

namespace carehouse::fuzz {

// What one input did. `violation` is empty when the reader kept its contract: the input was
// accepted, or refused with a typed reason. Anything else (an untyped refusal, a result that
// contradicts its header, a round trip that changes the content) is named there; crashes,
// sanitizer reports and uncaught exceptions are found by running the body at all.
struct FuzzOutcome
{
    bool accepted = false;
    std::string violation;
};

// The exchange file reader, reading as test site B (tests/core/ExchangeTestSites.h) with a
// 1 MiB body limit: once on the bytes as they are, and once with the bytes signed by site A
// (everything given is taken as what comes before the signature), so inputs also get past the
// signature to the recipient entries, the file key and the chunks.
FuzzOutcome envelopeReaderInput(std::string_view bytes);

// The exchange Bundle parser (VersionBundle::fromText). A refusal must be MalformedInput or
// DatabaseTooNew with an "exchange-bundle-" detail; an accepted Bundle must write back to text
// that reads again as the same content.
FuzzOutcome versionBundleInput(std::string_view text);

} // namespace carehouse::fuzz
