#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace carehouse::results {

// One result as a laboratory file gave it, before matching or conversion. `where` says where
// in the file it came from (a CSV line, a FHIR JSON path) so every problem can point at it.
struct LabResultRow
{
    int line = 0; // 1-based line of a CSV row, or of the resource in a JSON file
    std::string where; // "line 7" / "$.entry[3].resource"
    std::string nhsNumber;
    std::string birthDate; // as given
    std::string system;
    std::string code;
    std::optional<double> value;
    std::optional<double> value2;
    std::string valueText; // as given, for the unmatched queue and messages
    std::string unit;
    std::string effective; // as given
    std::string sourceId; // the result's own identifier in the file, when it has one
    // Further codings of the same result (FHIR allows several); tried when the first is unknown.
    std::vector<std::pair<std::string, std::string>> otherCodings;
};

} // namespace carehouse::results
