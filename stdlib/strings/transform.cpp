// Package strings: making new strings from old ones. Repeat, Replace,
// ReplaceAll, ToUpper and ToLower.
//
// Repeat panics as Go's does, with Go's messages: a negative count, a
// length that overflows int, and a length the allocator refuses (the
// runtime error of make). Replace follows Go's definition of an empty old
// string: it matches at the start and after every UTF-8 sequence, an
// invalid byte being a sequence of one. The case mappings decode rune by
// rune; an invalid byte becomes U+FFFD in the result, as Go's Map makes it.
#include <string>

#include "stdlib/strings/text.h"
#include "vm/slice.h"

namespace gos::stdlib::text {

using types::Kind;

namespace {

void nRepeat(vm::VM& vm, uint64_t* a) {
    std::string_view s = stringArg(a, 0);
    auto count = static_cast<int64_t>(a[2]);
    if (count == 0) {
        setString(a, 0, {nullptr, 0});
        return;
    }
    if (count < 0) panicString(vm, "strings: negative Repeat count");
    int64_t n = 0;
    if (__builtin_mul_overflow(static_cast<int64_t>(s.size()), count, &n))
        panicString(vm, "strings: Repeat count causes overflow");
    // Go grows a Builder to n bytes first: make([]byte, 0, n)
    vm::GoSlice buf = vm::makeSlice(vm, vm.program().types->basic(Kind::Uint8), 0, n);
    auto* out = static_cast<char*>(buf.data);
    // as Go: s once, then what is written so far, doubling
    if (n > 0) std::memcpy(out, s.data(), s.size());
    for (int64_t done = static_cast<int64_t>(s.size()); done < n;) {
        int64_t chunk = std::min(done, n - done);
        std::memcpy(out + done, out, static_cast<size_t>(chunk));
        done += chunk;
    }
    setString(a, 0, {n ? out : nullptr, n});
}

// Replace(s, old, new, n): the first n non-overlapping instances (all if n < 0).
vm::GoString replace(vm::VM& vm, std::string_view s, std::string_view from, std::string_view to, int64_t n) {
    if (from == to || n == 0) return viewString(s);
    int64_t m = count(s, from);
    if (m == 0) return viewString(s);
    if (n < 0 || m < n) n = m;
    std::string out;
    size_t start = 0;
    for (int64_t i = 0; i < n; ++i) {
        size_t j = start;
        if (from.empty()) {
            uint32_t r;
            if (i > 0) j += decodeRune(s.substr(start), r);
        } else {
            j = s.find(from, start);
        }
        out += s.substr(start, j - start);
        out += to;
        start = j + from.size();
    }
    out += s.substr(start);
    return vm.makeString(out);
}

void nReplace(vm::VM& vm, uint64_t* a) {
    setString(a, 0, replace(vm, stringArg(a, 0), stringArg(a, 2), stringArg(a, 4), static_cast<int64_t>(a[6])));
}
void nReplaceAll(vm::VM& vm, uint64_t* a) {
    setString(a, 0, replace(vm, stringArg(a, 0), stringArg(a, 2), stringArg(a, 4), -1));
}

// Every rune through f; Go returns s itself when nothing changes.
void mapRunes(vm::VM& vm, uint64_t* a, uint32_t (*f)(uint32_t)) {
    std::string_view s = stringArg(a, 0);
    std::string out;
    out.reserve(s.size());
    bool changed = false;
    for (size_t i = 0; i < s.size();) {
        uint32_t r;
        size_t w = decodeRune(s.substr(i), r);
        uint32_t m = f(r);
        // an invalid byte is rewritten as U+FFFD even when f keeps U+FFFD
        if (m != r || (r == unicode::kRuneError && w == 1)) changed = true;
        unicode::encode(out, m);
        i += w;
    }
    setString(a, 0, changed ? vm.makeString(out) : viewString(s));
}

void nToUpper(vm::VM& vm, uint64_t* a) { mapRunes(vm, a, unicode::toUpper); }
void nToLower(vm::VM& vm, uint64_t* a) { mapRunes(vm, a, unicode::toLower); }

}  // namespace

void declareTransform(PackageBuilder& b) {
    auto& tt = b.types();
    types::Type* s = b.basic(Kind::String);
    types::Type* intT = b.basic(Kind::Int);
    b.func("Repeat", tt.func({s, intT}, {s}, false), nRepeat);
    b.func("Replace", tt.func({s, s, s, intT}, {s}, false), nReplace);
    b.func("ReplaceAll", tt.func({s, s, s}, {s}, false), nReplaceAll);
    b.func("ToUpper", tt.func({s}, {s}, false), nToUpper);
    b.func("ToLower", tt.func({s}, {s}, false), nToLower);
}

}  // namespace gos::stdlib::text
