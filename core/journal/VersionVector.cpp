#include "core/journal/VersionVector.h"

#include <algorithm>

namespace carehouse::journal {

namespace {

const std::vector<VersionVector::Range> kNone;

} // namespace

void VersionVector::add(const std::string& origin, std::int64_t counter)
{
    addRange(origin, {counter, counter});
}

void VersionVector::addRange(const std::string& origin, Range range)
{
    if (range.first < 1 || range.last < range.first)
        return;
    auto& list = m_ranges[origin];
    // The first range that could touch the new one: ends at or after first - 1.
    auto it = std::lower_bound(list.begin(), list.end(), range.first - 1,
                               [](const Range& r, std::int64_t value) { return r.last < value; });
    auto end = it;
    while (end != list.end() && end->first <= range.last + 1) {
        range.first = std::min(range.first, end->first);
        range.last = std::max(range.last, end->last);
        ++end;
    }
    it = list.erase(it, end);
    list.insert(it, range);
}

void VersionVector::merge(const VersionVector& other)
{
    for (const auto& [origin, list] : other.m_ranges)
        for (const auto& r : list)
            addRange(origin, r);
}

bool VersionVector::contains(const std::string& origin, std::int64_t counter) const
{
    auto found = m_ranges.find(origin);
    if (found == m_ranges.end())
        return false;
    const auto& list = found->second;
    auto it = std::lower_bound(list.begin(), list.end(), counter,
                               [](const Range& r, std::int64_t value) { return r.last < value; });
    return it != list.end() && it->first <= counter;
}

bool VersionVector::covers(const VersionVector& other) const
{
    for (const auto& [origin, list] : other.m_ranges) {
        auto found = m_ranges.find(origin);
        if (found == m_ranges.end())
            return false; // a stored list is never empty
        const auto& mine = found->second;
        for (const auto& r : list) {
            auto it = std::lower_bound(mine.begin(), mine.end(), r.first,
                                       [](const Range& m, std::int64_t value) { return m.last < value; });
            if (it == mine.end() || it->first > r.first || it->last < r.last)
                return false;
        }
    }
    return true;
}

std::int64_t VersionVector::contiguousHighest(const std::string& origin) const
{
    const auto& list = ranges(origin);
    return !list.empty() && list.front().first == 1 ? list.front().last : 0;
}

const std::vector<VersionVector::Range>& VersionVector::ranges(const std::string& origin) const
{
    auto found = m_ranges.find(origin);
    return found == m_ranges.end() ? kNone : found->second;
}

std::vector<std::string> VersionVector::origins() const
{
    std::vector<std::string> out;
    out.reserve(m_ranges.size());
    for (const auto& entry : m_ranges)
        out.push_back(entry.first);
    return out;
}

std::int64_t VersionVector::count() const
{
    std::int64_t n = 0;
    for (const auto& entry : m_ranges)
        for (const auto& r : entry.second)
            n += r.last - r.first + 1;
    return n;
}

nlohmann::json VersionVector::toJson() const
{
    auto out = nlohmann::json::object();
    for (const auto& [origin, list] : m_ranges) {
        auto ranges = nlohmann::json::array();
        for (const auto& r : list)
            ranges.push_back({r.first, r.last});
        out[origin] = std::move(ranges);
    }
    return out;
}

base::Result<VersionVector> VersionVector::fromJson(const nlohmann::json& json)
{
    auto bad = [](const std::string& origin) {
        return base::Error::make(base::ErrorCode::MalformedInput, "version vector", origin);
    };
    if (!json.is_object())
        return bad({});
    VersionVector v;
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (it.key().empty() || !it.value().is_array())
            return bad(it.key());
        for (const auto& r : it.value()) {
            if (!r.is_array() || r.size() != 2 || !r[0].is_number_integer() || !r[1].is_number_integer())
                return bad(it.key());
            const auto first = r[0].get<std::int64_t>();
            const auto last = r[1].get<std::int64_t>();
            if (first < 1 || last < first)
                return bad(it.key());
            v.addRange(it.key(), {first, last});
        }
    }
    return v;
}

} // namespace carehouse::journal
