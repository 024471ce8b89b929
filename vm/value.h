// The layout of Go values in memory, shared by the VM and the natives.
//
// A value of any type lives in whole 8-byte slots when it is in a frame,
// and in its type's size and alignment (types/types.h) anywhere else.
// These are the multi-word shapes everyone reads and writes directly.
#pragma once

#include <cstdint>
#include <string_view>

#include "vm/program.h"

namespace gos::vm {

// The layout of Go values the VM and the natives share.
struct GoString {
    const char* data;
    int64_t len;
    std::string_view view() const { return {data, static_cast<size_t>(len)}; }
};

struct GoSlice {
    void* data;
    int64_t len;
    int64_t cap;
};

struct Iface {
    types::Type* type;  // null for a nil interface
    void* data;         // the value itself if pointer-shaped, else a pointer to a copy
};

struct Closure {
    const Function* fn;
    void* captures[1];  // fn->captures of them
};

}  // namespace gos::vm
