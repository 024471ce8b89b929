// UTF-8 decoding and the Unicode classes Go identifiers are made of.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace gos::unicode {

constexpr uint32_t kRuneError = 0xFFFD;
constexpr uint32_t kMaxRune = 0x10FFFF;

// Decodes one rune from s[0..n). Returns the number of bytes consumed
// (at least 1 when n > 0). An invalid or truncated sequence decodes as
// kRuneError with width 1, as Go's utf8.DecodeRune does.
size_t decode(const char* s, size_t n, uint32_t& rune);
// Appends the UTF-8 encoding of r (kRuneError if r is not a valid rune).
void encode(std::string& out, uint32_t r);
// Number of bytes encode() would write for r.
size_t encodedLength(uint32_t r);

bool isLetter(uint32_t r);  // unicode.IsLetter, plus '_' (Go's letter)
bool isDigit(uint32_t r);   // unicode.IsDigit
bool isPrint(uint32_t r);   // an approximation of unicode.IsPrint for messages
uint32_t toUpper(uint32_t r);  // unicode.ToUpper
uint32_t toLower(uint32_t r);  // unicode.ToLower
// token.IsExported: the name starts with an upper-case letter
bool isExported(const std::string& name);

}  // namespace gos::unicode
