#pragma once

#include "core/base/Result.h"

#include <nlohmann/json.hpp>
#include <string>

namespace carehouse::base {

// Reads a JSON data file; a syntax error is reported with the file name and line.
Result<nlohmann::json> readJsonFile(const std::string& path);
// An error about a field of a data file, naming the file and the JSON path.
Error dataFileError(const std::string& path, const std::string& jsonPath, const std::string& problem);

} // namespace carehouse::base
