#include "core/letters/PracticeDetails.h"

#include "core/record/RecordStore.h"

namespace carehouse::letters {

namespace {

std::string trim(const std::string& s)
{
    const auto first = s.find_first_not_of(" \t\r\n");
    if (first == std::string::npos)
        return {};
    const auto last = s.find_last_not_of(" \t\r\n");
    return s.substr(first, last - first + 1);
}

// A setting's value, or empty when it was never set.
base::Result<std::string> optionalSetting(const record::RecordStore& store, const char* key)
{
    auto value = store.setting(key);
    if (!value && value.error().code == base::ErrorCode::NotFound)
        return std::string();
    if (!value)
        return value.error();
    return trim(*value);
}

} // namespace

std::vector<std::string> PracticeDetails::splitAddress(const std::string& text)
{
    std::vector<std::string> lines;
    std::string current;
    auto push = [&] {
        auto line = trim(current);
        if (!line.empty())
            lines.push_back(line);
        current.clear();
    };
    for (char c : text) {
        if (c == '\n' || c == ',')
            push();
        else
            current += c;
    }
    push();
    return lines;
}

base::Result<PracticeDetails> PracticeDetails::read(const record::RecordStore& store)
{
    PracticeDetails p;
    auto name = optionalSetting(store, kNameSetting);
    if (!name)
        return name.error();
    auto address = optionalSetting(store, kAddressSetting);
    if (!address)
        return address.error();
    auto phone = optionalSetting(store, kPhoneSetting);
    if (!phone)
        return phone.error();
    p.name = name->empty() && store.initialised() ? store.site().name : *name;
    p.addressLines = splitAddress(*address);
    p.phone = *phone;
    return p;
}

} // namespace carehouse::letters
