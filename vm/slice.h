// Slices at run time: make, append's growth and copy, as Go's runtime
// does them (see slice.cpp).
#pragma once

#include <cstdint>

#include "vm/vm.h"

namespace gos::vm {

// The size the allocator really hands out for a request of `bytes`: Go's
// malloc size class (roundupsize), or whole 8 KiB pages for large objects.
uint64_t roundUpSize(uint64_t bytes);

// make([]T, len, cap) where elem is T. Panics as Go does when len or cap
// is negative, too large, or cap < len.
GoSlice makeSlice(VM& vm, const types::Type* elem, int64_t len, int64_t cap);

// Makes room for `needed` elements in s (when needed > s.cap): a new
// backing array with Go's capacity, holding a copy of s's elements; s.len
// is unchanged. Returns s itself when it already has the room.
GoSlice growSlice(VM& vm, const types::Type* elem, GoSlice s, int64_t needed);

}  // namespace gos::vm
