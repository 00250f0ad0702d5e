#pragma once

#include "core/base/Result.h"

#include <string>
#include <vector>

namespace carehouse::record {
class RecordStore;
}

namespace carehouse::letters {

// Who a letter is from, as the practice set it up: the settings practice.name,
// practice.address (lines separated by new lines or commas) and practice.phone. The name falls
// back to the site name; the others may be empty.
struct PracticeDetails
{
    std::string name;
    std::vector<std::string> addressLines;
    std::string phone;

    static constexpr const char* kNameSetting = "practice.name";
    static constexpr const char* kAddressSetting = "practice.address";
    static constexpr const char* kPhoneSetting = "practice.phone";

    static base::Result<PracticeDetails> read(const record::RecordStore& store);
    static std::vector<std::string> splitAddress(const std::string& text);
};

} // namespace carehouse::letters
