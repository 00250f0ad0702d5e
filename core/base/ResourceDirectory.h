#pragma once

#include <string>
#include <vector>

namespace carehouse::base {

// Where the data files in resources/ are: $CAREHOUSE_RESOURCES, else beside an installed
// binary (../share/carehouse/resources), else the source tree the program was built from.
std::string resourceDirectory();
std::string resourcePath(const std::string& relative);
// The variable part of the files in a resource folder named <prefix><variant><suffix>, sorted:
// the languages of "letters/results-wording-<language>.json".
std::vector<std::string> resourceVariants(const std::string& folder, const std::string& prefix,
                                          const std::string& suffix);

} // namespace carehouse::base
