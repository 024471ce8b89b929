// Scanning, checking and decoding of Go's literal tokens.
//
// The re2c lexer recognises where a number, rune or string literal starts;
// these routines find where it ends and check it against the spec, with
// gc's wording for every mistake (invalid digit '8' in octal literal,
// '_' must separate successive digits, unknown escape, ...). A malformed
// literal still yields one token, so the parser goes on and later errors are
// found too. The decoders turn a well-formed literal into its value.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lexer/token.h"

namespace gos {

// An error inside a literal, `offset` bytes after the literal's first byte.
struct LiteralError {
    size_t offset;
    std::string message;
};

struct LiteralScan {
    size_t length = 0;  // bytes consumed, at least 1
    Tok kind = Tok::Int;
    std::vector<LiteralError> errors;
};

// s points at a decimal digit, or at '.' followed by one; end is the end of
// the source. Scans an int, float or imaginary literal.
LiteralScan scanNumber(const char* s, const char* end);
// s points at the opening quote ('\'' or '"'); stops before a newline.
LiteralScan scanRuneLit(const char* s, const char* end);
LiteralScan scanStringLit(const char* s, const char* end);

// Values of well-formed literals (as accepted by the scanners above).
// A raw string loses its carriage returns; an interpreted one its escapes.
std::string decodeString(std::string_view literal);
uint32_t decodeRune(std::string_view literal);

}  // namespace gos
