// strconv for gos: the number and quoting conversions Go's fmt is built on.
//
// Floating point. Go's FormatFloat has two jobs: find the decimal digits of
// a binary value (either the shortest string that reads back as the same
// value, or the exact value correctly rounded to some number of digits), and
// lay those digits out as %e, %f or %g. Only the second job is Go-specific.
// The first is exactly what C++17's std::to_chars specifies: without a
// precision it yields the shortest round-trip representation (for double and
// for float separately, which gives Go's bitSize 32 behaviour), and with a
// precision it rounds the exact binary value correctly, ties to even, just
// as Go's decimal and Ryu code do. So this file asks std::to_chars for digits
// in scientific form, turns them into a small Decimal (significant digits
// without leading or trailing zeros, plus the position of the decimal point)
// and then applies Go's layout rules: at least two exponent digits, %g
// switching to exponent form when exp < -4 || exp >= the precision (6 when
// the precision is the shortest one), trailing zeros dropped by %g, and so
// on. For %f with an explicit precision, std::to_chars' fixed output gives
// the digits. The binary ('b') and hexadecimal ('x') formats need no
// decimal digits at all and are computed straight from the IEEE bits; the
// hexadecimal mantissa is rounded half to even like Go's. The layouts write
// in the same pieces as Go's appends (class Pieces), which AppendFloat
// needs to grow a []byte as Go does.
//
// Quoting. Go escapes what unicode.IsPrint rejects, so exactness needs Go's
// exact table: the ranges of printable runes above U+007F, generated from
// Go 1.19 (Unicode 13.0.0) by tests/unit/gen/fmt_format_gen.go -isprint, are
// at the end of this file and searched by binary search. The rest follows
// the Go rules: invalid UTF-8 bytes become \xhh one byte at a time, the named
// escapes \a \b \f \n \r \t \v come before the numeric ones, and a rune that
// is not a valid code point is quoted as U+FFFD.
//
// No state outlives a call: every function works on its arguments and on
// buffers local to the call.
#include "stdlib/strconv/strconv.h"

#include <algorithm>
#include <bit>
#include <charconv>
#include <cmath>
#include <iterator>
#include <stdexcept>
#include <vector>

#include "lexer/unicode.h"

