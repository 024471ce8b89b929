// Go's unstable sort: pattern-defeating quicksort (pdqsort), as Go 1.19's
// sort package runs it for sort.Sort, sort.Slice, sort.Ints and the rest.
//
// Why copy an algorithm step for step rather than call std::sort? Because
// what an unstable sort does is observable in Go. The order it leaves equal
// elements in shows whenever the elements differ in something the less
// function ignores (sort.Slice by one field of a struct, -0 and +0 among
// float64s); and a less function written in Go can count or print its
// calls. Go promises neither, yet programs depend on both, so gos makes
// the same comparisons and the same swaps in the same order: the same
// insertion-sort threshold (12), the same pivot choice (the element at a
// quarter of the range for short ranges, median of three from 8 elements,
// Tukey's ninther from 50), the same recognition of ascending and
// descending runs (partial insertion sort, reversing), the same partition
// (and the partition of equal elements when the pivot equals the element
// before the range), the same deterministic "random" swaps (an xorshift
// generator seeded with the length) when partitions turn out unbalanced,
// and heapsort after log2(n) bad pivots.
//
// The algorithms are templates over a data adapter with
//   bool less(int64_t i, int64_t j);  void swap(int64_t i, int64_t j);
// so that a slice of ints compares in C++ while sort.Slice and sort.Sort
// call back into the VM through the same code.
#pragma once

#include <cstdint>
#include <tuple>
#include <utility>

