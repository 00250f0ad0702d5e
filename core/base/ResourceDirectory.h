#pragma once

#include <string>

namespace carehouse::base {

// Where the data files in resources/ are: $CAREHOUSE_RESOURCES, else beside an installed
// binary (../share/carehouse/resources), else the source tree the program was built from.
std::string resourceDirectory();
std::string resourcePath(const std::string& relative);

} // namespace carehouse::base
