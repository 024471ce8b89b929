// Package strings: removing things from the ends of a string. Trim,
// TrimLeft, TrimRight (a set of runes), TrimPrefix, TrimSuffix (one exact
// string) and TrimSpace (Unicode white space).
//
// Every result is a substring of the argument: nothing is copied. A cutset
// is a set of runes, not bytes: the string is decoded from the left for the
// leading side and from the right for the trailing side, an invalid byte
// decoding as U+FFFD, which a cutset contains when it holds U+FFFD or an
// invalid byte itself. When the cutset is pure ASCII, decoding cannot
// change the answer (an ASCII byte is always a rune of its own), so bytes
// are compared directly.
#include <algorithm>

#include "stdlib/strings/text.h"

namespace gos::stdlib::text {

using types::Kind;

namespace {

// The cutset as a predicate on runes.
class Cutset {
public:
    explicit Cutset(std::string_view set) : set_(set) {
        std::fill(std::begin(ascii_), std::end(ascii_), false);
        for (unsigned char c : set) {
            if (c >= kRuneSelf) {
                isAscii_ = false;
                break;
            }
            ascii_[c] = true;
        }
    }
    bool isAscii() const { return isAscii_; }
    bool hasByte(unsigned char c) const { return c < kRuneSelf && ascii_[c]; }
    bool hasRune(uint32_t r) const {
        if (isAscii_) return r < kRuneSelf && ascii_[r];
        return indexRune(set_, r) >= 0;
    }

private:
    std::string_view set_;
    bool ascii_[128];
    bool isAscii_ = true;
};

template <class Pred>
std::string_view trimLeft(std::string_view s, Pred in) {
    while (!s.empty()) {
        uint32_t r;
        size_t w = decodeRune(s, r);
        if (!in(r)) break;
        s.remove_prefix(w);
    }
    return s;
}

template <class Pred>
std::string_view trimRight(std::string_view s, Pred in) {
    while (!s.empty()) {
        uint32_t r;
        size_t w = decodeLastRune(s, r);
        if (!in(r)) break;
        s.remove_suffix(w);
    }
    return s;
}

std::string_view trimLeftSet(std::string_view s, std::string_view cutset) {
    if (s.empty() || cutset.empty()) return s;
    Cutset set(cutset);
    if (set.isAscii()) {
        while (!s.empty() && set.hasByte(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
        return s;
    }
    return trimLeft(s, [&](uint32_t r) { return set.hasRune(r); });
}

std::string_view trimRightSet(std::string_view s, std::string_view cutset) {
    if (s.empty() || cutset.empty()) return s;
    Cutset set(cutset);
    if (set.isAscii()) {
        while (!s.empty() && set.hasByte(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
        return s;
    }
    return trimRight(s, [&](uint32_t r) { return set.hasRune(r); });
}

// ---- natives ------------------------------------------------------------------

void nTrim(vm::VM&, uint64_t* a) {
    std::string_view s = stringArg(a, 0), cutset = stringArg(a, 2);
    setString(a, 0, viewString(trimLeftSet(trimRightSet(s, cutset), cutset)));
}
void nTrimLeft(vm::VM&, uint64_t* a) { setString(a, 0, viewString(trimLeftSet(stringArg(a, 0), stringArg(a, 2)))); }
void nTrimRight(vm::VM&, uint64_t* a) { setString(a, 0, viewString(trimRightSet(stringArg(a, 0), stringArg(a, 2)))); }
void nTrimSpace(vm::VM&, uint64_t* a) {
    std::string_view s = trimRight(trimLeft(stringArg(a, 0), isSpace), isSpace);
    setString(a, 0, viewString(s));
}
void nTrimPrefix(vm::VM&, uint64_t* a) {
    std::string_view s = stringArg(a, 0), prefix = stringArg(a, 2);
    if (s.substr(0, prefix.size()) == prefix) s.remove_prefix(prefix.size());
    setString(a, 0, viewString(s));
}
void nTrimSuffix(vm::VM&, uint64_t* a) {
    std::string_view s = stringArg(a, 0), suffix = stringArg(a, 2);
    if (s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix) s.remove_suffix(suffix.size());
    setString(a, 0, viewString(s));
}

}  // namespace

void declareTrim(PackageBuilder& b) {
    auto& tt = b.types();
    types::Type* s = b.basic(Kind::String);
    auto* two = tt.func({s, s}, {s}, false);
    b.func("Trim", two, nTrim);
    b.func("TrimLeft", two, nTrimLeft);
    b.func("TrimRight", two, nTrimRight);
    b.func("TrimPrefix", two, nTrimPrefix);
    b.func("TrimSuffix", two, nTrimSuffix);
    b.func("TrimSpace", tt.func({s}, {s}, false), nTrimSpace);
}

}  // namespace gos::stdlib::text
