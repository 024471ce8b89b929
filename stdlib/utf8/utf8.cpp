// Package unicode/utf8 (package name utf8): Go's UTF-8 functions, as
// natives. RuneLen, RuneCount, RuneCountInString, DecodeRune,
// DecodeRuneInString, DecodeLastRune, DecodeLastRuneInString, EncodeRune,
// AppendRune, Valid, ValidString, ValidRune, FullRune, RuneStart and the
// constants RuneError, RuneSelf, MaxRune and UTFMax.
//
// Go's answers on bad input are the contract, and they are these:
//   - decoding: an invalid or truncated sequence, a surrogate half
//     (ED A0..BF ..), an overlong form (C0, C1, E0 80..9F .., F0 80..8F ..)
//     or a value above U+10FFFF (F4 90.., F5..FF) is (RuneError, 1); empty
//     input is (RuneError, 0). A well-formed encoding of U+FFFD itself is
//     (RuneError, 3) and is valid. The decoding itself is the one strings
//     already uses (stdlib/strings/text.h, built on lexer/unicode.h), so the
//     two packages cannot disagree.
//   - DecodeLastRune backs up over at most three continuation bytes to a
//     start byte and answers (RuneError, 1) unless the sequence found there
//     ends exactly at the end.
//   - EncodeRune and AppendRune write U+FFFD for a negative rune, a
//     surrogate or one above MaxRune. EncodeRune panics, as Go's does, with
//     an index out of range when p is too short: it checks p[0], p[1], p[2]
//     or p[3] (the last byte the encoding needs) before writing anything.
//   - AppendRune grows its slice as append does (vm::growSlice, Go's
//     capacities), appending one, two, three or four bytes at once.
//   - FullRune reports whether p begins with a complete encoding *or* with
//     bytes already known to be invalid: Go consults the byte's expected
//     length and the range its second byte must fall in (the first/accept
//     tables of Go's utf8.go, restated below as expectedLength and
//     secondByteRange), then the third byte's continuation range.
//   - RuneLen is -1 for a negative rune, a surrogate or one above MaxRune.
#include <cstring>

#include "lexer/unicode.h"
#include "stdlib/stdlib.h"
#include "stdlib/strings/text.h"
#include "vm/runtime.h"
#include "vm/slice.h"

