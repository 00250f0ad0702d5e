#pragma once

#include "core/base/Result.h"
#include "core/journal/VersionId.h"

#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace carehouse::journal {

// Which versions a site holds (or a peer has acknowledged): for each origin incarnation, the
// counters held as sorted, disjoint, non-adjacent closed ranges. A site seldom holds every
// counter of an origin (staff accounts never leave the site that made them, a file may be
// lost), so gaps are part of the value rather than an error; adding a counter twice, or in any
// order, gives the same vector.
class VersionVector
{
public:
    struct Range
    {
        std::int64_t first = 0;
        std::int64_t last = 0;
        bool operator==(const Range&) const = default;
    };

    void add(const std::string& origin, std::int64_t counter);
    void add(const VersionId& id) { add(id.origin, id.counter); }
    void addRange(const std::string& origin, Range range);
    // Everything held by either vector.
    void merge(const VersionVector& other);

    bool contains(const std::string& origin, std::int64_t counter) const;
    bool contains(const VersionId& id) const { return contains(id.origin, id.counter); }
    // True when every version `other` holds is held here.
    bool covers(const VersionVector& other) const;
    // The highest n such that counters 1..n of `origin` are all held; 0 when counter 1 is not.
    std::int64_t contiguousHighest(const std::string& origin) const;
    // The ranges held for `origin` (empty when none).
    const std::vector<Range>& ranges(const std::string& origin) const;
    std::vector<std::string> origins() const;
    std::int64_t count() const; // versions held, over all origins
    bool empty() const { return m_ranges.empty(); }

    // {"<origin>": [[first, last], ...], ...}; the form that travels in exchange metadata.
    nlohmann::json toJson() const;
    // Refuses anything but that form (counters >= 1, first <= last); ranges may come in any order.
    static base::Result<VersionVector> fromJson(const nlohmann::json& json);

    bool operator==(const VersionVector&) const = default;

private:
    std::map<std::string, std::vector<Range>> m_ranges;
};

} // namespace carehouse::journal
