// gomath, part 1: the functions that work on the representation of a double
// more than on its value (see gomath.h for why gos reimplements Go's math).
//
// Most of them are exact: Frexp, Modf, Floor, Round, Max, ... have a single
// right answer for finite inputs, and libm would give it too. What makes them
// worth writing out is the corners: which NaN comes back (Go's NaN() for
// invalid arguments, the argument itself, the argument quieted, or the x86
// default NaN, depending on whether Go answers in Go code, in assembly or with
// an SSE instruction), the sign of zero results, and integer corner cases.
// Ldexp is an example: its value is libm's (a subnormal result is produced
// by one rounding multiplication), but a NaN passes through unquieted and the
// exponent is summed with wrapping int64 arithmetic, so Ldexp(2, MaxInt64)
// is 0. Mod and Remainder are the textbook shift-and-subtract loops, exact
// as well; they follow Go's structure so that their NaN cases and the sign
// of a zero result match.
//
// Sqrt, Floor, Ceil and Trunc are single instructions in gc's output
// (SQRTSD, and ROUNDSD when the CPU has SSE4.1, which gc tests at run time);
// Hypot, Max and Min are amd64 assembly. The functions here reproduce those
// instructions' results, which for ordinary numbers are just the exactly
// rounded ones.
#include <cmath>

#include "stdlib/math/gomath.h"

