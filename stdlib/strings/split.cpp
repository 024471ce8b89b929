// Package strings: cutting a string into pieces and gluing pieces together.
// Split, SplitN, SplitAfter, SplitAfterN, Fields, Cut and Join.
//
// The pieces are substrings of the argument (Go strings share bytes, so no
// piece is copied), held in a new []string. Its capacity is observable
// (cap(strings.SplitN(s, ",", 10))), and Go allocates it from an estimate
// before splitting: the separator count plus one, capped at len(s)+1, or
// the n given to SplitN under the same cap; Fields sizes it exactly. The
// estimates are kept here so cap() agrees with Go. Splitting around the
// empty separator cuts after every UTF-8 sequence; every piece that is an
// invalid byte (or U+FFFD itself) becomes "\uFFFD", except the last piece,
// which is the unsplit rest of s, as in Go.
#include <cstring>
#include <string>
#include <vector>

#include "stdlib/strings/text.h"
#include "vm/slice.h"

namespace gos::stdlib::text {

using types::Kind;

namespace {

// A []string of length len and capacity cap.
vm::GoSlice stringSlice(vm::VM& vm, int64_t len, int64_t cap) {
    void* data = vm.allocate(static_cast<size_t>(cap) * sizeof(vm::GoString), false);
    return {data, len, cap};
}

vm::GoString* elems(const vm::GoSlice& s) { return static_cast<vm::GoString*>(s.data); }

// Go's explode: s cut after each rune, at most n pieces (n < 0: all).
vm::GoSlice explode(vm::VM& vm, std::string_view s, int64_t n) {
    int64_t runes = runeCount(s);
    if (n < 0 || n > runes) n = runes;
    vm::GoSlice out = stringSlice(vm, n, n);
    static const char kReplacement[] = "\xEF\xBF\xBD";  // U+FFFD
    for (int64_t i = 0; i < n - 1; ++i) {
        uint32_t r;
        size_t w = decodeRune(s, r);
        elems(out)[i] = r == unicode::kRuneError ? vm::GoString{kReplacement, 3} : viewString(s.substr(0, w));
        s.remove_prefix(w);
    }
    if (n > 0) elems(out)[n - 1] = viewString(s);
    return out;
}

// Go's genSplit: at most n pieces separated by sep, each keeping the first
// keep bytes of the separator that ends it (0 for Split, len(sep) for
// SplitAfter).
vm::GoSlice split(vm::VM& vm, std::string_view s, std::string_view sep, size_t keep, int64_t n) {
    if (n == 0) return {nullptr, 0, 0};
    if (sep.empty()) return explode(vm, s, n);
    if (n < 0) n = count(s, sep) + 1;
    if (n > static_cast<int64_t>(s.size()) + 1) n = static_cast<int64_t>(s.size()) + 1;
    vm::GoSlice out = stringSlice(vm, 0, n);
    int64_t i = 0;
    while (i < n - 1) {
        size_t m = s.find(sep);
        if (m == std::string_view::npos) break;
        elems(out)[i++] = viewString(s.substr(0, m + keep));
        s.remove_prefix(m + sep.size());
    }
    elems(out)[i] = viewString(s);
    out.len = i + 1;
    return out;
}

// Fields: the runs of non-space runes (unicode.IsSpace), in a slice of
// exactly their number.
vm::GoSlice fields(vm::VM& vm, std::string_view s) {
    std::vector<std::string_view> found = fieldsOf(s, isSpace);
    auto n = static_cast<int64_t>(found.size());
    vm::GoSlice out = stringSlice(vm, n, n);
    for (int64_t k = 0; k < n; ++k) elems(out)[k] = viewString(found[static_cast<size_t>(k)]);
    return out;
}

// ---- natives ------------------------------------------------------------------

void nSplit(vm::VM& vm, uint64_t* a) { setSlice(a, 0, split(vm, stringArg(a, 0), stringArg(a, 2), 0, -1)); }
void nSplitN(vm::VM& vm, uint64_t* a) {
    setSlice(a, 0, split(vm, stringArg(a, 0), stringArg(a, 2), 0, static_cast<int64_t>(a[4])));
}
void nSplitAfter(vm::VM& vm, uint64_t* a) {
    std::string_view sep = stringArg(a, 2);
    setSlice(a, 0, split(vm, stringArg(a, 0), sep, sep.size(), -1));
}
void nSplitAfterN(vm::VM& vm, uint64_t* a) {
    std::string_view sep = stringArg(a, 2);
    setSlice(a, 0, split(vm, stringArg(a, 0), sep, sep.size(), static_cast<int64_t>(a[4])));
}
void nFields(vm::VM& vm, uint64_t* a) { setSlice(a, 0, fields(vm, stringArg(a, 0))); }

// Cut(s, sep) (before, after string, found bool)
void nCut(vm::VM& vm, uint64_t* a) {
    vm.chargeBytes(static_cast<uint64_t>(a[1]));  // the work is a scan of s
    std::string_view s = stringArg(a, 0), sep = stringArg(a, 2);
    size_t k = s.find(sep);
    bool found = k != std::string_view::npos;
    setString(a, 0, viewString(found ? s.substr(0, k) : s));
    setString(a, 2, viewString(found ? s.substr(k + sep.size()) : std::string_view()));
    a[4] = found;
}

// Join(elems []string, sep string) string
void nJoin(vm::VM& vm, uint64_t* a) {
    vm::GoSlice list = sliceArg(a, 0);
    std::string_view sep = stringArg(a, 3);
    const vm::GoString* e = elems(list);
    if (list.len == 0) {
        setString(a, 0, {nullptr, 0});
        return;
    }
    if (list.len == 1) {
        setString(a, 0, e[0]);
        return;
    }
    // as Go: the length first (wrapping as int does), then one Builder.Grow
    uint64_t n = static_cast<uint64_t>(sep.size()) * static_cast<uint64_t>(list.len - 1);
    for (int64_t k = 0; k < list.len; ++k) n += static_cast<uint64_t>(e[k].len);
    if (static_cast<int64_t>(n) < 0) panicString(vm, "strings.Builder.Grow: negative count");
    vm::GoSlice buf = vm::makeSlice(vm, vm.program().types->basic(types::Kind::Uint8), 0, static_cast<int64_t>(n));
    auto* out = static_cast<char*>(buf.data);
    size_t at = 0;
    for (int64_t k = 0; k < list.len; ++k) {
        if (k > 0 && !sep.empty()) {
            std::memcpy(out + at, sep.data(), sep.size());
            at += sep.size();
        }
        if (e[k].len > 0) std::memcpy(out + at, e[k].data, static_cast<size_t>(e[k].len));
        at += static_cast<size_t>(e[k].len);
    }
    setString(a, 0, {n ? out : nullptr, static_cast<int64_t>(n)});
}

}  // namespace

void declareSplit(PackageBuilder& b) {
    auto& tt = b.types();
    types::Type* s = b.basic(Kind::String);
    types::Type* intT = b.basic(Kind::Int);
    types::Type* list = tt.slice(s);
    b.func("Split", tt.func({s, s}, {list}, false), nSplit);
    b.func("SplitN", tt.func({s, s, intT}, {list}, false), nSplitN);
    b.func("SplitAfter", tt.func({s, s}, {list}, false), nSplitAfter);
    b.func("SplitAfterN", tt.func({s, s, intT}, {list}, false), nSplitAfterN);
    b.func("Fields", tt.func({s}, {list}, false), nFields);
    b.func("Cut", tt.func({s, s}, {s, s, b.basic(Kind::Bool)}, false), nCut);
    b.func("Join", tt.func({list, s}, {s}, false), nJoin);
}

}  // namespace gos::stdlib::text
