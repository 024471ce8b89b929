// Sorted tables of Unicode ranges, as the generated .inc files declare
// them (lexer/unicode_tables.inc, stdlib/unicode/tables.inc), and the two
// lookups over them: membership and case mapping by a delta.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>

namespace gos::unicode {

struct RuneRange {
    uint32_t lo, hi;
};

struct CaseRange {
    uint32_t lo, hi;
    int32_t delta;  // what the mapping adds to a rune of the range
};

// Whether r is in one of the sorted, disjoint ranges of table.
template <size_t N>
bool inTable(const RuneRange (&table)[N], uint32_t r) {
    auto it = std::upper_bound(table, table + N, r, [](uint32_t v, const RuneRange& rr) { return v < rr.lo; });
    return it != table && r <= (it - 1)->hi;
}

// r mapped by the range of table holding it, or r itself.
template <size_t N>
uint32_t mapCase(const CaseRange (&table)[N], uint32_t r) {
    auto it = std::upper_bound(table, table + N, r, [](uint32_t v, const CaseRange& c) { return v < c.lo; });
    if (it == table || r > (it - 1)->hi) return r;
    return static_cast<uint32_t>(static_cast<int32_t>(r) + (it - 1)->delta);
}

}  // namespace gos::unicode