namespace gos::stdlib::sorting {

// bits.Len: the number of bits needed to represent x.
inline int bitLength(uint64_t x) { return x == 0 ? 0 : 64 - __builtin_clzll(x); }

// data[a:b] by straight insertion: each element sinks left past the
// larger ones, one swap at a time.
template <class Data>
void insertionSort(Data& d, int64_t a, int64_t b) {
    for (int64_t i = a + 1; i < b; ++i)
        for (int64_t j = i; j > a && d.less(j, j - 1); --j) d.swap(j, j - 1);
}

namespace detail {

enum class Hint { Unknown, Increasing, Decreasing };

// Restores the max-heap below root in the heap data[first+lo : first+hi].
template <class Data>
void siftDown(Data& d, int64_t root, int64_t hi, int64_t first) {
    for (;;) {
        int64_t child = 2 * root + 1;
        if (child >= hi) return;
        if (child + 1 < hi && d.less(first + child, first + child + 1)) ++child;
        if (!d.less(first + root, first + child)) return;
        d.swap(first + root, first + child);
        root = child;
    }
}

template <class Data>
void heapSort(Data& d, int64_t a, int64_t b) {
    const int64_t first = a, hi = b - a;
    for (int64_t i = (hi - 1) / 2; i >= 0; --i) siftDown(d, i, hi, first);
    for (int64_t i = hi - 1; i >= 0; --i) {
        d.swap(first, first + i);
        siftDown(d, 0, i, first);
    }
}

// Go's xorshift generator, seeded with the length of the range.
struct XorShift {
    uint64_t state;
    uint64_t next() {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        return state;
    }
};

// Three swaps around the middle of data[a:b] with pseudo-random partners.
template <class Data>
void breakPatterns(Data& d, int64_t a, int64_t b) {
    const int64_t length = b - a;
    if (length < 8) return;
    XorShift random{static_cast<uint64_t>(length)};
    const uint64_t modulus = uint64_t(1) << bitLength(static_cast<uint64_t>(length));
    const int64_t middle = a + (length / 4) * 2;
    for (int64_t idx = middle - 1; idx <= middle + 1; ++idx) {
        auto other = static_cast<int64_t>(random.next() & (modulus - 1));
        if (other >= length) other -= length;
        d.swap(idx, a + other);
    }
}

// The pair (x, y) in order, counting a swap when they were out of order.
template <class Data>
std::pair<int64_t, int64_t> order2(Data& d, int64_t x, int64_t y, int& swaps) {
    if (d.less(y, x)) {
        ++swaps;
        return {y, x};
    }
    return {x, y};
}

// The index of the median of data[x], data[y], data[z].
template <class Data>
int64_t median(Data& d, int64_t x, int64_t y, int64_t z, int& swaps) {
    std::tie(x, y) = order2(d, x, y, swaps);
    std::tie(y, z) = order2(d, y, z, swaps);
    std::tie(x, y) = order2(d, x, y, swaps);
    return y;
}

template <class Data>
std::pair<int64_t, Hint> choosePivot(Data& d, int64_t a, int64_t b) {
    constexpr int64_t kShortestNinther = 50;
    constexpr int kMaxSwaps = 4 * 3;
    const int64_t l = b - a;
    int swaps = 0;
    int64_t i = a + l / 4 * 1;
    int64_t j = a + l / 4 * 2;
    int64_t k = a + l / 4 * 3;
    if (l >= 8) {
        if (l >= kShortestNinther) {
            i = median(d, i - 1, i, i + 1, swaps);
            j = median(d, j - 1, j, j + 1, swaps);
            k = median(d, k - 1, k, k + 1, swaps);
        }
        j = median(d, i, j, k, swaps);
    }
    if (swaps == 0) return {j, Hint::Increasing};
    if (swaps == kMaxSwaps) return {j, Hint::Decreasing};
    return {j, Hint::Unknown};
}

template <class Data>
void reverseRange(Data& d, int64_t a, int64_t b) {
    for (int64_t i = a, j = b - 1; i < j; ++i, --j) d.swap(i, j);
}

// Sorts data[a:b] if it is nearly sorted (a few misplaced elements);
// reports whether it is sorted now.
template <class Data>
bool partialInsertionSort(Data& d, int64_t a, int64_t b) {
    constexpr int kMaxSteps = 5;
    constexpr int64_t kShortestShifting = 50;
    int64_t i = a + 1;
    for (int step = 0; step < kMaxSteps; ++step) {
        while (i < b && !d.less(i, i - 1)) ++i;
        if (i == b) return true;
        if (b - a < kShortestShifting) return false;
        d.swap(i, i - 1);
        // the smaller one sinks left (down to index 1, whatever a is, as in Go)
        if (i - a >= 2) {
            for (int64_t j = i - 1; j >= 1; --j) {
                if (!d.less(j, j - 1)) break;
                d.swap(j, j - 1);
            }
        }
        // the greater one rises right
        if (b - i >= 2) {
            for (int64_t j = i + 1; j < b; ++j) {
                if (!d.less(j, j - 1)) break;
                d.swap(j, j - 1);
            }
        }
    }
    return false;
}

// Partitions data[a:b] around data[pivot]: smaller elements before the
// pivot's new index, the others after. Also reports whether nothing had
// to move.
template <class Data>
std::pair<int64_t, bool> partition(Data& d, int64_t a, int64_t b, int64_t pivot) {
    d.swap(a, pivot);
    int64_t i = a + 1, j = b - 1;
    while (i <= j && d.less(i, a)) ++i;
    while (i <= j && !d.less(j, a)) --j;
    if (i > j) {
        d.swap(j, a);
        return {j, true};
    }
    d.swap(i, j);
    ++i;
    --j;
    for (;;) {
        while (i <= j && d.less(i, a)) ++i;
        while (i <= j && !d.less(j, a)) --j;
        if (i > j) break;
        d.swap(i, j);
        ++i;
        --j;
    }
    d.swap(j, a);
    return {j, false};
}

// Partitions data[a:b], none of whose elements is smaller than
// data[pivot], into the elements equal to it and then the greater ones;
// returns where the greater ones start.
template <class Data>
int64_t partitionEqual(Data& d, int64_t a, int64_t b, int64_t pivot) {
    d.swap(a, pivot);
    int64_t i = a + 1, j = b - 1;
    for (;;) {
        while (i <= j && !d.less(a, i)) ++i;
        while (i <= j && d.less(a, j)) --j;
        if (i > j) break;
        d.swap(i, j);
        ++i;
        --j;
    }
    return i;
}

}  // namespace detail

// Sorts data[a:b], falling back to heapsort after limit bad pivots
// (Go passes bits.Len(n)).
template <class Data>
void pdqsort(Data& d, int64_t a, int64_t b, int limit) {
    using detail::Hint;
    constexpr int64_t kMaxInsertion = 12;
    bool wasBalanced = true;     // the last partition was not lopsided
    bool wasPartitioned = true;  // the last partition moved nothing
    for (;;) {
        const int64_t length = b - a;
        // data that counts work (sort.Ints and its kind, whose comparisons
        // are not Go calls): each pass over a range is charged, so a long
        // sort meets the step limit and the host's checks as it goes
        if constexpr (requires { d.progress(length); }) d.progress(length);
        if (length <= kMaxInsertion) {
            insertionSort(d, a, b);
            return;
        }
        if (limit == 0) {
            detail::heapSort(d, a, b);
            return;
        }
        if (!wasBalanced) {
            detail::breakPatterns(d, a, b);
            --limit;
        }
        auto [pivot, hint] = detail::choosePivot(d, a, b);
        if (hint == Hint::Decreasing) {
            detail::reverseRange(d, a, b);
            pivot = (b - 1) - (pivot - a);  // where the pivot went
            hint = Hint::Increasing;
        }
        if (wasBalanced && wasPartitioned && hint == Hint::Increasing && detail::partialInsertionSort(d, a, b)) return;
        // a pivot equal to the element before the range: it is the
        // smallest here, so split off the run of elements equal to it
        if (a > 0 && !d.less(a - 1, pivot)) {
            a = detail::partitionEqual(d, a, b, pivot);
            continue;
        }
        auto [mid, alreadyPartitioned] = detail::partition(d, a, b, pivot);
        wasPartitioned = alreadyPartitioned;
        const int64_t leftLen = mid - a, rightLen = b - mid;
        const int64_t balanceThreshold = length / 8;
        // recurse into the shorter side, loop on the longer
        if (leftLen < rightLen) {
            wasBalanced = leftLen >= balanceThreshold;
            pdqsort(d, a, mid, limit);
            a = mid + 1;
        } else {
            wasBalanced = rightLen >= balanceThreshold;
            pdqsort(d, mid + 1, b, limit);
            b = mid;
        }
    }
}

// sort.Sort's entry: the whole of data[0:n].
template <class Data>
void sortAll(Data& d, int64_t n) {
    pdqsort(d, 0, n, bitLength(static_cast<uint64_t>(n)));
}

}  // namespace gos::stdlib::sorting
