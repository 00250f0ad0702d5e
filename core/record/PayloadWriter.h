#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace carehouse::record {

// Writes one flat JSON object straight into a string. The journal stores a payload per
// version, millions of them in an area's record, so the hot path avoids building a DOM.
class PayloadWriter
{
public:
    PayloadWriter()
    {
        m_out.reserve(256);
        m_out.push_back('{');
    }
    // Empty text is left out, so "not known" has one form.
    PayloadWriter& text(std::string_view key, std::string_view value);
    PayloadWriter& textAlways(std::string_view key, std::string_view value);
    PayloadWriter& number(std::string_view key, std::optional<double> value);
    PayloadWriter& integer(std::string_view key, std::int64_t value);
    // Only true is written; absent means false.
    PayloadWriter& flag(std::string_view key, bool value);
    PayloadWriter& boolean(std::string_view key, bool value);
    std::string finish();

private:
    void key(std::string_view k);
    void quoted(std::string_view s);
    std::string m_out;
    bool m_first = true;
};

} // namespace carehouse::record
