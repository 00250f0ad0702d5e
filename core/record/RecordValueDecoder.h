#pragma once

#include "core/record/ChangeSet.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace carehouse::record {

// A journal payload read back into its typed value, for projecting a version that arrived from
// another site or re-committing the version a clinician kept when resolving a conflict.
// nullopt when the payload is not a JSON object.
std::optional<RecordValue> decodeRecordValue(RecordType type, const std::string& recordId,
                                             const nlohmann::json& payload);

// True for a version that takes its record out of use: an observation, diagnosis or completed
// questionnaire marked entered in error, a test request or appointment cancelled, an exception
// withdrawn. An edit concurrent with such a version is listed as "edit meets retirement".
bool isRetired(const RecordValue& value);

} // namespace carehouse::record
