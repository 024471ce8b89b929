// Go's stable sort, as Go 1.19's sort.Stable and sort.SliceStable run it:
// insertion sort on blocks of 20 elements, then merging neighbouring
// blocks of doubling size in place with SymMerge (Kim and Kutzner,
// "Stable Minimum Storage Merging by Symmetric Comparisons", 2004), whose
// rotations are done by block swaps.
//
// A stable sort's result is fixed by the order of the input, but its calls
// to less are not, and a less function written in Go can observe them; so,
// as for pdqsort.h, the same comparisons are made in the same order as in
// Go, binary searches included. Templates over the same data adapter
// (less(i, j), swap(i, j)).
#pragma once

#include "stdlib/sort/pdqsort.h"

namespace gos::stdlib::sorting {

namespace detail {

// Swaps data[a:a+n] with data[b:b+n], element by element.
template <class Data>
void swapRange(Data& d, int64_t a, int64_t b, int64_t n) {
    for (int64_t i = 0; i < n; ++i) d.swap(a + i, b + i);
}

// Turns the blocks data[a:m] data[m:b] into data[m:b] data[a:m].
template <class Data>
void rotate(Data& d, int64_t a, int64_t m, int64_t b) {
    int64_t i = m - a, j = b - m;
    while (i != j) {
        if (i > j) {
            swapRange(d, m - i, m, j);
            i -= j;
        } else {
            swapRange(d, m - i, m + j - i, i);
            j -= i;
        }
    }
    swapRange(d, m - i, m, i);
}

// The midpoint Go computes as int(uint(x+y) >> 1).
inline int64_t half(int64_t x, int64_t y) { return static_cast<int64_t>(static_cast<uint64_t>(x + y) >> 1); }

// Merges the sorted runs data[a:m] and data[m:b] (a < m < b).
template <class Data>
void symMerge(Data& d, int64_t a, int64_t m, int64_t b) {
    if (m - a == 1) {
        // one element on the left: find its place in the right run
        int64_t i = m, j = b;
        while (i < j) {
            int64_t h = half(i, j);
            if (d.less(h, a)) i = h + 1;
            else j = h;
        }
        for (int64_t k = a; k < i - 1; ++k) d.swap(k, k + 1);
        return;
    }
    if (b - m == 1) {
        // one element on the right: find its place in the left run
        int64_t i = a, j = m;
        while (i < j) {
            int64_t h = half(i, j);
            if (!d.less(m, h)) i = h + 1;
            else j = h;
        }
        for (int64_t k = m; k > i; --k) d.swap(k, k - 1);
        return;
    }
    const int64_t mid = half(a, b);
    const int64_t n = mid + m;
    int64_t start, r;
    if (m > mid) {
        start = n - b;
        r = mid;
    } else {
        start = a;
        r = m;
    }
    const int64_t p = n - 1;
    while (start < r) {
        int64_t c = half(start, r);
        if (!d.less(p - c, c)) start = c + 1;
        else r = c;
    }
    const int64_t end = n - start;
    if (start < m && m < end) rotate(d, start, m, end);
    if (a < start && start < mid) symMerge(d, a, start, mid);
    if (mid < end && end < b) symMerge(d, mid, end, b);
}

}  // namespace detail

// Sorts data[0:n], keeping equal elements in their order.
template <class Data>
void stableSort(Data& d, int64_t n) {
    int64_t blockSize = 20;
    int64_t a = 0, b = blockSize;
    while (b <= n) {
        insertionSort(d, a, b);
        a = b;
        b += blockSize;
    }
    insertionSort(d, a, n);
    while (blockSize < n) {
        a = 0;
        b = 2 * blockSize;
        while (b <= n) {
            detail::symMerge(d, a, a + blockSize, b);
            a = b;
            b += 2 * blockSize;
        }
        if (int64_t m = a + blockSize; m < n) detail::symMerge(d, a, m, n);
        blockSize *= 2;
    }
}

}  // namespace gos::stdlib::sorting
