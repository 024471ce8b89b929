// The parts of Go's strconv package that fmt needs: integers in any base,
// floating-point numbers in every FormatFloat format (shortest round-trip
// or correctly rounded to a precision), and Go-syntax quoting of strings
// and runes. Every function produces byte for byte what Go 1.19 produces.
//
// The append* forms write to the end of dst (like Go's Append* functions);
// the format*/quote* forms return a new string.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

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

}  // namespace gos::strconv
