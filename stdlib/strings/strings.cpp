// Package strings: the functions scripts use most, as natives.
#include <algorithm>
#include <cstring>
#include <string>

#include "lexer/unicode.h"
#include "stdlib/stdlib.h"
#include "vm/vm.h"

namespace gos::stdlib {

using types::Kind;

namespace {

std::string_view str(const uint64_t* a, int i) {
    return {reinterpret_cast<const char*>(a[i]), static_cast<size_t>(a[i + 1])};
}

void retString(vm::VM& vm, uint64_t* a, std::string_view s) {
    vm::GoString g = vm.makeString(s);
    std::memcpy(a, &g, sizeof g);
}

void nContains(vm::VM&, uint64_t* a) { a[0] = str(a, 0).find(str(a, 2)) != std::string_view::npos; }
void nHasPrefix(vm::VM&, uint64_t* a) { a[0] = str(a, 0).substr(0, str(a, 2).size()) == str(a, 2); }
void nHasSuffix(vm::VM&, uint64_t* a) {
    std::string_view s = str(a, 0), x = str(a, 2);
    a[0] = s.size() >= x.size() && s.substr(s.size() - x.size()) == x;
}
void nIndex(vm::VM&, uint64_t* a) {
    size_t k = str(a, 0).find(str(a, 2));
    a[0] = k == std::string_view::npos ? static_cast<uint64_t>(-1) : k;
}
void nIndexByte(vm::VM&, uint64_t* a) {
    size_t k = str(a, 0).find(static_cast<char>(a[2]));
    a[0] = k == std::string_view::npos ? static_cast<uint64_t>(-1) : k;
}
void nRepeat(vm::VM& vm, uint64_t* a) {
    int64_t n = static_cast<int64_t>(a[2]);
    if (n < 0) vm.panicWith(vm::Iface{});  // Go: panic("strings: negative Repeat count")
    std::string out;
    std::string_view s = str(a, 0);
    out.reserve(s.size() * static_cast<size_t>(n));
    for (int64_t k = 0; k < n; ++k) out += s;
    retString(vm, a, out);
}
// Maps every rune; an invalid byte becomes U+FFFD, as Go's Map does.
void mapRunes(vm::VM& vm, uint64_t* a, uint32_t (*f)(uint32_t)) {
    std::string_view s = str(a, 0);
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size();) {
        uint32_t r;
        i += unicode::decode(s.data() + i, s.size() - i, r);
        unicode::encode(out, f(r));
    }
    retString(vm, a, out);
}

void nToUpper(vm::VM& vm, uint64_t* a) { mapRunes(vm, a, unicode::toUpper); }
void nToLower(vm::VM& vm, uint64_t* a) { mapRunes(vm, a, unicode::toLower); }
void nCount(vm::VM&, uint64_t* a) {
    std::string_view s = str(a, 0), sub = str(a, 2);
    if (sub.empty()) {
        // utf8.RuneCountInString(s) + 1
        int64_t n = 0;
        for (unsigned char c : s)
            if ((c & 0xC0) != 0x80) ++n;
        a[0] = static_cast<uint64_t>(n + 1);
        return;
    }
    int64_t n = 0;
    for (size_t k = s.find(sub); k != std::string_view::npos; k = s.find(sub, k + sub.size())) ++n;
    a[0] = static_cast<uint64_t>(n);
}
void nTrimSpace(vm::VM& vm, uint64_t* a) {
    std::string_view s = str(a, 0);
    auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; };
    while (!s.empty() && space(s.front())) s.remove_prefix(1);
    while (!s.empty() && space(s.back())) s.remove_suffix(1);
    vm::GoString g{s.data(), static_cast<int64_t>(s.size())};
    std::memcpy(a, &g, sizeof g);
    (void)vm;
}

// Replace(s, old, new, n): the first n non-overlapping instances (all if n < 0).
void nReplace(vm::VM& vm, uint64_t* a) {
    std::string_view s = str(a, 0), from = str(a, 2), to = str(a, 4);
    int64_t n = static_cast<int64_t>(a[6]);
    std::string out;
    size_t pos = 0;
    int64_t done = 0;
    while (n < 0 || done < n) {
        size_t k;
        if (from.empty()) {
            // an empty old string matches at the start and after each rune
            if (pos > s.size()) break;
            k = pos;
            out += to;
            if (pos == s.size()) {
                ++done;
                pos = s.size() + 1;
                break;
            }
            size_t w = 1;
            while (pos + w < s.size() && (static_cast<unsigned char>(s[pos + w]) & 0xC0) == 0x80) ++w;
            out += s.substr(pos, w);
            pos += w;
            ++done;
            continue;
        }
        k = s.find(from, pos);
        if (k == std::string_view::npos) break;
        out += s.substr(pos, k - pos);
        out += to;
        pos = k + from.size();
        ++done;
    }
    if (pos < s.size()) out += s.substr(pos);
    retString(vm, a, out);
}

void nReplaceAll(vm::VM& vm, uint64_t* a) {
    uint64_t args[7];
    std::memcpy(args, a, 6 * sizeof(uint64_t));
    args[6] = static_cast<uint64_t>(-1);  // n < 0: every instance
    nReplace(vm, args);
    std::memcpy(a, args, 2 * sizeof(uint64_t));
}

}  // namespace

void declareStrings(PackageBuilder& b) {
    auto& tt = b.types();
    types::Type* s = b.basic(Kind::String);
    types::Type* boolT = b.basic(Kind::Bool);
    types::Type* intT = b.basic(Kind::Int);
    b.func("Contains", tt.func({s, s}, {boolT}, false), nContains);
    b.func("HasPrefix", tt.func({s, s}, {boolT}, false), nHasPrefix);
    b.func("HasSuffix", tt.func({s, s}, {boolT}, false), nHasSuffix);
    b.func("Index", tt.func({s, s}, {intT}, false), nIndex);
    b.func("IndexByte", tt.func({s, tt.byteType()}, {intT}, false), nIndexByte);
    b.func("Repeat", tt.func({s, intT}, {s}, false), nRepeat);
    b.func("ToUpper", tt.func({s}, {s}, false), nToUpper);
    b.func("ToLower", tt.func({s}, {s}, false), nToLower);
    b.func("Count", tt.func({s, s}, {intT}, false), nCount);
    b.func("TrimSpace", tt.func({s}, {s}, false), nTrimSpace);
    b.func("Replace", tt.func({s, s, s, intT}, {s}, false), nReplace);
    b.func("ReplaceAll", tt.func({s, s, s}, {s}, false), nReplaceAll);
}

}  // namespace gos::stdlib
