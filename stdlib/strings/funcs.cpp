// Package strings: the functions that take a func written in Go. Map,
// IndexFunc, LastIndexFunc, TrimFunc, TrimLeftFunc, TrimRightFunc and
// FieldsFunc.
//
// The func runs in the VM once per rune it is asked about, and a program
// can watch those calls, so they come in Go's order and number: forwards
// through the string (decoding an invalid byte as U+FFFD) for IndexFunc,
// TrimLeftFunc, FieldsFunc and Map; backwards for LastIndexFunc and
// TrimRightFunc; TrimFunc trims the left end first. Map calls its func on
// every rune exactly once, drops runes mapped to a negative value, writes
// invalid results as U+FFFD, and returns s itself when nothing changed.
// A callback may move the VM stack, so results go through ResultSlots.
#include <string>
#include <vector>

#include "stdlib/strings/text.h"

namespace gos::stdlib::text {

using types::Kind;

namespace {

// A Go func(rune) bool or func(rune) rune, called from C++.
class RuneFunc {
public:
    RuneFunc(vm::VM& vm, const uint64_t* a, int slot) : vm_(vm), f_(reinterpret_cast<const vm::Closure*>(a[slot])) {}
    int32_t map(uint32_t r) {
        args_[0] = static_cast<uint64_t>(static_cast<int64_t>(static_cast<int32_t>(r)));
        vm_.call(f_, args_, result_);
        return static_cast<int32_t>(result_[0]);
    }
    bool test(uint32_t r) { return (static_cast<uint32_t>(map(r)) & 0xFF) != 0; }

private:
    vm::VM& vm_;
    const vm::Closure* f_;
    uint64_t args_[1] = {};
    uint64_t result_[1] = {};
};

// Go's indexFunc: the first rune for which f is truth.
int64_t indexFunc(std::string_view s, RuneFunc& f, bool truth) {
    for (size_t i = 0; i < s.size();) {
        uint32_t r;
        size_t w = decodeRune(s.substr(i), r);
        if (f.test(r) == truth) return static_cast<int64_t>(i);
        i += w;
    }
    return -1;
}

// Go's lastIndexFunc: the last rune for which f is truth.
int64_t lastIndexFunc(std::string_view s, RuneFunc& f, bool truth) {
    for (size_t i = s.size(); i > 0;) {
        uint32_t r;
        i -= decodeLastRune(s.substr(0, i), r);
        if (f.test(r) == truth) return static_cast<int64_t>(i);
    }
    return -1;
}

std::string_view trimLeftFunc(std::string_view s, RuneFunc& f) {
    int64_t i = indexFunc(s, f, false);
    return i < 0 ? std::string_view() : s.substr(static_cast<size_t>(i));
}

std::string_view trimRightFunc(std::string_view s, RuneFunc& f) {
    int64_t i = lastIndexFunc(s, f, false);
    if (i < 0) return s.substr(0, 0);
    uint32_t r;
    return s.substr(0, static_cast<size_t>(i) + decodeRune(s.substr(static_cast<size_t>(i)), r));
}

// IndexFunc(s string, f func(rune) bool) int
void nIndexFunc(vm::VM& vm, uint64_t* a) {
    ResultSlots results(vm, a);
    RuneFunc f(vm, a, 2);
    int64_t i = indexFunc(stringArg(a, 0), f, true);
    results.get(vm)[0] = static_cast<uint64_t>(i);
}
void nLastIndexFunc(vm::VM& vm, uint64_t* a) {
    ResultSlots results(vm, a);
    RuneFunc f(vm, a, 2);
    int64_t i = lastIndexFunc(stringArg(a, 0), f, true);
    results.get(vm)[0] = static_cast<uint64_t>(i);
}
// TrimLeftFunc(s string, f func(rune) bool) string, and the others
void nTrimLeftFunc(vm::VM& vm, uint64_t* a) {
    ResultSlots results(vm, a);
    RuneFunc f(vm, a, 2);
    std::string_view s = trimLeftFunc(stringArg(a, 0), f);
    setString(results.get(vm), 0, viewString(s));
}
void nTrimRightFunc(vm::VM& vm, uint64_t* a) {
    ResultSlots results(vm, a);
    RuneFunc f(vm, a, 2);
    std::string_view s = trimRightFunc(stringArg(a, 0), f);
    setString(results.get(vm), 0, viewString(s));
}
void nTrimFunc(vm::VM& vm, uint64_t* a) {
    ResultSlots results(vm, a);
    RuneFunc f(vm, a, 2);
    std::string_view s = trimLeftFunc(stringArg(a, 0), f);
    s = trimRightFunc(s, f);
    setString(results.get(vm), 0, viewString(s));
}

// FieldsFunc(s string, f func(rune) bool) []string
void nFieldsFunc(vm::VM& vm, uint64_t* a) {
    ResultSlots results(vm, a);
    std::string_view s = stringArg(a, 0);
    RuneFunc f(vm, a, 2);
    std::vector<std::string_view> found = fieldsOf(s, [&](uint32_t r) { return f.test(r); });
    auto n = static_cast<int64_t>(found.size());
    auto* data = static_cast<vm::GoString*>(vm.allocate(found.size() * sizeof(vm::GoString), false));
    for (size_t k = 0; k < found.size(); ++k) data[k] = viewString(found[k]);
    setSlice(results.get(vm), 0, {data, n, n});
}

// Map(mapping func(rune) rune, s string) string
void nMap(vm::VM& vm, uint64_t* a) {
    ResultSlots results(vm, a);
    RuneFunc mapping(vm, a, 0);
    std::string_view s = stringArg(a, 1);
    std::string out;
    bool changed = false;
    for (size_t i = 0; i < s.size();) {
        uint32_t c;
        size_t w = decodeRune(s.substr(i), c);
        int32_t r = mapping.map(c);
        if (static_cast<uint32_t>(r) != c || (c == unicode::kRuneError && w == 1)) changed = true;
        if (r >= 0) unicode::encode(out, static_cast<uint32_t>(r));
        i += w;
    }
    setString(results.get(vm), 0, changed ? vm.makeString(out) : viewString(s));
}

}  // namespace

void declareFuncs(PackageBuilder& b) {
    auto& tt = b.types();
    types::Type* s = b.basic(Kind::String);
    types::Type* rune = tt.runeType();
    types::Type* pred = tt.func({rune}, {b.basic(Kind::Bool)}, false);
    types::Type* intT = b.basic(Kind::Int);
    b.func("IndexFunc", tt.func({s, pred}, {intT}, false), nIndexFunc);
    b.func("LastIndexFunc", tt.func({s, pred}, {intT}, false), nLastIndexFunc);
    b.func("TrimFunc", tt.func({s, pred}, {s}, false), nTrimFunc);
    b.func("TrimLeftFunc", tt.func({s, pred}, {s}, false), nTrimLeftFunc);
    b.func("TrimRightFunc", tt.func({s, pred}, {s}, false), nTrimRightFunc);
    b.func("FieldsFunc", tt.func({s, pred}, {tt.slice(s)}, false), nFieldsFunc);
    b.func("Map", tt.func({tt.func({rune}, {rune}, false), s}, {s}, false), nMap);
}

}  // namespace gos::stdlib::text
