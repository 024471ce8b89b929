// strconv: reading floating-point numbers (ParseFloat).
//
// Two jobs again, as for formatting. The first is Go's syntax, and it is
// Go's alone: an optional sign, a decimal mantissa with an optional e
// exponent or a hexadecimal one (0x...) with a mandatory p exponent,
// underscores between digits, "inf", "infinity" and "nan" in any case (a
// sign only before the infinities). It is read here the way Go's
// readFloat reads it, including its quirk of accumulating an exponent only
// while it is below 10000, so "1e123456" means what Go makes of it.
//
// The second is rounding the exact value of the literal to the nearest
// float64 (or float32), ties to even. For decimal literals that is what
// std::from_chars guarantees for its own syntax, so the literal's
// significant digits and its decimal exponent, as Go's reader saw them, are
// handed to from_chars for double or for float (rounding directly to float32,
// never through double, which could round twice). Out of range, from_chars
// leaves the value to us: a literal with digits before the decimal point
// overflowed (±Inf, ErrRange), any other underflowed (±0, no error, as in
// Go). A hexadecimal mantissa is exactly a binary value: it is rounded here
// with two guard bits and a sticky bit, as Go's atofHex does, denormals
// included.
#include <algorithm>
#include <bit>
#include <charconv>
#include <cmath>
#include <string>

#include "stdlib/strconv/strconv.h"

namespace gos::strconv {

bool underscoreOK(std::string_view s);  // atoi.cpp

namespace {

unsigned char lower(unsigned char c) { return c | ('x' - 'X'); }

// The length of the common prefix of s (any case) and lower (lower case).
size_t prefixIgnoringCase(std::string_view s, std::string_view lowerWord) {
    size_t n = std::min(s.size(), lowerWord.size());
    for (size_t i = 0; i < n; ++i) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
        if (c != lowerWord[i]) return i;
    }
    return n;
}

const double kNaN = std::bit_cast<double>(uint64_t(0x7FF8000000000001));  // Go's math.NaN()

// Go's special: a prefix of s spelling ±inf, ±infinity or nan; the number
// of bytes it takes, or 0.
size_t special(std::string_view s, double& out) {
    if (s.empty()) return 0;
    size_t sign = 0;
    double inf = HUGE_VAL;
    char c = s[0];
    if (c == '+' || c == '-') {
        if (c == '-') inf = -inf;
        sign = 1;
        s.remove_prefix(1);
    } else if (c == 'n' || c == 'N') {
        if (prefixIgnoringCase(s, "nan") != 3) return 0;
        out = kNaN;
        return 3;
    } else if (c != 'i' && c != 'I') {
        return 0;
    }
    size_t n = prefixIgnoringCase(s, "infinity");
    if (n > 3 && n < 8) n = 3;  // "inf" unless the whole "infinity" is there
    if (n != 3 && n != 8) return 0;
    out = inf;
    return sign + n;
}

// What Go's readFloat finds at the start of a string.
struct Literal {
    bool ok = false;
    size_t length = 0;  // bytes taken
    bool neg = false;
    bool hex = false;
    // hexadecimal: the first 16 digits and the binary exponent of their last one
    uint64_t mantissa = 0;
    int64_t exp = 0;
    bool trunc = false;  // non-zero digits were left out of mantissa
    // decimal: every significant digit, the value being 0.digits × 10^point
    std::string digits;
    int64_t point = 0;
};

Literal readFloat(std::string_view s) {
    Literal lit;
    size_t i = 0;
    bool underscores = false;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
        lit.neg = s[i] == '-';
        ++i;
    }
    uint64_t base = 10;
    int maxMantDigits = 19;
    char expChar = 'e';
    if (i + 2 < s.size() && s[i] == '0' && lower(static_cast<unsigned char>(s[i + 1])) == 'x') {
        base = 16;
        maxMantDigits = 16;
        i += 2;
        expChar = 'p';
        lit.hex = true;
    }
    bool sawDot = false, sawDigits = false;
    int64_t nd = 0, ndMant = 0, dp = 0;
    for (; i < s.size(); ++i) {
        auto c = static_cast<unsigned char>(s[i]);
        if (c == '_') {
            underscores = true;
            continue;
        }
        if (c == '.') {
            if (sawDot) break;
            sawDot = true;
            dp = nd;
            continue;
        }
        uint64_t d;
        if (c >= '0' && c <= '9') d = c - '0';
        else if (base == 16 && lower(c) >= 'a' && lower(c) <= 'f') d = lower(c) - 'a' + 10u;
        else break;
        sawDigits = true;
        if (d == 0 && c == '0' && nd == 0) {  // a leading zero
            --dp;
            continue;
        }
        ++nd;
        if (base == 10) lit.digits += static_cast<char>(c);
        if (ndMant < maxMantDigits) {
            lit.mantissa = lit.mantissa * base + d;
            ++ndMant;
        } else if (c != '0') {
            lit.trunc = true;
        }
    }
    if (!sawDigits) return lit;
    if (!sawDot) dp = nd;
    if (base == 16) {
        dp *= 4;
        ndMant *= 4;
    }
    if (i < s.size() && lower(static_cast<unsigned char>(s[i])) == expChar) {
        ++i;
        if (i >= s.size()) return lit;
        int64_t esign = 1;
        if (s[i] == '+' || s[i] == '-') {
            if (s[i] == '-') esign = -1;
            ++i;
        }
        if (i >= s.size() || s[i] < '0' || s[i] > '9') return lit;
        int64_t e = 0;
        for (; i < s.size() && ((s[i] >= '0' && s[i] <= '9') || s[i] == '_'); ++i) {
            if (s[i] == '_') {
                underscores = true;
                continue;
            }
            if (e < 10000) e = e * 10 + (s[i] - '0');
        }
        dp += e * esign;
    } else if (base == 16) {
        return lit;  // a hexadecimal mantissa needs its p exponent
    }
    if (lit.mantissa != 0) lit.exp = dp - ndMant;
    lit.point = dp;
    if (underscores && !underscoreOK(s.substr(0, i))) return lit;
    lit.length = i;
    lit.ok = true;
    return lit;
}

