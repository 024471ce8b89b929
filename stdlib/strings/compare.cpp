// Package strings: comparing strings. Compare (bytes, as == and < do) and
// EqualFold (runes, under Unicode simple case folding).
//
// Go's EqualFold walks both strings rune by rune and asks whether the two
// runes are in the same orbit of unicode.SimpleFold (k, K and the Kelvin
// sign K are one orbit; so are s, S and the long s ſ). An orbit is a class
// of runes, so the question is answered here by naming each class by its
// smallest rune: fold_table.inc, generated from Go's own unicode package by
// gen_fold.go, maps every rune whose class is not just itself to that
// smallest rune. An invalid byte decodes as U+FFFD, which is alone in its
// class, so it equals only another invalid byte or U+FFFD.
#include <algorithm>
#include <iterator>

#include "stdlib/strings/text.h"

namespace gos::stdlib::text {

using types::Kind;

namespace {

struct FoldEntry {
    uint32_t rune;
    uint32_t least;  // the smallest rune of its simple-fold class
};

constexpr FoldEntry kFold[] = {
#include "stdlib/strings/fold_table.inc"
};

uint32_t foldClass(uint32_t r) {
    auto it = std::lower_bound(std::begin(kFold), std::end(kFold), r,
                               [](const FoldEntry& e, uint32_t v) { return e.rune < v; });
    return it != std::end(kFold) && it->rune == r ? it->least : r;
}

bool equalFold(std::string_view s, std::string_view t) {
    while (!s.empty() && !t.empty()) {
        uint32_t sr, tr;
        s.remove_prefix(decodeRune(s, sr));
        t.remove_prefix(decodeRune(t, tr));
        if (sr != tr && foldClass(sr) != foldClass(tr)) return false;
    }
    return s.empty() && t.empty();
}

void nCompare(vm::VM& vm, uint64_t* a) {
    vm.chargeBytes(static_cast<uint64_t>(a[1]));  // the work is a scan of s
    int c = stringArg(a, 0).compare(stringArg(a, 2));
    a[0] = static_cast<uint64_t>(static_cast<int64_t>(c < 0 ? -1 : c > 0 ? 1 : 0));
}

void nEqualFold(vm::VM& vm, uint64_t* a) {
    vm.chargeBytes(static_cast<uint64_t>(a[1]));  // the work is a scan of s
    a[0] = equalFold(stringArg(a, 0), stringArg(a, 2));
}

}  // namespace

void declareCompare(PackageBuilder& b) {
    auto& tt = b.types();
    types::Type* s = b.basic(Kind::String);
    b.func("Compare", tt.func({s, s}, {b.basic(Kind::Int)}, false), nCompare);
    b.func("EqualFold", tt.func({s, s}, {b.basic(Kind::Bool)}, false), nEqualFold);
}

}  // namespace gos::stdlib::text