namespace gos::strconv {

namespace {

constexpr char kDigits36[] = "0123456789abcdefghijklmnopqrstuvwxyz";
constexpr char kLowerHex[] = "0123456789abcdef";
constexpr char kUpperHex[] = "0123456789ABCDEF";

// ---- integers -------------------------------------------------------------------

void appendBits(std::string& dst, uint64_t u, int base, bool negative) {
    if (base < 2 || base > 36) throw std::invalid_argument("strconv: illegal AppendInt/FormatInt base");
    char buf[65];  // 64 binary digits and a sign
    char* end = buf + sizeof buf;
    char* p = end;
    const auto b = static_cast<uint64_t>(base);
    do {
        *--p = kDigits36[u % b];
        u /= b;
    } while (u != 0);
    if (negative) *--p = '-';
    dst.append(p, end);
}

// ---- floating point: digits -------------------------------------------------------

// Characters for std::to_chars: on the stack when they fit, else on the heap.
class CharBuffer {
public:
    char* reserve(size_t n) {
        if (n <= sizeof small_) return small_;
        large_.resize(n);
        return large_.data();
    }

private:
    char small_[128];
    std::string large_;
};

// The decimal digits of a finite value: 0.d[0] d[1] ... d[nd-1] × 10^dp,
// with no leading or trailing zero digit. Zero has nd == 0 and dp == 0.
struct Decimal {
    const char* d = nullptr;
    int nd = 0;
    int dp = 0;
};

// Reads the output of std::to_chars in scientific form, "[-]d[.ddd]e±xx",
// into a Decimal. The digits are read in place: the leading digit is moved
// over the decimal point so that the significant digits are contiguous.
Decimal decimalFromScientific(char* first, char* last) {
    char* p = first;
    if (p != last && *p == '-') ++p;
    char* e = std::find(p, last, 'e');
    int exp = 0;
    if (e != last) {
        const char* q = e + 1;
        bool negExp = q != last && *q == '-';
        if (q != last && (*q == '-' || *q == '+')) ++q;
        std::from_chars(q, last, exp);
        if (negExp) exp = -exp;
    }
    char* digits = p;
    if (e - p >= 2 && p[1] == '.') {
        p[1] = p[0];
        digits = p + 1;
    }
    char* end = e;
    while (end > digits && end[-1] == '0') --end;
    Decimal dec;
    if (end == digits) return dec;  // zero
    dec.d = digits;
    dec.nd = static_cast<int>(end - digits);
    dec.dp = exp + 1;
    return dec;
}

// Reads the output of std::to_chars in fixed form, "[-]ddd[.ddd]", into a
// Decimal, in place: the fraction digits are moved over the point.
Decimal decimalFromFixed(char* first, char* last) {
    char* p = first;
    if (p != last && *p == '-') ++p;
    char* dot = std::find(p, last, '.');
    const auto intDigits = static_cast<int>(dot - p);
    if (dot != last) {
        std::copy(dot + 1, last, dot);
        --last;
    }
    char* digits = p;
    while (digits != last && *digits == '0') ++digits;
    char* end = last;
    while (end > digits && end[-1] == '0') --end;
    Decimal dec;
    if (end == digits) return dec;  // zero
    dec.d = digits;
    dec.nd = static_cast<int>(end - digits);
    dec.dp = intDigits - static_cast<int>(digits - p);
    return dec;
}

// The shortest digits that read back as v (as a float when single is set).
Decimal shortestDigits(CharBuffer& buf, double v, bool single) {
    char* first = buf.reserve(64);
    auto r = single ? std::to_chars(first, first + 64, static_cast<float>(v), std::chars_format::scientific)
                    : std::to_chars(first, first + 64, v, std::chars_format::scientific);
    return decimalFromScientific(first, r.ptr);
}

// v correctly rounded to n >= 1 significant digits.
Decimal roundedDigits(CharBuffer& buf, double v, int n) {
    size_t size = static_cast<size_t>(n) + 32;
    char* first = buf.reserve(size);
    auto r = std::to_chars(first, first + size, v, std::chars_format::scientific, n - 1);
    return decimalFromScientific(first, r.ptr);
}

// ---- floating point: layout --------------------------------------------------------

// Where the layouts write. Go formats a float by appending to a []byte in
// pieces (a sign, a block of digits, single zeros, an exponent...), and
// AppendFloat's caller can see where the slice had to grow; so each put()
// here is exactly one of Go's append calls, and the sizes of the pieces
// can be recorded for AppendFloat to replay.
class Pieces {
public:
    Pieces(std::string& dst, std::vector<uint32_t>* sizes) : dst_(dst), sizes_(sizes) {}
    void put(char c) { put(&c, 1); }
    void put(const char* p, size_t n) {
        dst_.append(p, n);
        if (sizes_) sizes_->push_back(static_cast<uint32_t>(n));
    }

private:
    std::string& dst_;
    std::vector<uint32_t>* sizes_;
};

// The decimal digits of value (after a minus sign if it is negative), at
// least minDigits of them, as one piece.
void putNumber(Pieces& out, int value, int minDigits) {
    char digits[16];
    auto r = std::to_chars(digits, digits + sizeof digits, value < 0 ? -static_cast<int64_t>(value) : static_cast<int64_t>(value));
    std::string piece;
    if (value < 0) piece += '-';
    for (auto n = r.ptr - digits; n < minDigits; ++n) piece += '0';
    piece.append(digits, r.ptr);
    out.put(piece.data(), piece.size());
}

// %e: -d.dddde±dd, with exactly prec digits after the point.
void layoutE(Pieces& out, bool neg, const Decimal& dec, int prec, char expChar) {
    if (neg) out.put('-');
    out.put(dec.nd > 0 ? dec.d[0] : '0');
    if (prec > 0) {
        out.put('.');
        int i = 1;
        int have = std::min(dec.nd, prec + 1);
        if (i < have) {
            out.put(dec.d + 1, static_cast<size_t>(have - 1));
            i = have;
        }
        for (; i <= prec; ++i) out.put('0');
    }
    out.put(expChar);
    int exp = dec.nd == 0 ? 0 : dec.dp - 1;
    out.put(exp < 0 ? '-' : '+');
    putNumber(out, exp < 0 ? -exp : exp, 2);
}

// %f: -ddd.ddd, with exactly prec digits after the point.
void layoutF(Pieces& out, bool neg, const Decimal& dec, int prec) {
    if (neg) out.put('-');
    if (dec.dp > 0) {
        int have = std::min(dec.nd, dec.dp);
        out.put(dec.d, static_cast<size_t>(have));
        for (int i = have; i < dec.dp; ++i) out.put('0');
    } else {
        out.put('0');
    }
    if (prec > 0) {
        out.put('.');
        for (int i = 0; i < prec; ++i) {
            int j = dec.dp + i;
            out.put(j >= 0 && j < dec.nd ? dec.d[j] : '0');
        }
    }
}

// %g: %e when the exponent is < -4 or >= the precision, else %f; in both
// cases without trailing zeros. When the digits are the shortest ones the
// threshold is 6, as for C's %g.
void layoutG(Pieces& out, bool neg, const Decimal& dec, int prec, bool shortest, char fmt) {
    int eprec = prec;
    if (eprec > dec.nd && dec.nd >= dec.dp) eprec = dec.nd;
    if (shortest) eprec = 6;
    int exp = dec.dp - 1;
    if (exp < -4 || exp >= eprec) {
        layoutE(out, neg, dec, std::min(prec, dec.nd) - 1, fmt == 'G' ? 'E' : 'e');
        return;
    }
    int digits = prec > dec.dp ? dec.nd : prec;
    layoutF(out, neg, dec, std::max(digits - dec.dp, 0));
}

// 'b': the integer mantissa and binary exponent of the value in its own
// format (float32 or float64): -ddddp±ddd.
void appendBinaryExponent(Pieces& out, double v, bool single) {
    int mantBits = single ? 23 : 52;
    int expBits = single ? 8 : 11;
    int bias = single ? -127 : -1023;
    uint64_t bits = single ? std::bit_cast<uint32_t>(static_cast<float>(v)) : std::bit_cast<uint64_t>(v);
    bool neg = (bits >> (mantBits + expBits)) != 0;
    int exp = static_cast<int>((bits >> mantBits) & ((uint64_t{1} << expBits) - 1));
    uint64_t mant = bits & ((uint64_t{1} << mantBits) - 1);
    if (exp == 0) {
        exp = 1;  // subnormal
    } else {
        mant |= uint64_t{1} << mantBits;
    }
    exp += bias - mantBits;
    if (neg) out.put('-');
    std::string digits;
    appendBits(digits, mant, 10, false);
    out.put(digits.data(), digits.size());
    out.put('p');
    if (exp >= 0) out.put('+');
    putNumber(out, exp, 1);
}

// 'x' 'X': -0x1.hhhhp±dd. The mantissa is normalised so that its leading
// bit is 1 (also for subnormals), then rounded half to even to prec hex
// digits when 0 <= prec < 15; prec < 0 prints every nonzero hex digit.
// Values of float32 are exactly representable as double and normalise to
// the same mantissa and exponent, so one routine serves both sizes.
void appendHexFloat(Pieces& out, double v, int prec, char fmt) {
    constexpr uint64_t kLead = uint64_t{1} << 60;
    uint64_t bits = std::bit_cast<uint64_t>(v);
    bool neg = (bits >> 63) != 0;
    int exp = static_cast<int>((bits >> 52) & 0x7FF);
    uint64_t mant = bits & ((uint64_t{1} << 52) - 1);
    if (exp == 0) {
        exp = 1;
    } else {
        mant |= uint64_t{1} << 52;
    }
    exp -= 1023;
    if (mant == 0) exp = 0;
    mant <<= 60 - 52;
    while (mant != 0 && (mant & kLead) == 0) {
        mant <<= 1;
        --exp;
    }
    if (prec >= 0 && prec < 15) {
        int keep = prec * 4;  // fraction bits kept below the leading bit
        uint64_t dropped = (mant << keep) & (kLead - 1);
        mant >>= 60 - keep;
        constexpr uint64_t kHalf = kLead >> 1;
        if (dropped > kHalf || (dropped == kHalf && (mant & 1) != 0)) ++mant;
        mant <<= 60 - keep;
        if ((mant & (kLead << 1)) != 0) {  // rounded up to 2.0
            mant >>= 1;
            ++exp;
        }
    }
    const char* hex = fmt == 'X' ? kUpperHex : kLowerHex;
    if (neg) out.put('-');
    const char lead[3] = {'0', fmt, static_cast<char>('0' + ((mant >> 60) & 1))};
    out.put(lead, 3);
    mant <<= 4;  // drop the leading digit
    if (prec < 0 && mant != 0) {
        out.put('.');
        for (; mant != 0; mant <<= 4) out.put(hex[(mant >> 60) & 15]);
    } else if (prec > 0) {
        out.put('.');
        for (int i = 0; i < prec; ++i, mant <<= 4) out.put(hex[(mant >> 60) & 15]);
    }
    out.put(fmt == 'X' ? 'P' : 'p');
    out.put(exp < 0 ? '-' : '+');
    putNumber(out, exp < 0 ? -exp : exp, 2);
}

// ---- quoting ---------------------------------------------------------------------

void appendHexEscape(std::string& dst, char kind, uint32_t value, int digits) {
    dst += '\\';
    dst += kind;
    for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4) dst += kLowerHex[(value >> shift) & 0xF];
}

// Appends rune r (a valid code point, or anything for the numeric escapes)
// as it appears inside a literal delimited by quote.
void appendEscapedRune(std::string& dst, uint32_t r, char quote, bool asciiOnly) {
    if (r == static_cast<unsigned char>(quote) || r == '\\') {
        dst += '\\';
        dst += static_cast<char>(r);
        return;
    }
    if (asciiOnly ? (r < 0x80 && isPrint(r)) : isPrint(r)) {
        unicode::encode(dst, r);
        return;
    }
    switch (r) {
    case '\a': dst += "\\a"; return;
    case '\b': dst += "\\b"; return;
    case '\f': dst += "\\f"; return;
    case '\n': dst += "\\n"; return;
    case '\r': dst += "\\r"; return;
    case '\t': dst += "\\t"; return;
    case '\v': dst += "\\v"; return;
    default: break;
    }
    if (r < ' ' || r == 0x7F) {
        appendHexEscape(dst, 'x', r, 2);
    } else if (r > unicode::kMaxRune || (r >= 0xD800 && r <= 0xDFFF)) {
        appendHexEscape(dst, 'u', unicode::kRuneError, 4);
    } else if (r < 0x10000) {
        appendHexEscape(dst, 'u', r, 4);
    } else {
        appendHexEscape(dst, 'U', r, 8);
    }
}

void appendQuotedString(std::string& dst, std::string_view s, bool asciiOnly) {
    dst.reserve(dst.size() + s.size() + 2);
    dst += '"';
    for (size_t i = 0; i < s.size();) {
        uint32_t r;
        size_t width = unicode::decode(s.data() + i, s.size() - i, r);
        if (width == 1 && r == unicode::kRuneError) {
            appendHexEscape(dst, 'x', static_cast<unsigned char>(s[i]), 2);
        } else {
            appendEscapedRune(dst, r, '"', asciiOnly);
        }
        i += width;
    }
    dst += '"';
}

void appendQuotedRune(std::string& dst, uint32_t r, bool asciiOnly) {
    if (r > unicode::kMaxRune || (r >= 0xD800 && r <= 0xDFFF)) r = unicode::kRuneError;
    dst += '\'';
    appendEscapedRune(dst, r, '\'', asciiOnly);
    dst += '\'';
}

// Whether r, above U+007F, is in the table of printable ranges at the end
// of this file.
bool inPrintTable(uint32_t r);

}  // namespace