namespace gos::stdlib {

using types::Kind;

namespace {

constexpr int64_t kUTFMax = 4;

std::string_view bytesOf(const vm::GoSlice& s) {
    return {static_cast<const char*>(s.data), static_cast<size_t>(s.len)};
}

int32_t runeArg(const uint64_t* a, int slot) { return static_cast<int32_t>(a[slot]); }
void setRune(uint64_t* a, int slot, uint32_t r) {
    a[slot] = static_cast<uint64_t>(static_cast<int64_t>(static_cast<int32_t>(r)));
}

// Go's RuneLen.
int64_t runeLen(int32_t r) {
    if (r < 0) return -1;
    if (r < 0x80) return 1;
    if (r < 0x800) return 2;
    if (r >= 0xD800 && r <= 0xDFFF) return -1;
    if (r < 0x10000) return 3;
    if (r <= static_cast<int32_t>(unicode::kMaxRune)) return 4;
    return -1;
}

// The bytes of r's encoding (U+FFFD's for an invalid rune); returns their count.
size_t encodeRune(int32_t r, char out[4]) {
    std::string s;
    unicode::encode(s, text::validRune(r) ? static_cast<uint32_t>(r) : unicode::kRuneError);
    std::memcpy(out, s.data(), s.size());
    return s.size();
}

bool valid(std::string_view s) {
    for (size_t i = 0; i < s.size();) {
        if (static_cast<unsigned char>(s[i]) < 0x80) {
            ++i;
            continue;
        }
        uint32_t r;
        size_t w = text::decodeRune(s.substr(i), r);
        if (w == 1) return false;  // a non-ASCII rune is never one byte long
        i += w;
    }
    return true;
}

// How many bytes a sequence starting with byte c claims: 1 for ASCII and
// for bytes no sequence can start with (80..C1, F5..FF).
int expectedLength(unsigned char c) {
    if (c < 0xC2) return 1;
    if (c < 0xE0) return 2;
    if (c < 0xF0) return 3;
    if (c < 0xF5) return 4;
    return 1;
}

// The bytes allowed second after c (a start byte of length 3 or 4): E0
// and F0 exclude overlong forms, ED surrogates, F4 runes above U+10FFFF.
void secondByteRange(unsigned char c, unsigned char& lo, unsigned char& hi) {
    lo = 0x80, hi = 0xBF;
    if (c == 0xE0) lo = 0xA0;
    else if (c == 0xED) hi = 0x9F;
    else if (c == 0xF0) lo = 0x90;
    else if (c == 0xF4) hi = 0x8F;
}

// Go's FullRune.
bool fullRune(std::string_view p) {
    size_t n = p.size();
    if (n == 0) return false;
    auto at = [&](size_t i) { return static_cast<unsigned char>(p[i]); };
    if (n >= static_cast<size_t>(expectedLength(at(0)))) return true;
    unsigned char lo, hi;
    secondByteRange(at(0), lo, hi);
    if (n > 1 && (at(1) < lo || at(1) > hi)) return true;
    if (n > 2 && (at(2) < 0x80 || at(2) > 0xBF)) return true;
    return false;
}

// ---- natives ----

void nRuneLen(vm::VM&, uint64_t* a) { a[0] = static_cast<uint64_t>(runeLen(runeArg(a, 0))); }
void nRuneCount(vm::VM&, uint64_t* a) { a[0] = static_cast<uint64_t>(text::runeCount(bytesOf(sliceArg(a, 0)))); }
void nRuneCountInString(vm::VM&, uint64_t* a) { a[0] = static_cast<uint64_t>(text::runeCount(stringArg(a, 0))); }

void decodeTo(uint64_t* a, std::string_view s, bool last) {
    uint32_t r;
    size_t w = last ? text::decodeLastRune(s, r) : text::decodeRune(s, r);
    setRune(a, 0, r);
    a[1] = w;
}
void nDecodeRune(vm::VM&, uint64_t* a) { decodeTo(a, bytesOf(sliceArg(a, 0)), false); }
void nDecodeRuneInString(vm::VM&, uint64_t* a) { decodeTo(a, stringArg(a, 0), false); }
void nDecodeLastRune(vm::VM&, uint64_t* a) { decodeTo(a, bytesOf(sliceArg(a, 0)), true); }
void nDecodeLastRuneInString(vm::VM&, uint64_t* a) { decodeTo(a, stringArg(a, 0), true); }

// EncodeRune(p []byte, r rune) int
void nEncodeRune(vm::VM& vm, uint64_t* a) {
    vm::GoSlice p = sliceArg(a, 0);
    int32_t r = runeArg(a, 3);
    char bytes[4];
    size_t n = encodeRune(r, bytes);
    if (static_cast<int64_t>(n) > p.len) vm::indexOutOfRange(vm, static_cast<int64_t>(n) - 1, p.len);
    std::memcpy(p.data, bytes, n);
    a[0] = n;
}

// AppendRune(p []byte, r rune) []byte
void nAppendRune(vm::VM& vm, uint64_t* a) {
    vm::GoSlice p = sliceArg(a, 0);
    int32_t r = runeArg(a, 3);
    char bytes[4];
    auto n = static_cast<int64_t>(encodeRune(r, bytes));
    p = vm::growSlice(vm, vm.program().types->basic(Kind::Uint8), p, p.len + n);
    std::memcpy(static_cast<char*>(p.data) + p.len, bytes, static_cast<size_t>(n));
    p.len += n;
    setSlice(a, 0, p);
}

void nValid(vm::VM&, uint64_t* a) { a[0] = valid(bytesOf(sliceArg(a, 0))) ? 1 : 0; }
void nValidString(vm::VM&, uint64_t* a) { a[0] = valid(stringArg(a, 0)) ? 1 : 0; }
void nValidRune(vm::VM&, uint64_t* a) { a[0] = text::validRune(runeArg(a, 0)) ? 1 : 0; }
void nFullRune(vm::VM&, uint64_t* a) { a[0] = fullRune(bytesOf(sliceArg(a, 0))) ? 1 : 0; }
void nFullRuneInString(vm::VM&, uint64_t* a) { a[0] = fullRune(stringArg(a, 0)) ? 1 : 0; }
void nRuneStart(vm::VM&, uint64_t* a) { a[0] = (static_cast<uint8_t>(a[0]) & 0xC0) != 0x80 ? 1 : 0; }

}  // namespace

void declareUtf8(PackageBuilder& b) {
    auto& tt = b.types();
    types::Type* intT = b.basic(Kind::Int);
    types::Type* boolT = b.basic(Kind::Bool);
    types::Type* s = b.basic(Kind::String);
    types::Type* rune = tt.runeType();
    types::Type* bytes = tt.slice(tt.byteType());
    b.constant("RuneError", b.basic(Kind::UntypedRune), constant::makeInt64(unicode::kRuneError));
    b.constant("RuneSelf", b.basic(Kind::UntypedInt), constant::makeInt64(0x80));
    b.constant("MaxRune", b.basic(Kind::UntypedRune), constant::makeInt64(unicode::kMaxRune));
    b.constant("UTFMax", b.basic(Kind::UntypedInt), constant::makeInt64(kUTFMax));
    b.func("RuneLen", tt.func({rune}, {intT}, false), nRuneLen);
    b.func("RuneCount", tt.func({bytes}, {intT}, false), nRuneCount);
    b.func("RuneCountInString", tt.func({s}, {intT}, false), nRuneCountInString);
    b.func("DecodeRune", tt.func({bytes}, {rune, intT}, false), nDecodeRune);
    b.func("DecodeRuneInString", tt.func({s}, {rune, intT}, false), nDecodeRuneInString);
    b.func("DecodeLastRune", tt.func({bytes}, {rune, intT}, false), nDecodeLastRune);
    b.func("DecodeLastRuneInString", tt.func({s}, {rune, intT}, false), nDecodeLastRuneInString);
    b.func("EncodeRune", tt.func({bytes, rune}, {intT}, false), nEncodeRune);
    b.func("AppendRune", tt.func({bytes, rune}, {bytes}, false), nAppendRune);
    b.func("Valid", tt.func({bytes}, {boolT}, false), nValid);
    b.func("ValidString", tt.func({s}, {boolT}, false), nValidString);
    b.func("ValidRune", tt.func({rune}, {boolT}, false), nValidRune);
    b.func("FullRune", tt.func({bytes}, {boolT}, false), nFullRune);
    b.func("FullRuneInString", tt.func({s}, {boolT}, false), nFullRuneInString);
    b.func("RuneStart", tt.func({tt.byteType()}, {boolT}, false), nRuneStart);
}

}  // namespace gos::stdlib
