// gomath, part 3: circular functions and their inverses, computed as Go 1.19
// computes them (all pure Go on amd64; gomath.h explains why gos does not
// use libm).
//
// Sin, Cos and Tan use the Cephes scheme: reduce |x| to z in [-pi/4, pi/4]
// plus an octant number j, then evaluate a degree-13 odd polynomial (sine),
// a degree-14 even one (cosine) or a rational function (tangent) chosen by
// the octant. Below 2**29 the reduction subtracts j*pi/4 in three pieces
// (pi/4 split so that j times the first two pieces is exact). From 2**29 on
// that loses accuracy, and Go switches to a Payne-Hanek reduction: multiply
// the 53-bit mantissa by the needed 192-bit window of the binary expansion
// of 4/pi (so that the integer part, mod 8, is the octant and the fraction
// has enough bits left), then turn the fraction back into a double. Go's
// reduction has its own rounding (the fraction is truncated, not rounded,
// to 52 bits), which is why this is reproduced exactly rather than replaced
// by a better one.
//
// Atan is Cephes' atan: a rational approximation on [0, 0.66], with the
// identities atan(x) = pi/2 - atan(1/x) and atan(x) = pi/4 + atan((x-1)/(x+1))
// for larger arguments, adding back the bits of pi/2 that a double misses.
// Asin and Acos go through Atan with sqrt(1-x^2); Atan2 is Atan(y/x) moved
// into the right quadrant, after the IEEE special cases in Go's order.
#include <bit>

#include "stdlib/math/gomath.h"