// The IEEE layouts: mantissa bits, exponent bits, exponent bias as Go's floatInfo has it.
struct Format {
    int mantBits;
    int expBits;
    int bias;
};
constexpr Format kFloat64{52, 11, -1023};
constexpr Format kFloat32{23, 8, -127};

// Go's atofHex: mantissa × 2^exp rounded to the format, ties to even.
ParseError hexToFloat(const Literal& lit, const Format& f, double& out) {
    uint64_t m = lit.mantissa;
    int64_t exp = lit.exp + f.mantBits;
    const int64_t maxExp = (int64_t(1) << f.expBits) + f.bias - 2;
    const int64_t minExp = f.bias + 1;
    const int mb = f.mantBits;
    // normalise to mantBits+3 bits: the leading 1, the mantissa, two rounding bits
    while (m != 0 && (m >> (mb + 2)) == 0) {
        m <<= 1;
        --exp;
    }
    if (lit.trunc) m |= 1;
    while ((m >> (mb + 3)) != 0) {
        m = (m >> 1) | (m & 1);
        ++exp;
    }
    // denormalise below the smallest exponent, keeping a sticky bit
    while (m > 1 && exp < minExp - 2) {
        m = (m >> 1) | (m & 1);
        ++exp;
    }
    uint64_t round = m & 3;
    m >>= 2;
    round |= m & 1;  // an odd mantissa rounds a tie up, to even
    exp += 2;
    if (round == 3) {
        ++m;
        if (m == uint64_t(1) << (mb + 1)) {
            m >>= 1;
            ++exp;
        }
    }
    if ((m >> mb) == 0) exp = f.bias;  // a denormal or zero
    ParseError err = ParseError::None;
    if (exp > maxExp) {
        m = uint64_t(1) << mb;
        exp = maxExp + 1;
        err = ParseError::Range;
    }
    uint64_t bits = m & ((uint64_t(1) << mb) - 1);
    bits |= static_cast<uint64_t>((exp - f.bias) & ((int64_t(1) << f.expBits) - 1)) << mb;
    if (lit.neg) bits |= uint64_t(1) << (mb + f.expBits);
    out = f.mantBits == kFloat32.mantBits ? static_cast<double>(std::bit_cast<float>(static_cast<uint32_t>(bits)))
                                          : std::bit_cast<double>(bits);
    return err;
}

template <class T>
ParseError decimalToFloat(const Literal& lit, double& out) {
    if (lit.digits.empty()) {  // zero, keeping its sign
        out = lit.neg ? -0.0 : 0.0;
        return ParseError::None;
    }
    std::string text = lit.digits;
    text += 'e';
    text += std::to_string(lit.point - static_cast<int64_t>(lit.digits.size()));
    T v{};
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    (void)end;
    if (ec == std::errc::result_out_of_range) {
        bool overflow = lit.point > 0;
        out = overflow ? HUGE_VAL : 0.0;
        if (lit.neg) out = -out;
        return overflow ? ParseError::Range : ParseError::None;
    }
    out = lit.neg ? -static_cast<double>(v) : static_cast<double>(v);
    return ParseError::None;
}

}  // namespace

ParseError parseFloat(std::string_view s, int64_t bitSize, double& out) {
    out = 0;
    const bool single = bitSize == 32;
    double value = 0;
    if (size_t n = special(s, value)) {
        if (n != s.size()) return ParseError::Syntax;
        // float32(NaN) loses the low payload bit Go's NaN has
        out = single && value != value ? std::bit_cast<double>(uint64_t(0x7FF8000000000000)) : value;
        return ParseError::None;
    }
    Literal lit = readFloat(s);
    if (!lit.ok || lit.length != s.size()) return ParseError::Syntax;
    ParseError err = lit.hex ? hexToFloat(lit, single ? kFloat32 : kFloat64, value)
                             : single ? decimalToFloat<float>(lit, value) : decimalToFloat<double>(lit, value);
    out = value;
    return err;
}

}  // namespace gos::strconv
