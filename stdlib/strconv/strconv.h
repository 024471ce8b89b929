// Go's strconv package as a C++ library, free of the VM: integers in any
// base, floating-point numbers in every FormatFloat format (shortest
// round-trip or correctly rounded to a precision), Go-syntax quoting of
// strings and runes (strconv.cpp: what fmt is built on), and the way back:
// parsing integers and booleans (atoi.cpp), floating-point numbers
// (atof.cpp) and quoted literals (unquote.cpp). Every function produces byte
// for byte what Go 1.19 produces. The Go package strconv (package.cpp)
// wraps these for scripts.
//
// The append* forms write to the end of dst (like Go's Append* functions);
// the format*/quote* forms return a new string.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace gos::strconv {

// ---- integers -----------------------------------------------------------------

// strconv.FormatInt / FormatUint: base 2..36, lower-case letters for digits
// above 9. A base outside 2..36 throws std::invalid_argument carrying Go's
// panic message ("strconv: illegal AppendInt/FormatInt base").
std::string formatInt(int64_t i, int base);
std::string formatUint(uint64_t u, int base);
void appendInt(std::string& dst, int64_t i, int base);
void appendUint(std::string& dst, uint64_t u, int base);
std::string itoa(int64_t i);  // formatInt(i, 10)

std::string formatBool(bool b);  // "true" / "false"

// ---- floating point -----------------------------------------------------------

// strconv.FormatFloat(f, fmt, prec, bitSize).
//
//   fmt      'e' 'E' (-d.dddde±dd), 'f' (-ddd.dddd), 'g' 'G' (%e for large
//            exponents, %f otherwise), 'b' (-ddddp±ddd, binary exponent),
//            'x' 'X' (-0x1.hhhhp±dd, hexadecimal mantissa). Any other byte
//            gives "%" followed by that byte, as Go does.
//   prec     digits after the point ('e' 'f' 'x'), or significant digits
//            ('g', trailing zeros removed); -1 means the fewest digits that
//            read back (ParseFloat) as exactly the same value.
//   bitSize  64, or 32: f is first rounded to float32 and "shortest" means
//            shortest for float32. Anything else throws
//            std::invalid_argument ("strconv: illegal AppendFloat/FormatFloat
//            bitSize").
//
// NaN prints as "NaN", infinities as "+Inf" and "-Inf", negative zero with
// its sign.
std::string formatFloat(double f, char fmt, int prec, int bitSize);
void appendFloat(std::string& dst, double f, char fmt, int prec, int bitSize);
// The same, also recording in *pieces the size of every append Go's
// AppendFloat makes to produce the text (Go appends a float piece by
// piece: a sign, a block of digits, single zeros, an exponent...), so that
// a caller can grow a Go []byte exactly as Go's AppendFloat grows it.
void appendFloat(std::string& dst, double f, char fmt, int prec, int bitSize, std::vector<uint32_t>* pieces);

// ---- quoting ------------------------------------------------------------------

// strconv.IsPrint: letters, marks, numbers, punctuation, symbols (Unicode
// 13.0.0 categories L, M, N, P, S, as Go 1.19 ships them) and U+0020.
// Exact for every rune, from a table generated from Go.
bool isPrint(uint32_t r);

// strconv.Quote: a double-quoted Go string literal. Printable runes are kept,
// \a \b \f \n \r \t \v \\ \" are escaped by name, other control bytes as
// \xhh, each byte of an invalid UTF-8 sequence as \xhh, other non-printable
// runes as \uhhhh or \Uhhhhhhhh.
std::string quote(std::string_view s);
// strconv.QuoteToASCII: like quote, but every non-ASCII rune is escaped.
std::string quoteToASCII(std::string_view s);
// strconv.QuoteRune / QuoteRuneToASCII: a single-quoted Go rune literal.
// r is a Go rune reinterpreted as unsigned, so a negative rune, a surrogate
// half or anything above U+10FFFF is quoted as U+FFFD.
std::string quoteRune(uint32_t r);
std::string quoteRuneToASCII(uint32_t r);

void appendQuote(std::string& dst, std::string_view s);
void appendQuoteToASCII(std::string& dst, std::string_view s);
void appendQuoteRune(std::string& dst, uint32_t r);
void appendQuoteRuneToASCII(std::string& dst, uint32_t r);

// strconv.CanBackquote: whether s can be written unchanged as a one-line raw
// string literal: valid UTF-8, no control characters other than tab, no
// backquote, no DEL, no byte order mark.
bool canBackquote(std::string_view s);

// ---- parsing -----------------------------------------------------------------

// Why a parse failed: the reason a *strconv.NumError carries (ErrSyntax,
// ErrRange, or Go's "invalid base N" / "invalid bit size N" errors).
enum class ParseError { None, Syntax, Range, Base, BitSize };

// strconv.ParseUint / ParseInt(s, base, bitSize): base 0 (prefix 0b 0o 0x
// or 0, underscores allowed) or 2..36; bitSize 0 (int) to 64. On Range,
// out is the largest magnitude of the bit size with the input's sign, as Go
// returns it; on other errors out is 0.
ParseError parseUint(std::string_view s, int64_t base, int64_t bitSize, uint64_t& out);
ParseError parseInt(std::string_view s, int64_t base, int64_t bitSize, int64_t& out);

// strconv.ParseBool: 1 t T TRUE true True, 0 f F FALSE false False.
ParseError parseBool(std::string_view s, bool& out);

// strconv.ParseFloat(s, bitSize): Go's floating-point literal syntax
// (decimal or hexadecimal mantissa, underscores between digits), "Inf",
// "+Inf", "-Inf", "Infinity" and "NaN" in any case. bitSize 32 rounds
// directly to float32 (no double rounding); any other bitSize means 64.
// The result is the nearest value, ties to even; beyond the largest finite
// value it is ±Inf with Range; below the smallest it is ±0 with no error.
ParseError parseFloat(std::string_view s, int64_t bitSize, double& out);

// strconv.UnquoteChar: the first character (or escape sequence) of s, in
// a literal quoted by quote. False is ErrSyntax.
bool unquoteChar(std::string_view s, char quote, uint32_t& value, bool& multibyte, std::string_view& tail);
// strconv.Unquote: the value of a "...", '...' or `...` literal.
bool unquote(std::string_view s, std::string& out);
// strconv.QuotedPrefix: the quoted literal s starts with, verbatim.
bool quotedPrefix(std::string_view s, std::string_view& out);

}  // namespace gos::strconv
