#pragma once

#include <string>
#include <string_view>

namespace carehouse::base {

// The search key for a name: lower case, accents removed (Łukasz -> lukasz, Zoë -> zoe),
// apostrophes and full stops dropped (O'Brien -> obrien), hyphens and runs of spaces made one
// space. The same fold is applied to stored names and typed queries, so "obrien", "O'Brien"
// and "o brien" find the same person.
std::string foldForSearch(std::string_view utf8);

// Upper-cases ASCII and the Latin accented letters the fold knows, for FAMILY display.
std::string upperName(std::string_view utf8);

} // namespace carehouse::base