namespace gos::stdlib::gomath {

namespace {

// gc on GOAMD64=v1 turns Floor/Ceil/Trunc into ROUNDSD only after checking
// for SSE4.1 at run time, and otherwise calls amd64 assembly that returns a
// NaN argument untouched (ROUNDSD quiets a signalling one).
bool haveSSE41() {
#if defined(__x86_64__) || defined(__i386__)
    static const bool has = [] {
        __builtin_cpu_init();
        return __builtin_cpu_supports("sse4.1") != 0;
    }();
    return has;
#else
    return true;
#endif
}

double roundedNaN(double x) { return haveSSE41() ? quieted(x) : x; }

// A subnormal scaled up by 2**52 so that its exponent field is meaningful.
struct Normalized {
    double value;
    int64_t expAdjust;
};
Normalized normalized(double x) {
    constexpr double kMinNormal = 0x1p-1022;
    if (absBits(x) < kMinNormal) return {x * 0x1p52, -52};
    return {x, 0};
}

int64_t biasedExponent(uint64_t b) { return static_cast<int64_t>((b >> 52) & 0x7FF); }

}  // namespace

FracExp Frexp(double x) {
    // Zeros (of either sign), infinities and NaNs come back as they are.
    if (x == 0 || isInf(x) || isNaN(x)) return {x, 0};
    Normalized n = normalized(x);
    uint64_t b = bitsOf(n.value);
    int64_t e = n.expAdjust + biasedExponent(b) - (kExpBias - 1);
    b = (b & ~kExpMask) | (uint64_t{kExpBias - 1} << 52);  // exponent of [0.5, 1)
    return {fromBits(b), e};
}

double Ldexp(double frac, int64_t exp) {
    if (frac == 0 || isInf(frac) || isNaN(frac)) return frac;
    Normalized n = normalized(frac);
    uint64_t b = bitsOf(n.value);
    // Go adds these as int, which wraps: Ldexp(2, MaxInt64) is 0 in Go.
    uint64_t sum = static_cast<uint64_t>(exp) + static_cast<uint64_t>(n.expAdjust) +
                   static_cast<uint64_t>(biasedExponent(b) - kExpBias);
    int64_t e = static_cast<int64_t>(sum);
    if (e < -1075) return copySign(0.0, n.value);
    if (e > 1023) return n.value < 0 ? negInf() : posInf();
    double scale = 1;
    if (e < -1022) {
        // Build the value 2**53 times too large, then scale down with one
        // rounding multiplication.
        e += 53;
        scale = 0x1p-53;
    }
    b = (b & ~kExpMask) | (static_cast<uint64_t>(e + kExpBias) << 52);
    return scale * fromBits(b);
}

IntFrac Modf(double x) {
    if (x < 1) {
        if (x < 0) {
            IntFrac m = Modf(-x);
            return {-m.ipart, -m.fpart};
        }
        if (x == 0) return {x, x};  // keeps the sign of -0 in both parts
        return {0, x};
    }
    // x >= 1, +Inf or NaN: clear the fraction bits below the binary point.
    // For Inf and NaN the exponent is large, so the integer part is x itself
    // and the fraction x - x, which is x86's default NaN for Inf and x quieted
    // for NaN, as in Go.
    uint64_t b = bitsOf(x);
    uint64_t unbiased = ((b >> 52) & 0x7FF) - kExpBias;
    if (unbiased < 52) b &= ~((uint64_t{1} << (52 - unbiased)) - 1);
    double ip = fromBits(b);
    return {ip, x - ip};
}

double Floor(double x) { return isNaN(x) ? roundedNaN(x) : std::floor(x); }
double Ceil(double x) { return isNaN(x) ? roundedNaN(x) : std::ceil(x); }
double Trunc(double x) { return isNaN(x) ? roundedNaN(x) : std::trunc(x); }

double Round(double x) {
    // Half away from zero on the bits: add half a unit of the integer
    // position, then clear everything below it. Carries into the exponent
    // field are what make 0.5 -> 1 and 1.5 -> 2 work.
    uint64_t b = bitsOf(x);
    unsigned e = static_cast<unsigned>((b >> 52) & 0x7FF);
    if (e < kExpBias) {  // |x| < 1: the answer is ±0 or ±1
        b &= kSignBit;
        if (e == kExpBias - 1) b |= kOneBits;  // 0.5 <= |x| < 1
    } else if (e < kExpBias + 52) {
        unsigned shift = e - kExpBias;
        b += (uint64_t{1} << 51) >> shift;
        b &= ~(kFracMask >> shift);
    }
    // Otherwise x is already integral, infinite or NaN.
    return fromBits(b);
}

double Sqrt(double x) {
    // SQRTSD: a NaN comes back quieted, a negative number (but not -0) gives
    // the default NaN; everything else is the correctly rounded root.
    if (isNaN(x)) return quieted(x);
    if (x < 0) return fromBits(kDefaultNaNBits);
    return std::sqrt(x);
}

double Hypot(double p, double q) {
    // amd64 assembly: larger * sqrt(1 + (smaller/larger)**2).
    uint64_t pb = bitsOf(p) & ~kSignBit;
    uint64_t qb = bitsOf(q) & ~kSignBit;
    if (pb >= kPosInfBits || qb >= kPosInfBits) {
        if (pb == kPosInfBits || qb == kPosInfBits) return posInf();  // Inf beats NaN
        return goNaN();
    }
    if ((pb | qb) == 0) return 0;
    double a = fromBits(pb), b = fromBits(qb);
    double hi = a > b ? a : b;
    double lo = b < a ? b : a;
    double ratio = lo / hi;
    return hi * std::sqrt(ratio * ratio + 1.0);
}

double Dim(double x, double y) {
    double d = x - y;
    if (d <= 0) return 0;
    return d;  // includes NaN
}

double Max(double x, double y) {
    // amd64 assembly: +Inf first, then NaN, then the two zeros, then MAXSD.
    uint64_t xb = bitsOf(x), yb = bitsOf(y);
    if (xb == kPosInfBits || yb == kPosInfBits) return posInf();
    if ((xb & ~kSignBit) > kPosInfBits || (yb & ~kSignBit) > kPosInfBits) return goNaN();
    if (((xb | yb) & ~kSignBit) == 0) return xb == kSignBit ? y : x;  // +0 wins
    return x > y ? x : y;
}

double Min(double x, double y) {
    uint64_t xb = bitsOf(x), yb = bitsOf(y);
    if (xb == kNegInfBits || yb == kNegInfBits) return negInf();
    if ((xb & ~kSignBit) > kPosInfBits || (yb & ~kSignBit) > kPosInfBits) return goNaN();
    if (((xb | yb) & ~kSignBit) == 0) return xb == kSignBit ? x : y;  // -0 wins
    return x < y ? x : y;
}

double Mod(double x, double y) {
    if (y == 0 || isInf(x) || isNaN(x) || isNaN(y)) return goNaN();
    y = absBits(y);
    FracExp yf = Frexp(y);
    double r = x < 0 ? -x : x;
    // Subtract from r the largest y * 2**k not above it, until r < y; every
    // subtraction is exact.
    while (r >= y) {
        FracExp rf = Frexp(r);
        int64_t k = rf.exp - yf.exp;
        if (rf.frac < yf.frac) k--;
        r = r - Ldexp(y, k);
    }
    if (x < 0) r = -r;
    return r;
}

double Remainder(double x, double y) {
    constexpr double kTwiceMinNormal = 0x1p-1021;
    constexpr double kHalfMax = 0x1.fffffffffffffp1022;  // MaxFloat64 / 2
    if (isNaN(x) || isNaN(y) || isInf(x) || y == 0) return goNaN();
    if (isInf(y)) return x;
    bool negative = false;
    if (x < 0) {
        x = -x;
        negative = true;
    }
    if (y < 0) y = -y;
    if (x == y) return negative ? -0.0 : 0.0;
    if (y <= kHalfMax) x = Mod(x, y + y);  // now x < 2y
    // Bring x into [-y/2, y/2], ties going to the even multiple.
    if (y < kTwiceMinNormal) {
        // y/2 could be inexact here; compare 2x with y instead.
        if (x + x > y) {
            x -= y;
            if (x + x >= y) x -= y;
        }
    } else {
        double half = 0.5 * y;
        if (x > half) {
            x -= y;
            if (x >= half) x -= y;
        }
    }
    return negative ? -x : x;
}

}  // namespace gos::stdlib::gomath
