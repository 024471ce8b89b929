// What the sort algorithms (pdqsort.h, stable.h) run on: adapters giving
// less(i, j) and swap(i, j) over a []int, a []float64, a []string, and the
// two kinds that call into the VM (a less func for sort.Slice, a
// sort.Interface for sort.Sort), plus the groups of package members each
// file of package sort declares.
#pragma once

#include <cmath>
#include <cstring>
#include <utility>
#include <vector>

#include "stdlib/stdlib.h"

namespace gos::stdlib::sorting {

// IntSlice's order.
struct IntsData {
    int64_t* p;
    bool less(int64_t i, int64_t j) const { return p[i] < p[j]; }
    void swap(int64_t i, int64_t j) const { std::swap(p[i], p[j]); }
};

// Float64Slice's order: NaN before everything else, then <.
struct Float64sData {
    double* p;
    static bool lessValue(double x, double y) { return x < y || (std::isnan(x) && !std::isnan(y)); }
    bool less(int64_t i, int64_t j) const { return lessValue(p[i], p[j]); }
    void swap(int64_t i, int64_t j) const { std::swap(p[i], p[j]); }
};

// StringSlice's order: bytes, as Go's < on strings.
struct StringsData {
    vm::GoString* p;
    static bool lessValue(const vm::GoString& x, const vm::GoString& y) { return x.view() < y.view(); }
    bool less(int64_t i, int64_t j) const { return lessValue(p[i], p[j]); }
    void swap(int64_t i, int64_t j) const { std::swap(p[i], p[j]); }
};

// sort.Slice's lessSwap: a Go func(i, j int) bool run by the VM, and the
// swap of reflect.Swapper: the bytes of two elements of the slice.
class FuncData {
public:
    FuncData(vm::VM& vm, const vm::Closure* less, vm::GoSlice s, int64_t elemSize)
        : vm_(vm), less_(less), base_(static_cast<char*>(s.data)), size_(static_cast<size_t>(elemSize)) {
        tmp_.resize(size_);
    }
    bool less(int64_t i, int64_t j) {
        args_[0] = static_cast<uint64_t>(i);
        args_[1] = static_cast<uint64_t>(j);
        vm_.call(less_, args_, result_);
        return (result_[0] & 0xFF) != 0;
    }
    void swap(int64_t i, int64_t j) {
        if (size_ == 0 || i == j) return;
        char* x = base_ + static_cast<size_t>(i) * size_;
        char* y = base_ + static_cast<size_t>(j) * size_;
        std::memcpy(tmp_.data(), x, size_);
        std::memcpy(x, y, size_);
        std::memcpy(y, tmp_.data(), size_);
    }

private:
    vm::VM& vm_;
    const vm::Closure* less_;
    char* base_;
    size_t size_;
    std::vector<char> tmp_;
    uint64_t args_[2] = {};
    uint64_t result_[1] = {};
};

// Go's Search: the smallest i in [0, n) with atLeast(i), or n, probing
// the midpoints Go probes (which matters when atLeast is not monotonic).
template <class Pred>
int64_t search(int64_t n, Pred atLeast) {
    int64_t i = 0, j = n;
    while (i < j) {
        auto h = static_cast<int64_t>(static_cast<uint64_t>(i + j) >> 1);
        if (!atLeast(h)) i = h + 1;
        else j = h;
    }
    return i;
}

// The groups of package members, one per file.
void declareSliceFunctions(PackageBuilder& b);  // sort.cpp
void declareInterface(PackageBuilder& b);       // interface.cpp

}  // namespace gos::stdlib::sorting
