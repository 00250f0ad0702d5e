#pragma once

#include "core/base/Result.h"
#include "core/journal/JournalVersion.h"
#include "core/journal/VersionVector.h"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace carehouse::exchange {

// What one exchange file carries between two sites, before encryption: who sent it to whom, the
// versions the recipient had not acknowledged, and what the sender itself holds (its
// acknowledgement of everything the recipient sent it before, so the recipient stops sending
// those).
struct ExchangeContent
{
    std::string fileId;
    std::string senderSiteId;
    std::string senderSiteName;
    std::string recipientSiteId;
    std::int64_t createdAtMillis = 0;
    journal::VersionVector senderHolds;
    std::vector<journal::JournalVersion> versions; // in the sender's journal order (causal)
};

// The FHIR R4 form of an exchange file's content (docs/exchange-format.md, "The Bundle"): a
// Bundle of type collection whose first entry is a Parameters resource (format, sender,
// recipient, what the sender holds), then for every version a Basic resource (the record's
// type in code, the person in subject, the version id in meta.versionId, the version's time in
// meta.lastUpdated, its parents, clock time and exact journal payload in extensions) followed by
// the Provenance of that version (who made it, at which site, when).
class VersionBundle
{
public:
    static constexpr const char* kProfile = "https://carehouse.example/fhir/StructureDefinition/exchange-bundle";
    static constexpr const char* kFormat = "carehouse-exchange-bundle-1";

    struct Limits
    {
        std::size_t maxVersions = 20'000'000;
        std::size_t maxPayloadBytes = 4 * 1024 * 1024;
        int maxDepth = 64;
    };

    static nlohmann::json toFhir(const ExchangeContent& content);
    static std::string toText(const ExchangeContent& content); // compact JSON

    // Refuses anything that is not this profile, naming the entry and field (MalformedInput,
    // field "entry[12].resource.meta.versionId", detail "exchange-bundle-..."). A Bundle of a
    // newer format is refused as UpgradeNeeded's base code (DatabaseTooNew) with detail
    // "exchange-bundle-too-new" and the format in value.
    static base::Result<ExchangeContent> fromFhir(const nlohmann::json& bundle, const Limits& limits);
    static base::Result<ExchangeContent> fromFhir(const nlohmann::json& bundle) { return fromFhir(bundle, Limits{}); }
    static base::Result<ExchangeContent> fromText(const std::string& text, const Limits& limits);
    static base::Result<ExchangeContent> fromText(const std::string& text) { return fromText(text, Limits{}); }

    // FHIR ids allow [A-Za-z0-9-.] only: a version id "origin:counter" travels as "origin.counter".
    static std::string fhirVersionId(const journal::VersionId& id);
    static std::optional<journal::VersionId> fromFhirVersionId(const std::string& text);
};

} // namespace carehouse::exchange