// ---- public API ---------------------------------------------------------------------

void appendInt(std::string& dst, int64_t i, int base) {
    bool negative = i < 0;
    uint64_t u = static_cast<uint64_t>(i);
    appendBits(dst, negative ? 0 - u : u, base, negative);
}

void appendUint(std::string& dst, uint64_t u, int base) { appendBits(dst, u, base, false); }

std::string formatInt(int64_t i, int base) {
    std::string s;
    appendInt(s, i, base);
    return s;
}

std::string formatUint(uint64_t u, int base) {
    std::string s;
    appendUint(s, u, base);
    return s;
}

std::string itoa(int64_t i) { return formatInt(i, 10); }

std::string formatBool(bool b) { return b ? "true" : "false"; }

void appendFloat(std::string& dst, double f, char fmt, int prec, int bitSize, std::vector<uint32_t>* pieces) {
    if (bitSize != 32 && bitSize != 64) throw std::invalid_argument("strconv: illegal AppendFloat/FormatFloat bitSize");
    Pieces out(dst, pieces);
    const bool single = bitSize == 32;
    if (single) f = static_cast<double>(static_cast<float>(f));
    const bool neg = std::signbit(f);
    if (std::isnan(f)) {
        out.put("NaN", 3);
        return;
    }
    if (std::isinf(f)) {
        out.put(neg ? "-Inf" : "+Inf", 4);
        return;
    }
    switch (fmt) {
    case 'b': appendBinaryExponent(out, f, single); return;
    case 'x':
    case 'X': appendHexFloat(out, f, prec, fmt); return;
    case 'e':
    case 'E':
    case 'f':
    case 'g':
    case 'G': break;
    default: {
        const char unknown[2] = {'%', fmt};
        out.put(unknown, 2);
        return;
    }
    }

    CharBuffer buf;
    const bool shortest = prec < 0;
    Decimal dec;
    if (shortest) {
        dec = shortestDigits(buf, f, single);
        switch (fmt) {
        case 'e':
        case 'E': prec = std::max(dec.nd - 1, 0); break;
        case 'f': prec = std::max(dec.nd - dec.dp, 0); break;
        default: prec = dec.nd; break;
        }
    } else if (fmt == 'f') {
        // the exact value rounded at the prec-th fractional digit
        size_t size = static_cast<size_t>(prec) + 340;
        char* first = buf.reserve(size);
        auto r = std::to_chars(first, first + size, f, std::chars_format::fixed, prec);
        dec = decimalFromFixed(first, r.ptr);
    } else if (fmt == 'e' || fmt == 'E') {
        dec = roundedDigits(buf, f, prec + 1);
    } else {
        if (prec == 0) prec = 1;
        dec = roundedDigits(buf, f, prec);
    }

    switch (fmt) {
    case 'e':
    case 'E': layoutE(out, neg, dec, prec, fmt); break;
    case 'f': layoutF(out, neg, dec, prec); break;
    default: layoutG(out, neg, dec, prec, shortest, fmt); break;
    }
}

