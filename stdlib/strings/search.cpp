// Package strings: finding things in a string. Index and its relatives,
// Contains*, Count, HasPrefix and HasSuffix.
//
// Go answers these questions in bytes, but the "Any" and "Rune" variants
// compare runes: the string is decoded (forwards for IndexAny, backwards for
// LastIndexAny) and an invalid byte is the rune U+FFFD, so searching for
// U+FFFD finds the first invalid byte as well as a real U+FFFD. Go reaches
// its answers through several fast paths (a single byte, an ASCII set); each
// of them gives what the general rune-by-rune definition gives, which is
// what is implemented here, with a byte loop where the set is ASCII.
#include <algorithm>
#include <string>

#include "stdlib/strings/text.h"

namespace gos::stdlib::text {

using types::Kind;

size_t decodeLastRune(std::string_view s, uint32_t& r) {
    size_t end = s.size();
    if (end == 0) {
        r = unicode::kRuneError;
        return 0;
    }
    auto at = [&](size_t i) { return static_cast<unsigned char>(s[i]); };
    if (at(end - 1) < kRuneSelf) {
        r = at(end - 1);
        return 1;
    }
    // look back at most three bytes for the byte a sequence starts with
    size_t lim = end >= 4 ? end - 4 : 0;
    size_t start = end - 1;
    while (start > lim && (at(start) & 0xC0) == 0x80) --start;
    size_t width = decodeRune(s.substr(start), r);
    if (start + width != end) {
        r = unicode::kRuneError;
        return 1;
    }
    return width;
}

int64_t runeCount(std::string_view s) {
    int64_t n = 0;
    for (size_t i = 0; i < s.size(); ++n) {
        uint32_t r;
        i += decodeRune(s.substr(i), r);
    }
    return n;
}

bool isSpace(uint32_t r) {
    if (r <= 0xFF) return isAsciiSpace(static_cast<unsigned char>(r)) || r == 0x85 || r == 0xA0;
    return r == 0x1680 || (r >= 0x2000 && r <= 0x200A) || r == 0x2028 || r == 0x2029 || r == 0x202F || r == 0x205F ||
           r == 0x3000;
}

int64_t index(std::string_view s, std::string_view sub) {
    size_t k = s.find(sub);
    return k == std::string_view::npos ? -1 : static_cast<int64_t>(k);
}

int64_t lastIndex(std::string_view s, std::string_view sub) {
    size_t k = s.rfind(sub);
    return k == std::string_view::npos ? -1 : static_cast<int64_t>(k);
}

int64_t indexRune(std::string_view s, int64_t r) {
    if (r >= 0 && r < kRuneSelf) {
        size_t k = s.find(static_cast<char>(r));
        return k == std::string_view::npos ? -1 : static_cast<int64_t>(k);
    }
    if (r == unicode::kRuneError) {
        for (size_t i = 0; i < s.size();) {
            uint32_t c;
            size_t w = decodeRune(s.substr(i), c);
            if (c == unicode::kRuneError) return static_cast<int64_t>(i);
            i += w;
        }
        return -1;
    }
    if (!validRune(r)) return -1;
    std::string enc;
    unicode::encode(enc, static_cast<uint32_t>(r));
    return index(s, enc);
}

int64_t count(std::string_view s, std::string_view sub) {
    if (sub.empty()) return runeCount(s) + 1;
    int64_t n = 0;
    for (size_t k = s.find(sub); k != std::string_view::npos; k = s.find(sub, k + sub.size())) ++n;
    return n;
}

namespace {

// Whether every byte of chars is ASCII; then set[c] marks its bytes.
bool asciiSet(std::string_view chars, bool (&set)[128]) {
    std::fill(std::begin(set), std::end(set), false);
    for (unsigned char c : chars) {
        if (c >= kRuneSelf) return false;
        set[c] = true;
    }
    return true;
}

int64_t indexAny(std::string_view s, std::string_view chars) {
    if (chars.empty()) return -1;
    bool set[128];
    if (asciiSet(chars, set)) {
        // an ASCII byte always starts a rune of its own
        for (size_t i = 0; i < s.size(); ++i) {
            auto c = static_cast<unsigned char>(s[i]);
            if (c < kRuneSelf && set[c]) return static_cast<int64_t>(i);
        }
        return -1;
    }
    for (size_t i = 0; i < s.size();) {
        uint32_t r;
        size_t w = decodeRune(s.substr(i), r);
        if (indexRune(chars, r) >= 0) return static_cast<int64_t>(i);
        i += w;
    }
    return -1;
}

int64_t lastIndexAny(std::string_view s, std::string_view chars) {
    if (chars.empty()) return -1;
    bool set[128];
    if (asciiSet(chars, set)) {
        for (size_t i = s.size(); i > 0; --i) {
            auto c = static_cast<unsigned char>(s[i - 1]);
            if (c < kRuneSelf && set[c]) return static_cast<int64_t>(i - 1);
        }
        return -1;
    }
    for (size_t i = s.size(); i > 0;) {
        uint32_t r;
        i -= decodeLastRune(s.substr(0, i), r);
        if (indexRune(chars, r) >= 0) return static_cast<int64_t>(i);
    }
    return -1;
}

int64_t lastIndexByte(std::string_view s, char c) {
    size_t k = s.rfind(c);
    return k == std::string_view::npos ? -1 : static_cast<int64_t>(k);
}

// ---- natives ------------------------------------------------------------------

void nContains(vm::VM& vm, uint64_t* a) {
    vm.chargeBytes(static_cast<uint64_t>(a[1]));  // the work is a scan of s
    a[0] = index(stringArg(a, 0), stringArg(a, 2)) >= 0;
}
void nContainsAny(vm::VM& vm, uint64_t* a) {
    vm.chargeBytes(static_cast<uint64_t>(a[1]));  // the work is a scan of s
    a[0] = indexAny(stringArg(a, 0), stringArg(a, 2)) >= 0;
}
void nContainsRune(vm::VM&, uint64_t* a) {
    a[0] = indexRune(stringArg(a, 0), static_cast<int32_t>(a[2])) >= 0;
}
void nHasPrefix(vm::VM&, uint64_t* a) {
    std::string_view s = stringArg(a, 0), p = stringArg(a, 2);
    a[0] = s.substr(0, p.size()) == p;
}
void nHasSuffix(vm::VM&, uint64_t* a) {
    std::string_view s = stringArg(a, 0), x = stringArg(a, 2);
    a[0] = s.size() >= x.size() && s.substr(s.size() - x.size()) == x;
}
void nIndex(vm::VM& vm, uint64_t* a) {
    vm.chargeBytes(static_cast<uint64_t>(a[1]));  // the work is a scan of s
    a[0] = static_cast<uint64_t>(index(stringArg(a, 0), stringArg(a, 2)));
}
void nLastIndex(vm::VM& vm, uint64_t* a) {
    vm.chargeBytes(static_cast<uint64_t>(a[1]));  // the work is a scan of s
    a[0] = static_cast<uint64_t>(lastIndex(stringArg(a, 0), stringArg(a, 2)));
}
void nIndexByte(vm::VM&, uint64_t* a) {
    std::string_view s = stringArg(a, 0);
    size_t k = s.find(static_cast<char>(a[2]));
    a[0] = k == std::string_view::npos ? static_cast<uint64_t>(-1) : k;
}
void nLastIndexByte(vm::VM&, uint64_t* a) {
    a[0] = static_cast<uint64_t>(lastIndexByte(stringArg(a, 0), static_cast<char>(a[2])));
}
void nIndexRune(vm::VM&, uint64_t* a) {
    a[0] = static_cast<uint64_t>(indexRune(stringArg(a, 0), static_cast<int32_t>(a[2])));
}
void nIndexAny(vm::VM& vm, uint64_t* a) {
    vm.chargeBytes(static_cast<uint64_t>(a[1]));  // the work is a scan of s
    a[0] = static_cast<uint64_t>(indexAny(stringArg(a, 0), stringArg(a, 2)));
}
void nLastIndexAny(vm::VM& vm, uint64_t* a) {
    vm.chargeBytes(static_cast<uint64_t>(a[1]));  // the work is a scan of s
    a[0] = static_cast<uint64_t>(lastIndexAny(stringArg(a, 0), stringArg(a, 2)));
}
void nCount(vm::VM& vm, uint64_t* a) {
    vm.chargeBytes(static_cast<uint64_t>(a[1]));  // the work is a scan of s
    a[0] = static_cast<uint64_t>(count(stringArg(a, 0), stringArg(a, 2)));
}

}  // namespace

void declareSearch(PackageBuilder& b) {
    auto& tt = b.types();
    types::Type* s = b.basic(Kind::String);
    types::Type* boolT = b.basic(Kind::Bool);
    types::Type* intT = b.basic(Kind::Int);
    types::Type* rune = tt.runeType();
    types::Type* byteT = tt.byteType();
    auto* pred = tt.func({s, s}, {boolT}, false);
    auto* find = tt.func({s, s}, {intT}, false);
    b.func("Contains", pred, nContains);
    b.func("ContainsAny", pred, nContainsAny);
    b.func("ContainsRune", tt.func({s, rune}, {boolT}, false), nContainsRune);
    b.func("HasPrefix", pred, nHasPrefix);
    b.func("HasSuffix", pred, nHasSuffix);
    b.func("Index", find, nIndex);
    b.func("LastIndex", find, nLastIndex);
    b.func("IndexAny", find, nIndexAny);
    b.func("LastIndexAny", find, nLastIndexAny);
    b.func("IndexByte", tt.func({s, byteT}, {intT}, false), nIndexByte);
    b.func("LastIndexByte", tt.func({s, byteT}, {intT}, false), nLastIndexByte);
    b.func("IndexRune", tt.func({s, rune}, {intT}, false), nIndexRune);
    b.func("Count", find, nCount);
}

}  // namespace gos::stdlib::text