namespace gos::stdlib::gomath {

namespace {

constexpr double kPi = 0x1.921fb54442d18p1;
constexpr double kHalfPi = 0x1.921fb54442d18p0;
constexpr double kQuarterPi = 0x1.921fb54442d18p-1;
constexpr double kThreeQuarterPi = 0x1.2d97c7f3321d2p1;  // 3pi/4 rounded once
constexpr double kFourOverPi = 0x1.45f306dc9c883p0;      // 4/pi rounded once

// pi/4 as the sum of three doubles; the first two have enough trailing zero
// bits that multiplying them by an octant count below 2**29 is exact.
constexpr double kPi4Hi = 7.85398125648498535156e-1;   // 0x3fe921fb40000000
constexpr double kPi4Mid = 3.77489470793079817668e-8;  // 0x3e64442d00000000
constexpr double kPi4Lo = 2.69515142907905952645e-15;  // 0x3ce8469898cc5170

// Above this the three-piece reduction is not accurate enough.
constexpr double kHugeArgument = 0x1p29;

// The binary expansion of 4/pi, 64 bits per word, starting with the bit
// worth 2**0 at the end of the first word (1.27323954...).
constexpr uint64_t kFourOverPiBits[] = {
    0x0000000000000001, 0x45f306dc9c882a53, 0xf84eafa3ea69bb81, 0xb6c52b3278872083,
    0xfca2c757bd778ac3, 0x6e48dc74849ba5c0, 0x0c925dd413a32439, 0xfc3bd63962534e7d,
    0xd1046bea5d768909, 0xd338e04d68befc82, 0x7323ac7306a673e9, 0x3908bf177bf25076,
    0x3ff12fffbc0b301f, 0xde5e2316b414da3e, 0xda6cfd9e4f96136e, 0x9e8c7ecd3cbfd45a,
    0xea4f758fd7cbe2f6, 0x7a0e73ef14a525d4, 0xd7f6bf623f1aba10, 0xac06608df8f6d757,
};

// Shifts with Go's semantics: a count of 64 or more gives 0.
uint64_t shiftLeft(uint64_t v, unsigned n) { return n >= 64 ? 0 : v << n; }
uint64_t shiftRight(uint64_t v, unsigned n) { return n >= 64 ? 0 : v >> n; }

// The full 128-bit product of two 64-bit words.
struct Wide {
    uint64_t hi, lo;
};
Wide multiplyWide(uint64_t a, uint64_t b) {
#if defined(__SIZEOF_INT128__)
    __extension__ typedef unsigned __int128 u128;
    u128 p = static_cast<u128>(a) * b;
    return {static_cast<uint64_t>(p >> 64), static_cast<uint64_t>(p)};
#else
    uint64_t a0 = a & 0xFFFFFFFF, a1 = a >> 32, b0 = b & 0xFFFFFFFF, b1 = b >> 32;
    uint64_t p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
    uint64_t mid = (p00 >> 32) + (p01 & 0xFFFFFFFF) + (p10 & 0xFFFFFFFF);
    return {p11 + (p01 >> 32) + (p10 >> 32) + (mid >> 32), (mid << 32) | (p00 & 0xFFFFFFFF)};
#endif
}

struct Reduced {
    uint64_t octant;  // 0..7 for Sin and Cos; Tan only looks at bit 1
    double z;         // the angle left over, in [-pi/4, pi/4]
};

// Payne-Hanek: x (>= 2**29, finite) = octant * pi/4 + z, modulo 2pi.
Reduced reduceHuge(double x) {
    uint64_t b = bitsOf(x);
    int exp = static_cast<int>((b >> 52) & 0x7FF) - kExpBias - 52;  // x = mant * 2**exp
    uint64_t mant = (b & kFracMask) | (uint64_t{1} << 52);

    // Pick the 192 bits of 4/pi that, multiplied by mant * 2**exp, give the
    // result's 3 integer bits (the rest only add multiples of 8) and 125+
    // fraction bits.
    unsigned word = static_cast<unsigned>(exp + 61) / 64;
    unsigned bit = static_cast<unsigned>(exp + 61) % 64;
    auto window = [&](unsigned i) {
        return shiftLeft(kFourOverPiBits[word + i], bit) | shiftRight(kFourOverPiBits[word + i + 1], 64 - bit);
    };
    uint64_t w0 = window(0), w1 = window(1), w2 = window(2);

    Wide p2 = multiplyWide(w2, mant);
    Wide p1 = multiplyWide(w1, mant);
    uint64_t p0lo = w0 * mant;  // only its low word matters (mod 8)
    uint64_t lo = p1.lo + p2.hi;
    uint64_t carry = lo < p1.lo ? 1 : 0;
    uint64_t hi = p0lo + p1.hi + carry;

    // Top 3 bits: the octant; the remaining 125 bits: the fraction, which
    // becomes a double by normalising and truncating to 52 bits.
    uint64_t octant = hi >> 61;
    hi = (hi << 3) | (lo >> 61);
    unsigned lead = static_cast<unsigned>(std::countl_zero(hi)) + 1;
    uint64_t expField = static_cast<uint64_t>(kExpBias) - lead;
    hi = shiftLeft(hi, lead) | shiftRight(lo, 64 - lead);
    hi >>= 12;
    hi |= expField << 52;
    double z = fromBits(hi);
    // Odd octants: measure from the next octant boundary instead.
    if (octant & 1) {
        octant = (octant + 1) & 7;
        z = z - 1;
    }
    return {octant, z * kQuarterPi};
}

// The same for 0 <= x < 2**29, by subtracting a rounded multiple of pi/4 in
// three exact-ish pieces. The octant is made even, as above.
Reduced reduceSmall(double x) {
    uint64_t j = static_cast<uint64_t>(x * kFourOverPi);
    double y = static_cast<double>(j);
    if (j & 1) {
        j++;
        y++;
    }
    double z = ((x - y * kPi4Hi) - y * kPi4Mid) - y * kPi4Lo;
    return {j, z};
}

Reduced reduce(double x) { return x >= kHugeArgument ? reduceHuge(x) : reduceSmall(x); }

// Cephes polynomial approximations on [-pi/4, pi/4], in zz = z*z.
constexpr double S0 = 1.58962301576546568060e-10;
constexpr double S1 = -2.50507477628578072866e-8;
constexpr double S2 = 2.75573136213857245213e-6;
constexpr double S3 = -1.98412698295895385996e-4;
constexpr double S4 = 8.33333333332211858878e-3;
constexpr double S5 = -1.66666666666666307295e-1;
constexpr double C0 = -1.13585365213876817300e-11;
constexpr double C1 = 2.08757008419747316778e-9;
constexpr double C2 = -2.75573141792967388112e-7;
constexpr double C3 = 2.48015872888517045348e-5;
constexpr double C4 = -1.38888888888730564116e-3;
constexpr double C5 = 4.16666666666665929218e-2;

double sinKernel(double z, double zz) {
    double poly = (((((S0 * zz) + S1) * zz + S2) * zz + S3) * zz + S4) * zz + S5;
    return z + z * zz * poly;
}

double cosKernel(double zz) {
    double poly = (((((C0 * zz) + C1) * zz + C2) * zz + C3) * zz + C4) * zz + C5;
    return 1.0 - 0.5 * zz + zz * zz * poly;
}

}  // namespace

double Sin(double x) {
    if (x == 0 || isNaN(x)) return x;
    if (isInf(x)) return goNaN();
    bool negative = false;
    if (x < 0) {
        x = -x;
        negative = true;
    }
    Reduced r = reduce(x);
    uint64_t j = r.octant & 7;
    if (j > 3) {  // sin(t + pi) = -sin(t)
        negative = !negative;
        j -= 4;
    }
    double zz = r.z * r.z;
    double y = (j == 1 || j == 2) ? cosKernel(zz) : sinKernel(r.z, zz);
    return negative ? -y : y;
}

double Cos(double x) {
    if (isNaN(x) || isInf(x)) return goNaN();
    x = absBits(x);
    bool negative = false;
    Reduced r = reduce(x);
    uint64_t j = r.octant & 7;
    if (j > 3) {
        j -= 4;
        negative = !negative;
    }
    if (j > 1) negative = !negative;
    double zz = r.z * r.z;
    double y = (j == 1 || j == 2) ? sinKernel(r.z, zz) : cosKernel(zz);
    return negative ? -y : y;
}

double Tan(double x) {
    // Cephes rational approximation tan(z) = z + z^3 P(z^2)/Q(z^2).
    constexpr double P0 = -1.30936939181383777646e4;
    constexpr double P1 = 1.15351664838587416140e6;
    constexpr double P2 = -1.79565251976484877988e7;
    constexpr double Q1 = 1.36812963470692954678e4;
    constexpr double Q2 = -1.32089234440210967447e6;
    constexpr double Q3 = 2.50083801823357915839e7;
    constexpr double Q4 = -5.38695755929454629881e7;

    if (x == 0 || isNaN(x)) return x;
    if (isInf(x)) return goNaN();
    bool negative = false;
    if (x < 0) {
        x = -x;
        negative = true;
    }
    Reduced r = reduce(x);
    double z = r.z;
    double zz = z * z;
    double y = z;
    if (zz > 1e-14) {
        y = z + z * (zz * (((P0 * zz) + P1) * zz + P2) / ((((zz + Q1) * zz + Q2) * zz + Q3) * zz + Q4));
    }
    if (r.octant & 2) y = -1 / y;  // tan(t + pi/2) = -1/tan(t)
    return negative ? -y : y;
}

namespace {

// atan on [0, 0.66]: x + x^3 P(x^2)/Q(x^2) (Cephes).
double atanKernel(double x) {
    constexpr double P0 = -8.750608600031904122785e-01;
    constexpr double P1 = -1.615753718733365076637e+01;
    constexpr double P2 = -7.500855792314704667340e+01;
    constexpr double P3 = -1.228866684490136173410e+02;
    constexpr double P4 = -6.485021904942025371773e+01;
    constexpr double Q0 = +2.485846490142306297962e+01;
    constexpr double Q1 = +1.650270098316988542046e+02;
    constexpr double Q2 = +4.328810604912902668951e+02;
    constexpr double Q3 = +4.853903996359136964868e+02;
    constexpr double Q4 = +1.945506571482613964425e+02;
    double z = x * x;
    z = z * ((((P0 * z + P1) * z + P2) * z + P3) * z + P4) / (((((z + Q0) * z + Q1) * z + Q2) * z + Q3) * z + Q4);
    return x * z + x;
}

// atan for x >= 0 (or NaN), by range reduction to [0, 0.66].
double atanNonNegative(double x) {
    constexpr double kHalfPiTail = 6.123233995736765886130e-17;  // pi/2 - kHalfPi
    constexpr double kTan3Pi8 = 2.41421356237309504880;          // tan(3pi/8) = 1 + sqrt(2)
    if (x <= 0.66) return atanKernel(x);
    if (x > kTan3Pi8) return kHalfPi - atanKernel(1 / x) + kHalfPiTail;
    return kQuarterPi + atanKernel((x - 1) / (x + 1)) + 0.5 * kHalfPiTail;
}

}  // namespace

double Atan(double x) {
    if (x == 0) return x;
    if (x > 0) return atanNonNegative(x);
    return -atanNonNegative(-x);  // also NaN, twice negated
}

double Asin(double x) {
    if (x == 0) return x;
    bool negative = false;
    if (x < 0) {
        x = -x;
        negative = true;
    }
    if (x > 1) return goNaN();
    double c = Sqrt(1 - x * x);  // cos(asin(x))
    double a = x > 0.7 ? kHalfPi - atanNonNegative(c / x) : atanNonNegative(x / c);
    return negative ? -a : a;
}

double Acos(double x) { return kHalfPi - Asin(x); }

double Atan2(double y, double x) {
    if (isNaN(y) || isNaN(x)) return goNaN();
    if (y == 0) {
        // On the x axis: 0 to the right (including +0), pi to the left (and -0).
        if (x >= 0 && !(bitsOf(x) & kSignBit)) return copySign(0, y);
        return copySign(kPi, y);
    }
    if (x == 0) return copySign(kHalfPi, y);
    if (isInf(x)) {
        if (x > 0) return isInf(y) ? copySign(kQuarterPi, y) : copySign(0, y);
        return isInf(y) ? copySign(kThreeQuarterPi, y) : copySign(kPi, y);
    }
    if (isInf(y)) return copySign(kHalfPi, y);
    double q = Atan(y / x);
    if (x < 0) return q <= 0 ? q + kPi : q - kPi;
    return q;
}

}  // namespace gos::stdlib::gomath