void appendFloat(std::string& dst, double f, char fmt, int prec, int bitSize) {
    appendFloat(dst, f, fmt, prec, bitSize, nullptr);
}

std::string formatFloat(double f, char fmt, int prec, int bitSize) {
    std::string s;
    appendFloat(s, f, fmt, prec, bitSize);
    return s;
}

bool isPrint(uint32_t r) {
    if (r < 0x80) return r >= 0x20 && r < 0x7F;
    return inPrintTable(r);
}

void appendQuote(std::string& dst, std::string_view s) { appendQuotedString(dst, s, false); }
void appendQuoteToASCII(std::string& dst, std::string_view s) { appendQuotedString(dst, s, true); }
void appendQuoteRune(std::string& dst, uint32_t r) { appendQuotedRune(dst, r, false); }
void appendQuoteRuneToASCII(std::string& dst, uint32_t r) { appendQuotedRune(dst, r, true); }

std::string quote(std::string_view s) {
    std::string out;
    appendQuote(out, s);
    return out;
}

std::string quoteToASCII(std::string_view s) {
    std::string out;
    appendQuoteToASCII(out, s);
    return out;
}

std::string quoteRune(uint32_t r) {
    std::string out;
    appendQuoteRune(out, r);
    return out;
}

std::string quoteRuneToASCII(uint32_t r) {
    std::string out;
    appendQuoteRuneToASCII(out, r);
    return out;
}

bool canBackquote(std::string_view s) {
    for (size_t i = 0; i < s.size();) {
        uint32_t r;
        size_t width = unicode::decode(s.data() + i, s.size() - i, r);
        i += width;
        if (width > 1) {
            if (r == 0xFEFF) return false;  // an invisible byte order mark
            continue;
        }
        if (r == unicode::kRuneError) return false;  // invalid UTF-8
        if ((r < ' ' && r != '\t') || r == '`' || r == 0x7F) return false;
    }
    return true;
}

// ---- the printable runes above U+007F ------------------------------------------------
//
// Generated from Go 1.19's strconv.IsPrint (Unicode 13.0.0) by
//   go run tests/unit/gen/fmt_format_gen.go -isprint
// Sorted, disjoint, inclusive ranges.

