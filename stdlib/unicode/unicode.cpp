// Package unicode: the rune classes and case mappings of Go's unicode
// package. IsLetter, IsDigit, IsNumber, IsSpace, IsUpper, IsLower,
// IsPunct, IsPrint, IsGraphic, IsControl, ToUpper, ToLower, ToTitle and
// the constants MaxRune and ReplacementChar.
//
// Every answer is Go 1.19's (Unicode 13.0.0) for every int32, including
// negative runes and runes above MaxRune, which belong to no class and map
// to themselves. The data comes from Go itself in two places:
//   - lexer/unicode.h already holds the letter (L) and decimal digit (Nd)
//     tables and the ToUpper/ToLower mappings the lexer needs for
//     identifiers; IsLetter, IsDigit, ToUpper and ToLower reuse them (the
//     lexer's isLetter also admits '_', which IsLetter does not).
//   - tables.inc, written by gen_tables.go, lists for each other class the
//     ranges of runes for which Go's own predicate answers true, Latin-1
//     special cases included (Go answers those from a properties array;
//     enumerating Go's predicate folds them into the ranges), and the
//     ToTitle mapping as ranges of runes sharing one delta.
// IsControl needs no table: in Go it is true only for the Latin-1 C0 and C1
// controls (U+0000-U+001F, U+007F-U+009F).
//
// A rune arrives as an int32 in its slot; the lookups work on it as a
// uint32, as Go compares, so a negative rune is simply larger than any
// table entry.
#include <algorithm>

#include "lexer/rune_tables.h"
#include "lexer/unicode.h"
#include "stdlib/stdlib.h"

namespace gos::stdlib {

using types::Kind;

namespace {

using unicode::CaseRange;
using unicode::RuneRange;

#include "stdlib/unicode/tables.inc"


uint32_t runeArg(const uint64_t* a) { return static_cast<uint32_t>(static_cast<int32_t>(a[0])); }
void setBool(uint64_t* a, bool v) { a[0] = v ? 1 : 0; }
void setRune(uint64_t* a, uint32_t r) { a[0] = static_cast<uint64_t>(static_cast<int64_t>(static_cast<int32_t>(r))); }

bool isLetter(uint32_t r) { return r != '_' && unicode::isLetter(r); }
bool isControl(uint32_t r) { return r < 0x20 || (r >= 0x7F && r <= 0x9F); }

void nIsLetter(vm::VM&, uint64_t* a) { setBool(a, isLetter(runeArg(a))); }
void nIsDigit(vm::VM&, uint64_t* a) { setBool(a, unicode::isDigit(runeArg(a))); }
void nIsNumber(vm::VM&, uint64_t* a) { setBool(a, unicode::inTable(kNumber, runeArg(a))); }
void nIsSpace(vm::VM&, uint64_t* a) { setBool(a, unicode::inTable(kSpace, runeArg(a))); }
void nIsUpper(vm::VM&, uint64_t* a) { setBool(a, unicode::inTable(kUpper, runeArg(a))); }
void nIsLower(vm::VM&, uint64_t* a) { setBool(a, unicode::inTable(kLower, runeArg(a))); }
void nIsPunct(vm::VM&, uint64_t* a) { setBool(a, unicode::inTable(kPunct, runeArg(a))); }
void nIsPrint(vm::VM&, uint64_t* a) { setBool(a, unicode::inTable(kPrint, runeArg(a))); }
void nIsGraphic(vm::VM&, uint64_t* a) { setBool(a, unicode::inTable(kGraphic, runeArg(a))); }
void nIsControl(vm::VM&, uint64_t* a) { setBool(a, isControl(runeArg(a))); }
void nToUpper(vm::VM&, uint64_t* a) { setRune(a, unicode::toUpper(runeArg(a))); }
void nToLower(vm::VM&, uint64_t* a) { setRune(a, unicode::toLower(runeArg(a))); }
void nToTitle(vm::VM&, uint64_t* a) { setRune(a, unicode::mapCase(kTitle, runeArg(a))); }

}  // namespace

void declareUnicode(PackageBuilder& b) {
    auto& tt = b.types();
    types::Type* rune = tt.runeType();
    types::Func* pred = tt.func({rune}, {b.basic(Kind::Bool)}, false);
    types::Func* mapping = tt.func({rune}, {rune}, false);
    b.func("IsLetter", pred, nIsLetter);
    b.func("IsDigit", pred, nIsDigit);
    b.func("IsNumber", pred, nIsNumber);
    b.func("IsSpace", pred, nIsSpace);
    b.func("IsUpper", pred, nIsUpper);
    b.func("IsLower", pred, nIsLower);
    b.func("IsPunct", pred, nIsPunct);
    b.func("IsPrint", pred, nIsPrint);
    b.func("IsGraphic", pred, nIsGraphic);
    b.func("IsControl", pred, nIsControl);
    b.func("ToUpper", mapping, nToUpper);
    b.func("ToLower", mapping, nToLower);
    b.func("ToTitle", mapping, nToTitle);
    types::Type* untypedRune = b.basic(Kind::UntypedRune);
    b.constant("MaxRune", untypedRune, constant::makeInt64(unicode::kMaxRune));
    b.constant("ReplacementChar", untypedRune, constant::makeInt64(unicode::kRuneError));
}

}  // namespace gos::stdlib
