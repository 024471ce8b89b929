// Slices at run time.
//
// A slice is a header {ptr, len, cap} over a backing array allocated from
// the collector. What a Go programmer can observe of the runtime here is
// the capacity: `cap(append(s, x))` is a number people print, test and
// reason about (when does append copy? does this subslice still share
// memory?). So gos computes it with Go's own rule (runtime/slice.go,
// growslice in Go 1.19):
//
//   - the new capacity starts as the needed length if that is more than
//     double the old capacity; else as double the old capacity below 256
//     elements; else the old capacity grown by (c + 3*256)/4 per step until
//     it is enough (a smooth transition from doubling to 1.25x);
//   - the bytes it takes are then rounded up to the size class the Go
//     allocator would use (runtime/sizeclasses.go), and the capacity is
//     whatever fits in them. So appending one int to an empty slice gives
//     cap 1, then 2, 4, 8; appending one byte gives cap 8; five 24-byte
//     structs give 48 bytes... exactly Go's figures for every element size.
//
// make([]T, n, c) allocates exactly c elements (no rounding), as Go does.
// Pointer-free element types are allocated atomic: the collector never
// scans them. A zero-sized element type allocates nothing.
#include "vm/slice.h"

#include <cstring>

namespace gos::vm {

namespace {

// Go's malloc size classes up to 32 KiB (runtime/sizeclasses.go,
// class_to_size): a small object takes the smallest class that holds it.
constexpr uint16_t kSizeClasses[] = {
    8,    16,   24,   32,   48,   64,   80,   96,    112,   128,   144,   160,   176,   192,   208,   224,   240,
    256,  288,  320,  352,  384,  416,  448,  480,   512,   576,   640,   704,   768,   896,   1024,  1152,  1280,
    1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200,  3456,  4096,  4864,  5376,  6144,  6528,  6784,  6912,  8192,
    9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768,
};
constexpr uint64_t kMaxSmallSize = 32768;
constexpr uint64_t kPageSize = 8192;
// The most a single allocation may ask for on amd64 (runtime.maxAlloc).
constexpr uint64_t kMaxAlloc = uint64_t(1) << 48;

// a*b, or false when it overflows
bool multiply(uint64_t a, uint64_t b, uint64_t& out) { return !__builtin_mul_overflow(a, b, &out); }

}  // namespace

uint64_t roundUpSize(uint64_t bytes) {
    if (bytes < kMaxSmallSize) {
        for (uint16_t c : kSizeClasses)
            if (c >= bytes) return c;
    }
    if (bytes + kPageSize < bytes) return bytes;
    return (bytes + kPageSize - 1) / kPageSize * kPageSize;
}

GoSlice makeSlice(VM& vm, const types::Type* elem, int64_t len, int64_t cap) {
    uint64_t size = static_cast<uint64_t>(elem->size);
    uint64_t mem = 0;
    if (!multiply(size, static_cast<uint64_t>(cap), mem) || mem > kMaxAlloc || len < 0 || len > cap) {
        if (!multiply(size, static_cast<uint64_t>(len), mem) || mem > kMaxAlloc || len < 0)
            vm.runtimeError("makeslice: len out of range");
        vm.runtimeError("makeslice: cap out of range");
    }
    return {vm.allocate(mem, elem->pointerFree), len, cap};
}

GoSlice growSlice(VM& vm, const types::Type* elem, GoSlice s, int64_t needed) {
    // needed is len + the elements appended: past MaxInt it wraps negative
    if (needed < 0) vm.runtimeError("growslice: cap out of range");
    if (needed <= s.cap) return s;
    uint64_t size = static_cast<uint64_t>(elem->size);
    if (size == 0) {
        // every zero-sized array may share one address
        static char zerobase;
        return {&zerobase, s.len, needed};
    }
    int64_t newcap = s.cap;
    int64_t doublecap = newcap + newcap;
    if (needed > doublecap) {
        newcap = needed;
    } else if (s.cap < 256) {
        newcap = doublecap;
    } else {
        while (0 < newcap && newcap < needed) newcap += (newcap + 3 * 256) / 4;
        if (newcap <= 0) newcap = needed;
    }
    uint64_t mem = 0;
    if (!multiply(size, static_cast<uint64_t>(newcap), mem) || mem > kMaxAlloc)
        vm.runtimeError("growslice: cap out of range");
    mem = roundUpSize(mem);
    newcap = static_cast<int64_t>(mem / size);
    // as Go's growslice, pointer-free memory is cleared only past the
    // copied elements (a big slice grows without a pass over all of it)
    size_t copied = static_cast<size_t>(s.len) * size;
    void* data = elem->pointerFree ? vm.allocateUncleared(mem) : vm.allocate(mem, false);
    if (copied > 0) std::memcpy(data, s.data, copied);
    if (elem->pointerFree) std::memset(static_cast<char*>(data) + copied, 0, mem - copied);
    return {data, s.len, newcap};
}

}  // namespace gos::vm