namespace {

struct RuneRange {
    uint32_t lo, hi;
};

// clang-format off
constexpr RuneRange kPrintRanges[] = {
    {0x000A1, 0x000AC}, {0x000AE, 0x00377}, {0x0037A, 0x0037F}, {0x00384, 0x0038A},
    {0x0038C, 0x0038C}, {0x0038E, 0x003A1}, {0x003A3, 0x0052F}, {0x00531, 0x00556},
    {0x00559, 0x0058A}, {0x0058D, 0x0058F}, {0x00591, 0x005C7}, {0x005D0, 0x005EA},
    {0x005EF, 0x005F4}, {0x00606, 0x0061B}, {0x0061E, 0x006DC}, {0x006DE, 0x0070D},
    {0x00710, 0x0074A}, {0x0074D, 0x007B1}, {0x007C0, 0x007FA}, {0x007FD, 0x0082D},
    {0x00830, 0x0083E}, {0x00840, 0x0085B}, {0x0085E, 0x0085E}, {0x00860, 0x0086A},
    {0x008A0, 0x008B4}, {0x008B6, 0x008C7}, {0x008D3, 0x008E1}, {0x008E3, 0x00983},
    {0x00985, 0x0098C}, {0x0098F, 0x00990}, {0x00993, 0x009A8}, {0x009AA, 0x009B0},
    {0x009B2, 0x009B2}, {0x009B6, 0x009B9}, {0x009BC, 0x009C4}, {0x009C7, 0x009C8},
    {0x009CB, 0x009CE}, {0x009D7, 0x009D7}, {0x009DC, 0x009DD}, {0x009DF, 0x009E3},
    {0x009E6, 0x009FE}, {0x00A01, 0x00A03}, {0x00A05, 0x00A0A}, {0x00A0F, 0x00A10},
    {0x00A13, 0x00A28}, {0x00A2A, 0x00A30}, {0x00A32, 0x00A33}, {0x00A35, 0x00A36},
    {0x00A38, 0x00A39}, {0x00A3C, 0x00A3C}, {0x00A3E, 0x00A42}, {0x00A47, 0x00A48},
    {0x00A4B, 0x00A4D}, {0x00A51, 0x00A51}, {0x00A59, 0x00A5C}, {0x00A5E, 0x00A5E},
    {0x00A66, 0x00A76}, {0x00A81, 0x00A83}, {0x00A85, 0x00A8D}, {0x00A8F, 0x00A91},
    {0x00A93, 0x00AA8}, {0x00AAA, 0x00AB0}, {0x00AB2, 0x00AB3}, {0x00AB5, 0x00AB9},
    {0x00ABC, 0x00AC5}, {0x00AC7, 0x00AC9}, {0x00ACB, 0x00ACD}, {0x00AD0, 0x00AD0},
    {0x00AE0, 0x00AE3}, {0x00AE6, 0x00AF1}, {0x00AF9, 0x00AFF}, {0x00B01, 0x00B03},
    {0x00B05, 0x00B0C}, {0x00B0F, 0x00B10}, {0x00B13, 0x00B28}, {0x00B2A, 0x00B30},
    {0x00B32, 0x00B33}, {0x00B35, 0x00B39}, {0x00B3C, 0x00B44}, {0x00B47, 0x00B48},
    {0x00B4B, 0x00B4D}, {0x00B55, 0x00B57}, {0x00B5C, 0x00B5D}, {0x00B5F, 0x00B63},
    {0x00B66, 0x00B77}, {0x00B82, 0x00B83}, {0x00B85, 0x00B8A}, {0x00B8E, 0x00B90},
    {0x00B92, 0x00B95}, {0x00B99, 0x00B9A}, {0x00B9C, 0x00B9C}, {0x00B9E, 0x00B9F},
    {0x00BA3, 0x00BA4}, {0x00BA8, 0x00BAA}, {0x00BAE, 0x00BB9}, {0x00BBE, 0x00BC2},
    {0x00BC6, 0x00BC8}, {0x00BCA, 0x00BCD}, {0x00BD0, 0x00BD0}, {0x00BD7, 0x00BD7},
    {0x00BE6, 0x00BFA}, {0x00C00, 0x00C0C}, {0x00C0E, 0x00C10}, {0x00C12, 0x00C28},
    {0x00C2A, 0x00C39}, {0x00C3D, 0x00C44}, {0x00C46, 0x00C48}, {0x00C4A, 0x00C4D},
    {0x00C55, 0x00C56}, {0x00C58, 0x00C5A}, {0x00C60, 0x00C63}, {0x00C66, 0x00C6F},
    {0x00C77, 0x00C8C}, {0x00C8E, 0x00C90}, {0x00C92, 0x00CA8}, {0x00CAA, 0x00CB3},
    {0x00CB5, 0x00CB9}, {0x00CBC, 0x00CC4}, {0x00CC6, 0x00CC8}, {0x00CCA, 0x00CCD},
    {0x00CD5, 0x00CD6}, {0x00CDE, 0x00CDE}, {0x00CE0, 0x00CE3}, {0x00CE6, 0x00CEF},
    {0x00CF1, 0x00CF2}, {0x00D00, 0x00D0C}, {0x00D0E, 0x00D10}, {0x00D12, 0x00D44},
    {0x00D46, 0x00D48}, {0x00D4A, 0x00D4F}, {0x00D54, 0x00D63}, {0x00D66, 0x00D7F},
    {0x00D81, 0x00D83}, {0x00D85, 0x00D96}, {0x00D9A, 0x00DB1}, {0x00DB3, 0x00DBB},
    {0x00DBD, 0x00DBD}, {0x00DC0, 0x00DC6}, {0x00DCA, 0x00DCA}, {0x00DCF, 0x00DD4},
    {0x00DD6, 0x00DD6}, {0x00DD8, 0x00DDF}, {0x00DE6, 0x00DEF}, {0x00DF2, 0x00DF4},
    {0x00E01, 0x00E3A}, {0x00E3F, 0x00E5B}, {0x00E81, 0x00E82}, {0x00E84, 0x00E84},
    {0x00E86, 0x00E8A}, {0x00E8C, 0x00EA3}, {0x00EA5, 0x00EA5}, {0x00EA7, 0x00EBD},
    {0x00EC0, 0x00EC4}, {0x00EC6, 0x00EC6}, {0x00EC8, 0x00ECD}, {0x00ED0, 0x00ED9},
    {0x00EDC, 0x00EDF}, {0x00F00, 0x00F47}, {0x00F49, 0x00F6C}, {0x00F71, 0x00F97},
    {0x00F99, 0x00FBC}, {0x00FBE, 0x00FCC}, {0x00FCE, 0x00FDA}, {0x01000, 0x010C5},
    {0x010C7, 0x010C7}, {0x010CD, 0x010CD}, {0x010D0, 0x01248}, {0x0124A, 0x0124D},
    {0x01250, 0x01256}, {0x01258, 0x01258}, {0x0125A, 0x0125D}, {0x01260, 0x01288},
    {0x0128A, 0x0128D}, {0x01290, 0x012B0}, {0x012B2, 0x012B5}, {0x012B8, 0x012BE},
    {0x012C0, 0x012C0}, {0x012C2, 0x012C5}, {0x012C8, 0x012D6}, {0x012D8, 0x01310},
    {0x01312, 0x01315}, {0x01318, 0x0135A}, {0x0135D, 0x0137C}, {0x01380, 0x01399},
    {0x013A0, 0x013F5}, {0x013F8, 0x013FD}, {0x01400, 0x0167F}, {0x01681, 0x0169C},
    {0x016A0, 0x016F8}, {0x01700, 0x0170C}, {0x0170E, 0x01714}, {0x01720, 0x01736},
    {0x01740, 0x01753}, {0x01760, 0x0176C}, {0x0176E, 0x01770}, {0x01772, 0x01773},
    {0x01780, 0x017DD}, {0x017E0, 0x017E9}, {0x017F0, 0x017F9}, {0x01800, 0x0180D},
    {0x01810, 0x01819}, {0x01820, 0x01878}, {0x01880, 0x018AA}, {0x018B0, 0x018F5},
    {0x01900, 0x0191E}, {0x01920, 0x0192B}, {0x01930, 0x0193B}, {0x01940, 0x01940},
    {0x01944, 0x0196D}, {0x01970, 0x01974}, {0x01980, 0x019AB}, {0x019B0, 0x019C9},
    {0x019D0, 0x019DA}, {0x019DE, 0x01A1B}, {0x01A1E, 0x01A5E}, {0x01A60, 0x01A7C},
    {0x01A7F, 0x01A89}, {0x01A90, 0x01A99}, {0x01AA0, 0x01AAD}, {0x01AB0, 0x01AC0},
    {0x01B00, 0x01B4B}, {0x01B50, 0x01B7C}, {0x01B80, 0x01BF3}, {0x01BFC, 0x01C37},
    {0x01C3B, 0x01C49}, {0x01C4D, 0x01C88}, {0x01C90, 0x01CBA}, {0x01CBD, 0x01CC7},
    {0x01CD0, 0x01CFA}, {0x01D00, 0x01DF9}, {0x01DFB, 0x01F15}, {0x01F18, 0x01F1D},
    {0x01F20, 0x01F45}, {0x01F48, 0x01F4D}, {0x01F50, 0x01F57}, {0x01F59, 0x01F59},
    {0x01F5B, 0x01F5B}, {0x01F5D, 0x01F5D}, {0x01F5F, 0x01F7D}, {0x01F80, 0x01FB4},
    {0x01FB6, 0x01FC4}, {0x01FC6, 0x01FD3}, {0x01FD6, 0x01FDB}, {0x01FDD, 0x01FEF},
    {0x01FF2, 0x01FF4}, {0x01FF6, 0x01FFE}, {0x02010, 0x02027}, {0x02030, 0x0205E},
    {0x02070, 0x02071}, {0x02074, 0x0208E}, {0x02090, 0x0209C}, {0x020A0, 0x020BF},
    {0x020D0, 0x020F0}, {0x02100, 0x0218B}, {0x02190, 0x02426}, {0x02440, 0x0244A},
    {0x02460, 0x02B73}, {0x02B76, 0x02B95}, {0x02B97, 0x02C2E}, {0x02C30, 0x02C5E},
    {0x02C60, 0x02CF3}, {0x02CF9, 0x02D25}, {0x02D27, 0x02D27}, {0x02D2D, 0x02D2D},
    {0x02D30, 0x02D67}, {0x02D6F, 0x02D70}, {0x02D7F, 0x02D96}, {0x02DA0, 0x02DA6},
    {0x02DA8, 0x02DAE}, {0x02DB0, 0x02DB6}, {0x02DB8, 0x02DBE}, {0x02DC0, 0x02DC6},
    {0x02DC8, 0x02DCE}, {0x02DD0, 0x02DD6}, {0x02DD8, 0x02DDE}, {0x02DE0, 0x02E52},
    {0x02E80, 0x02E99}, {0x02E9B, 0x02EF3}, {0x02F00, 0x02FD5}, {0x02FF0, 0x02FFB},
    {0x03001, 0x0303F}, {0x03041, 0x03096}, {0x03099, 0x030FF}, {0x03105, 0x0312F},
    {0x03131, 0x0318E}, {0x03190, 0x031E3}, {0x031F0, 0x0321E}, {0x03220, 0x09FFC},
    {0x0A000, 0x0A48C}, {0x0A490, 0x0A4C6}, {0x0A4D0, 0x0A62B}, {0x0A640, 0x0A6F7},
    {0x0A700, 0x0A7BF}, {0x0A7C2, 0x0A7CA}, {0x0A7F5, 0x0A82C}, {0x0A830, 0x0A839},
    {0x0A840, 0x0A877}, {0x0A880, 0x0A8C5}, {0x0A8CE, 0x0A8D9}, {0x0A8E0, 0x0A953},
    {0x0A95F, 0x0A97C}, {0x0A980, 0x0A9CD}, {0x0A9CF, 0x0A9D9}, {0x0A9DE, 0x0A9FE},
    {0x0AA00, 0x0AA36}, {0x0AA40, 0x0AA4D}, {0x0AA50, 0x0AA59}, {0x0AA5C, 0x0AAC2},
    {0x0AADB, 0x0AAF6}, {0x0AB01, 0x0AB06}, {0x0AB09, 0x0AB0E}, {0x0AB11, 0x0AB16},
    {0x0AB20, 0x0AB26}, {0x0AB28, 0x0AB2E}, {0x0AB30, 0x0AB6B}, {0x0AB70, 0x0ABED},
    {0x0ABF0, 0x0ABF9}, {0x0AC00, 0x0D7A3}, {0x0D7B0, 0x0D7C6}, {0x0D7CB, 0x0D7FB},
    {0x0F900, 0x0FA6D}, {0x0FA70, 0x0FAD9}, {0x0FB00, 0x0FB06}, {0x0FB13, 0x0FB17},
    {0x0FB1D, 0x0FB36}, {0x0FB38, 0x0FB3C}, {0x0FB3E, 0x0FB3E}, {0x0FB40, 0x0FB41},
    {0x0FB43, 0x0FB44}, {0x0FB46, 0x0FBC1}, {0x0FBD3, 0x0FD3F}, {0x0FD50, 0x0FD8F},
    {0x0FD92, 0x0FDC7}, {0x0FDF0, 0x0FDFD}, {0x0FE00, 0x0FE19}, {0x0FE20, 0x0FE52},
    {0x0FE54, 0x0FE66}, {0x0FE68, 0x0FE6B}, {0x0FE70, 0x0FE74}, {0x0FE76, 0x0FEFC},
    {0x0FF01, 0x0FFBE}, {0x0FFC2, 0x0FFC7}, {0x0FFCA, 0x0FFCF}, {0x0FFD2, 0x0FFD7},
    {0x0FFDA, 0x0FFDC}, {0x0FFE0, 0x0FFE6}, {0x0FFE8, 0x0FFEE}, {0x0FFFC, 0x0FFFD},
    {0x10000, 0x1000B}, {0x1000D, 0x10026}, {0x10028, 0x1003A}, {0x1003C, 0x1003D},
    {0x1003F, 0x1004D}, {0x10050, 0x1005D}, {0x10080, 0x100FA}, {0x10100, 0x10102},
    {0x10107, 0x10133}, {0x10137, 0x1018E}, {0x10190, 0x1019C}, {0x101A0, 0x101A0},
    {0x101D0, 0x101FD}, {0x10280, 0x1029C}, {0x102A0, 0x102D0}, {0x102E0, 0x102FB},
    {0x10300, 0x10323}, {0x1032D, 0x1034A}, {0x10350, 0x1037A}, {0x10380, 0x1039D},
    {0x1039F, 0x103C3}, {0x103C8, 0x103D5}, {0x10400, 0x1049D}, {0x104A0, 0x104A9},
    {0x104B0, 0x104D3}, {0x104D8, 0x104FB}, {0x10500, 0x10527}, {0x10530, 0x10563},
    {0x1056F, 0x1056F}, {0x10600, 0x10736}, {0x10740, 0x10755}, {0x10760, 0x10767},
    {0x10800, 0x10805}, {0x10808, 0x10808}, {0x1080A, 0x10835}, {0x10837, 0x10838},
    {0x1083C, 0x1083C}, {0x1083F, 0x10855}, {0x10857, 0x1089E}, {0x108A7, 0x108AF},
    {0x108E0, 0x108F2}, {0x108F4, 0x108F5}, {0x108FB, 0x1091B}, {0x1091F, 0x10939},
    {0x1093F, 0x1093F}, {0x10980, 0x109B7}, {0x109BC, 0x109CF}, {0x109D2, 0x10A03},
    {0x10A05, 0x10A06}, {0x10A0C, 0x10A13}, {0x10A15, 0x10A17}, {0x10A19, 0x10A35},
    {0x10A38, 0x10A3A}, {0x10A3F, 0x10A48}, {0x10A50, 0x10A58}, {0x10A60, 0x10A9F},
    {0x10AC0, 0x10AE6}, {0x10AEB, 0x10AF6}, {0x10B00, 0x10B35}, {0x10B39, 0x10B55},
    {0x10B58, 0x10B72}, {0x10B78, 0x10B91}, {0x10B99, 0x10B9C}, {0x10BA9, 0x10BAF},
    {0x10C00, 0x10C48}, {0x10C80, 0x10CB2}, {0x10CC0, 0x10CF2}, {0x10CFA, 0x10D27},
    {0x10D30, 0x10D39}, {0x10E60, 0x10E7E}, {0x10E80, 0x10EA9}, {0x10EAB, 0x10EAD},
    {0x10EB0, 0x10EB1}, {0x10F00, 0x10F27}, {0x10F30, 0x10F59}, {0x10FB0, 0x10FCB},
    {0x10FE0, 0x10FF6}, {0x11000, 0x1104D}, {0x11052, 0x1106F}, {0x1107F, 0x110BC},
    {0x110BE, 0x110C1}, {0x110D0, 0x110E8}, {0x110F0, 0x110F9}, {0x11100, 0x11134},
    {0x11136, 0x11147}, {0x11150, 0x11176}, {0x11180, 0x111DF}, {0x111E1, 0x111F4},
    {0x11200, 0x11211}, {0x11213, 0x1123E}, {0x11280, 0x11286}, {0x11288, 0x11288},
    {0x1128A, 0x1128D}, {0x1128F, 0x1129D}, {0x1129F, 0x112A9}, {0x112B0, 0x112EA},
    {0x112F0, 0x112F9}, {0x11300, 0x11303}, {0x11305, 0x1130C}, {0x1130F, 0x11310},
    {0x11313, 0x11328}, {0x1132A, 0x11330}, {0x11332, 0x11333}, {0x11335, 0x11339},
    {0x1133B, 0x11344}, {0x11347, 0x11348}, {0x1134B, 0x1134D}, {0x11350, 0x11350},
    {0x11357, 0x11357}, {0x1135D, 0x11363}, {0x11366, 0x1136C}, {0x11370, 0x11374},
    {0x11400, 0x1145B}, {0x1145D, 0x11461}, {0x11480, 0x114C7}, {0x114D0, 0x114D9},
    {0x11580, 0x115B5}, {0x115B8, 0x115DD}, {0x11600, 0x11644}, {0x11650, 0x11659},
    {0x11660, 0x1166C}, {0x11680, 0x116B8}, {0x116C0, 0x116C9}, {0x11700, 0x1171A},
    {0x1171D, 0x1172B}, {0x11730, 0x1173F}, {0x11800, 0x1183B}, {0x118A0, 0x118F2},
    {0x118FF, 0x11906}, {0x11909, 0x11909}, {0x1190C, 0x11913}, {0x11915, 0x11916},
    {0x11918, 0x11935}, {0x11937, 0x11938}, {0x1193B, 0x11946}, {0x11950, 0x11959},
    {0x119A0, 0x119A7}, {0x119AA, 0x119D7}, {0x119DA, 0x119E4}, {0x11A00, 0x11A47},
    {0x11A50, 0x11AA2}, {0x11AC0, 0x11AF8}, {0x11C00, 0x11C08}, {0x11C0A, 0x11C36},
    {0x11C38, 0x11C45}, {0x11C50, 0x11C6C}, {0x11C70, 0x11C8F}, {0x11C92, 0x11CA7},
    {0x11CA9, 0x11CB6}, {0x11D00, 0x11D06}, {0x11D08, 0x11D09}, {0x11D0B, 0x11D36},
    {0x11D3A, 0x11D3A}, {0x11D3C, 0x11D3D}, {0x11D3F, 0x11D47}, {0x11D50, 0x11D59},
    {0x11D60, 0x11D65}, {0x11D67, 0x11D68}, {0x11D6A, 0x11D8E}, {0x11D90, 0x11D91},
    {0x11D93, 0x11D98}, {0x11DA0, 0x11DA9}, {0x11EE0, 0x11EF8}, {0x11FB0, 0x11FB0},
    {0x11FC0, 0x11FF1}, {0x11FFF, 0x12399}, {0x12400, 0x1246E}, {0x12470, 0x12474},
    {0x12480, 0x12543}, {0x13000, 0x1342E}, {0x14400, 0x14646}, {0x16800, 0x16A38},
    {0x16A40, 0x16A5E}, {0x16A60, 0x16A69}, {0x16A6E, 0x16A6F}, {0x16AD0, 0x16AED},
    {0x16AF0, 0x16AF5}, {0x16B00, 0x16B45}, {0x16B50, 0x16B59}, {0x16B5B, 0x16B61},
    {0x16B63, 0x16B77}, {0x16B7D, 0x16B8F}, {0x16E40, 0x16E9A}, {0x16F00, 0x16F4A},
    {0x16F4F, 0x16F87}, {0x16F8F, 0x16F9F}, {0x16FE0, 0x16FE4}, {0x16FF0, 0x16FF1},
    {0x17000, 0x187F7}, {0x18800, 0x18CD5}, {0x18D00, 0x18D08}, {0x1B000, 0x1B11E},
    {0x1B150, 0x1B152}, {0x1B164, 0x1B167}, {0x1B170, 0x1B2FB}, {0x1BC00, 0x1BC6A},
    {0x1BC70, 0x1BC7C}, {0x1BC80, 0x1BC88}, {0x1BC90, 0x1BC99}, {0x1BC9C, 0x1BC9F},
    {0x1D000, 0x1D0F5}, {0x1D100, 0x1D126}, {0x1D129, 0x1D172}, {0x1D17B, 0x1D1E8},
    {0x1D200, 0x1D245}, {0x1D2E0, 0x1D2F3}, {0x1D300, 0x1D356}, {0x1D360, 0x1D378},
    {0x1D400, 0x1D454}, {0x1D456, 0x1D49C}, {0x1D49E, 0x1D49F}, {0x1D4A2, 0x1D4A2},
    {0x1D4A5, 0x1D4A6}, {0x1D4A9, 0x1D4AC}, {0x1D4AE, 0x1D4B9}, {0x1D4BB, 0x1D4BB},
    {0x1D4BD, 0x1D4C3}, {0x1D4C5, 0x1D505}, {0x1D507, 0x1D50A}, {0x1D50D, 0x1D514},
    {0x1D516, 0x1D51C}, {0x1D51E, 0x1D539}, {0x1D53B, 0x1D53E}, {0x1D540, 0x1D544},
    {0x1D546, 0x1D546}, {0x1D54A, 0x1D550}, {0x1D552, 0x1D6A5}, {0x1D6A8, 0x1D7CB},
    {0x1D7CE, 0x1DA8B}, {0x1DA9B, 0x1DA9F}, {0x1DAA1, 0x1DAAF}, {0x1E000, 0x1E006},
    {0x1E008, 0x1E018}, {0x1E01B, 0x1E021}, {0x1E023, 0x1E024}, {0x1E026, 0x1E02A},
    {0x1E100, 0x1E12C}, {0x1E130, 0x1E13D}, {0x1E140, 0x1E149}, {0x1E14E, 0x1E14F},
    {0x1E2C0, 0x1E2F9}, {0x1E2FF, 0x1E2FF}, {0x1E800, 0x1E8C4}, {0x1E8C7, 0x1E8D6},
    {0x1E900, 0x1E94B}, {0x1E950, 0x1E959}, {0x1E95E, 0x1E95F}, {0x1EC71, 0x1ECB4},
    {0x1ED01, 0x1ED3D}, {0x1EE00, 0x1EE03}, {0x1EE05, 0x1EE1F}, {0x1EE21, 0x1EE22},
    {0x1EE24, 0x1EE24}, {0x1EE27, 0x1EE27}, {0x1EE29, 0x1EE32}, {0x1EE34, 0x1EE37},
    {0x1EE39, 0x1EE39}, {0x1EE3B, 0x1EE3B}, {0x1EE42, 0x1EE42}, {0x1EE47, 0x1EE47},
    {0x1EE49, 0x1EE49}, {0x1EE4B, 0x1EE4B}, {0x1EE4D, 0x1EE4F}, {0x1EE51, 0x1EE52},
    {0x1EE54, 0x1EE54}, {0x1EE57, 0x1EE57}, {0x1EE59, 0x1EE59}, {0x1EE5B, 0x1EE5B},
    {0x1EE5D, 0x1EE5D}, {0x1EE5F, 0x1EE5F}, {0x1EE61, 0x1EE62}, {0x1EE64, 0x1EE64},
    {0x1EE67, 0x1EE6A}, {0x1EE6C, 0x1EE72}, {0x1EE74, 0x1EE77}, {0x1EE79, 0x1EE7C},
    {0x1EE7E, 0x1EE7E}, {0x1EE80, 0x1EE89}, {0x1EE8B, 0x1EE9B}, {0x1EEA1, 0x1EEA3},
    {0x1EEA5, 0x1EEA9}, {0x1EEAB, 0x1EEBB}, {0x1EEF0, 0x1EEF1}, {0x1F000, 0x1F02B},
    {0x1F030, 0x1F093}, {0x1F0A0, 0x1F0AE}, {0x1F0B1, 0x1F0BF}, {0x1F0C1, 0x1F0CF},
    {0x1F0D1, 0x1F0F5}, {0x1F100, 0x1F1AD}, {0x1F1E6, 0x1F202}, {0x1F210, 0x1F23B},
    {0x1F240, 0x1F248}, {0x1F250, 0x1F251}, {0x1F260, 0x1F265}, {0x1F300, 0x1F6D7},
    {0x1F6E0, 0x1F6EC}, {0x1F6F0, 0x1F6FC}, {0x1F700, 0x1F773}, {0x1F780, 0x1F7D8},
    {0x1F7E0, 0x1F7EB}, {0x1F800, 0x1F80B}, {0x1F810, 0x1F847}, {0x1F850, 0x1F859},
    {0x1F860, 0x1F887}, {0x1F890, 0x1F8AD}, {0x1F8B0, 0x1F8B1}, {0x1F900, 0x1F978},
    {0x1F97A, 0x1F9CB}, {0x1F9CD, 0x1FA53}, {0x1FA60, 0x1FA6D}, {0x1FA70, 0x1FA74},
    {0x1FA78, 0x1FA7A}, {0x1FA80, 0x1FA86}, {0x1FA90, 0x1FAA8}, {0x1FAB0, 0x1FAB6},
    {0x1FAC0, 0x1FAC2}, {0x1FAD0, 0x1FAD6}, {0x1FB00, 0x1FB92}, {0x1FB94, 0x1FBCA},
    {0x1FBF0, 0x1FBF9}, {0x20000, 0x2A6DD}, {0x2A700, 0x2B734}, {0x2B740, 0x2B81D},
    {0x2B820, 0x2CEA1}, {0x2CEB0, 0x2EBE0}, {0x2F800, 0x2FA1D}, {0x30000, 0x3134A},
    {0xE0100, 0xE01EF},
};
// clang-format on

bool inPrintTable(uint32_t r) {
    auto it = std::upper_bound(std::begin(kPrintRanges), std::end(kPrintRanges), r,
                               [](uint32_t v, const RuneRange& range) { return v < range.lo; });
    return it != std::begin(kPrintRanges) && r <= (it - 1)->hi;
}

}  // namespace

}  // namespace gos::strconv
